import type { Finding } from '../finding.js';
import type { Path } from '../path.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import type { Resource } from '../resource.js';
import type { RuleInfo } from '../rule-info.js';
import { lookup, missingReference, ownOfKind, rec, str } from './reference-lookup.js';

export const ownerRefRules: RuleInfo[] = [
  { id: 'reference/owner', title: 'Owners of releases, resources, bindings and runs exist', description: 'ComponentRelease, ProjectReleaseBinding, Resource, ResourceReleaseBinding, WorkflowRun and alert channels name owners, types, workflows and environments that must exist (binding environments: reference/binding-environment).' },
];

interface Ref {
  path: Path;
  kind: string;
  /** Default kind when the reference carries a `kind` field next to the name. */
  kindPath?: Path;
  severity?: 'warning';
  consequence?: string;
  /** Defaults to reference/owner. */
  ruleId?: string;
}

/** Per kind: the reference fields to resolve in the referrer's namespace (or cluster-wide for cluster kinds). */
const REFS: Record<string, Ref[]> = {
  ComponentRelease: [
    { path: ['spec', 'owner', 'projectName'], kind: 'Project', severity: 'warning', consequence: 'no binding of this release can deploy' },
    { path: ['spec', 'owner', 'componentName'], kind: 'Component', severity: 'warning', consequence: 'no binding of this release can deploy' },
  ],
  ProjectReleaseBinding: [
    { path: ['spec', 'owner', 'projectName'], kind: 'Project' },
    { path: ['spec', 'environment'], kind: 'Environment', consequence: 'the binding reports EnvironmentNotFound', ruleId: 'reference/binding-environment' },
  ],
  Resource: [
    { path: ['spec', 'owner', 'projectName'], kind: 'Project' },
    { path: ['spec', 'type', 'name'], kind: 'ResourceType', kindPath: ['spec', 'type', 'kind'], consequence: 'the Resource controller reports ResourceTypeNotFound' },
  ],
  ResourceReleaseBinding: [
    { path: ['spec', 'owner', 'projectName'], kind: 'Project' },
    { path: ['spec', 'owner', 'resourceName'], kind: 'Resource', consequence: 'the binding reports ResourceNotFound' },
    { path: ['spec', 'environment'], kind: 'Environment', consequence: 'the binding reports EnvironmentNotFound', ruleId: 'reference/binding-environment' },
  ],
  WorkflowRun: [
    { path: ['spec', 'workflow', 'name'], kind: 'ClusterWorkflow', kindPath: ['spec', 'workflow', 'kind'], consequence: 'the run cannot start' },
  ],
  ObservabilityAlertsNotificationChannel: [
    { path: ['spec', 'environment'], kind: 'Environment' },
  ],
};

function at(object: unknown, path: Path): unknown {
  let node = object;
  for (const seg of path) node = rec(node)?.[seg as string];
  return node;
}

export function checkOwnerRefs(index: RepoIndex, positions: PositionIndex): Finding[] {
  const out: Finding[] = [];
  for (const [kind, refs] of Object.entries(REFS)) {
    for (const from of ownOfKind(index, kind)) checkResource(index, positions, from, refs, out);
  }
  return out;
}

function checkResource(index: RepoIndex, positions: PositionIndex, from: Resource, refs: Ref[], out: Finding[]): void {
  const ns = index.namespaceOf(from);
  for (const ref of refs) {
    const name = str(at(from.object, ref.path));
    if (!name) continue;
    const kind = (ref.kindPath && str(at(from.object, ref.kindPath))) || ref.kind;
    const f = missingReference(index, positions, {
      ruleId: ref.ruleId ?? 'reference/owner', from, path: ref.path, kind, name, namespace: ns, severity: ref.severity, consequence: ref.consequence,
    }, lookup(index, kind, ns, name));
    if (f) out.push(f);
  }
}
