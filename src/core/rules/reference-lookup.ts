import { didYouMean } from '../closest.js';
import type { Finding, Severity } from '../finding.js';
import { findingAt } from '../finding-at.js';
import type { Path } from '../path.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import type { Resource } from '../resource.js';

/** Namespaced kind ↔ its cluster-wide twin: a reference naming the wrong one is the most common silent error. */
const SCOPE_TWIN: Record<string, string> = {
  ComponentType: 'ClusterComponentType',
  Trait: 'ClusterTrait',
  Workflow: 'ClusterWorkflow',
  ProjectType: 'ClusterProjectType',
  ResourceType: 'ClusterResourceType',
  DataPlane: 'ClusterDataPlane',
  WorkflowPlane: 'ClusterWorkflowPlane',
  ObservabilityPlane: 'ClusterObservabilityPlane',
  AuthzRole: 'ClusterAuthzRole',
};
for (const [ns, cluster] of Object.entries(SCOPE_TWIN)) SCOPE_TWIN[cluster] = ns;

/** Kinds the platform installer registers on the cluster; GitOps repositories rarely hold them. */
const INSTALLED_KINDS = new Set([
  'DataPlane', 'ClusterDataPlane', 'WorkflowPlane', 'ClusterWorkflowPlane', 'ObservabilityPlane', 'ClusterObservabilityPlane',
]);

export interface Lookup {
  target: Resource | undefined;
  /** The scope twin with the same name (a ClusterTrait "x" when a Trait "x" was asked for). */
  twin: Resource | undefined;
  /** Whether the repository or its context defines any object of the kind. */
  kindKnown: boolean;
}

const namesCache = new WeakMap<RepoIndex, Map<string, string[]>>();

/** Names of a kind in a namespace ('' for cluster-scoped kinds), own and context; built once per kind per index. */
export function namesOf(index: RepoIndex, kind: string, namespace: string): string[] {
  let byKind = namesCache.get(index);
  if (!byKind) namesCache.set(index, (byKind = new Map()));
  const cluster = index.isClusterScoped(kind);
  const key = `${kind}/${cluster ? '' : namespace}`;
  if (!byKind.has(`${kind}/*`)) {
    byKind.set(`${kind}/*`, []);
    for (const r of index.ofKind(kind)) {
      const k = `${kind}/${index.namespaceOf(r)}`;
      let list = byKind.get(k);
      if (!list) byKind.set(k, (list = []));
      if (!list.includes(r.name)) list.push(r.name);
    }
  }
  return byKind.get(key) ?? [];
}

export function scopeTwin(kind: string): string | undefined {
  return SCOPE_TWIN[kind];
}

export function lookup(index: RepoIndex, kind: string, namespace: string, name: string): Lookup {
  const target = index.find(kind, namespace, name);
  const twinKind = SCOPE_TWIN[kind];
  const twin = target || !twinKind ? undefined : index.find(twinKind, namespace, name);
  return { target, twin, kindKnown: index.ofKind(kind).length > 0 };
}

export interface MissingReference {
  ruleId: string;
  /** The resource holding the reference and the path of the name (or the ref object). */
  from: Resource;
  path: Path;
  kind: string;
  name: string;
  /** Effective namespace of the referrer (ignored for cluster-scoped kinds). */
  namespace: string;
  /** Appended to the message, e.g. the consequence for the controller. */
  consequence?: string;
  /** Severity when the target is surely missing; defaults to error. */
  severity?: Severity;
}

/**
 * The finding for a reference whose target is not defined. A scope twin with the same name makes it certain
 * (`kind:` is wrong); a kind the repository never defines is only a warning (it may come from the platform), and
 * for plane kinds (installed with OpenChoreo) nothing is said.
 */
export function missingReference(index: RepoIndex, positions: PositionIndex, ref: MissingReference, found: Lookup): Finding | undefined {
  if (found.target) return undefined;
  const cluster = index.isClusterScoped(ref.kind);
  const where = cluster ? '' : ` in namespace "${ref.namespace}"`;
  const base = `${ref.kind} "${ref.name}" not found${where}`;
  const message = ref.consequence ? `${base}: ${ref.consequence}` : base;
  if (found.twin) {
    return findingAt(positions, ref.from.doc, ref.path, {
      ruleId: ref.ruleId,
      severity: ref.severity ?? 'error',
      message,
      hint: `A ${found.twin.kind} named "${ref.name}" exists: set \`kind: ${found.twin.kind}\` (an omitted kind defaults to the CRD default).`,
    });
  }
  if (!found.kindKnown) {
    if (INSTALLED_KINDS.has(ref.kind)) return undefined;
    return findingAt(positions, ref.from.doc, ref.path, {
      ruleId: ref.ruleId,
      severity: 'warning',
      message: `${base} in this repository`,
      hint: `No ${ref.kind} is defined here. If the platform installs it, pass the platform repository as context (--context DIR) so the reference can be checked.`,
    });
  }
  const names = namesOf(index, ref.kind, ref.namespace);
  const elsewhere = cluster ? undefined : index.ofKind(ref.kind).find((r) => r.name === ref.name);
  const hint = elsewhere
    ? `A ${ref.kind} "${ref.name}" exists in namespace "${index.namespaceOf(elsewhere)}"; references resolve only in the referrer's own namespace.`
    : didYouMean(ref.name, names) || (names.length ? `Defined: ${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''}.` : '');
  return findingAt(positions, ref.from.doc, ref.path, { ruleId: ref.ruleId, severity: ref.severity ?? 'error', message, hint });
}

/** Own resources of a kind (context resources resolve references but are never judged). */
export function ownOfKind(index: RepoIndex, kind: string): Resource[] {
  return index.ofKind(kind).filter((r) => !index.isContext(r));
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function rec(value: unknown): Record<string, any> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, any>) : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
