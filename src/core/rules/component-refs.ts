import { didYouMean } from '../closest.js';
import type { Finding } from '../finding.js';
import { findingAt } from '../finding-at.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import type { Resource } from '../resource.js';
import type { RuleInfo } from '../rule-info.js';
import { list, lookup, missingReference, ownOfKind, rec, scopeTwin, str } from './reference-lookup.js';

export const componentRefRules: RuleInfo[] = [
  { id: 'reference/component-project', title: 'Component owner project exists', description: 'The Component controller stops with ProjectNotFound when `spec.owner.projectName` names no Project in the same namespace.' },
  { id: 'reference/component-type', title: 'Component type exists', description: '`spec.componentType` must name an existing ComponentType (same namespace) or ClusterComponentType; otherwise the controller reports ComponentTypeNotFound and nothing deploys.' },
  { id: 'reference/workload-type-mismatch', title: 'Component workloadType prefix matches its type', description: 'The `<workloadType>/` prefix of `spec.componentType.name` must equal the type\'s `spec.workloadType` (controller: WorkloadType mismatch).' },
  { id: 'reference/trait', title: 'Trait exists', description: 'Every trait a Component or ComponentType uses must exist as Trait (same namespace) or ClusterTrait (controller: TraitNotFound).' },
  { id: 'reference/trait-not-allowed', title: 'Trait allowed by the component type', description: 'A Component may only use traits listed in its type\'s `allowedTraits`, matched on `kind:name` after defaults.' },
  { id: 'reference/trait-instance-name', title: 'Trait instance names are unique', description: 'Duplicate `instanceName`s are rejected by the Component webhook; names equal to an embedded trait instance fail in the controller.' },
  { id: 'reference/workflow', title: 'Workflow exists', description: '`spec.workflow` must name an existing ClusterWorkflow (the default kind) or Workflow in the same namespace.' },
  { id: 'reference/workflow-not-allowed', title: 'Workflow allowed by the component type', description: 'A Component workflow must be listed in its type\'s `allowedWorkflows` (controller: WorkflowNotAllowed).' },
];

/** `kind:name` keys of a type's allowed list, with the CRD default kind for omitted kinds. */
function allowedKeys(items: unknown, defaultKind: string): Map<string, { kind: string; name: string }> {
  const keys = new Map<string, { kind: string; name: string }>();
  for (const item of list(items)) {
    const name = str(rec(item)?.name);
    if (name) {
      const kind = str(rec(item)?.kind) ?? defaultKind;
      keys.set(`${kind}:${name}`, { kind, name });
    }
  }
  return keys;
}

/** The (Cluster)ComponentType a Component names, when its name has the `<workloadType>/<name>` form and it exists. */
export function componentTypeOf(index: RepoIndex, component: Resource): Resource | undefined {
  const ref = rec(component.object.spec)?.componentType;
  const name = str(rec(ref)?.name);
  const slash = name?.indexOf('/') ?? -1;
  if (!name || slash <= 0) return undefined;
  const kind = str(rec(ref)?.kind) ?? 'ComponentType';
  return index.find(kind, index.namespaceOf(component), name.slice(slash + 1));
}

export function checkComponentRefs(index: RepoIndex, positions: PositionIndex): Finding[] {
  const out: Finding[] = [];
  for (const component of ownOfKind(index, 'Component')) {
    const spec = rec(component.object.spec);
    if (!spec) continue;
    const ns = index.namespaceOf(component);
    const project = str(rec(spec.owner)?.projectName);
    if (project) {
      const f = missingReference(index, positions, {
        ruleId: 'reference/component-project', from: component, path: ['spec', 'owner', 'projectName'],
        kind: 'Project', name: project, namespace: ns, consequence: 'the Component controller stops with ProjectNotFound',
      }, lookup(index, 'Project', ns, project));
      if (f) out.push(f);
    }
    const type = checkType(index, positions, component, spec, ns, out);
    checkTraits(index, positions, component, spec, ns, type, out);
    checkWorkflow(index, positions, component, spec, ns, type, out);
  }
  return out;
}

function checkType(index: RepoIndex, positions: PositionIndex, component: Resource, spec: Record<string, any>, ns: string, out: Finding[]): Resource | undefined {
  const ref = rec(spec.componentType);
  const full = str(ref?.name);
  const slash = full?.indexOf('/') ?? -1;
  if (!ref || !full || slash <= 0) return undefined; // the CRD pattern reports the format
  const kind = str(ref.kind) ?? 'ComponentType';
  const workloadType = full.slice(0, slash);
  const name = full.slice(slash + 1);
  const path = ['spec', 'componentType', 'name'];
  const found = lookup(index, kind, ns, name);
  const missing = missingReference(index, positions, {
    ruleId: 'reference/component-type', from: component, path, kind, name, namespace: ns,
    consequence: 'the Component controller reports ComponentTypeNotFound and nothing deploys',
  }, found);
  if (missing) out.push(missing);
  const type = found.target;
  const actual = str(rec(type?.object.spec)?.workloadType);
  if (type && actual && actual !== workloadType) {
    out.push(findingAt(positions, component.doc, path, {
      ruleId: 'reference/workload-type-mismatch',
      severity: 'error',
      message: `WorkloadType mismatch: component specifies ${workloadType} but ${kind} "${name}" has ${actual}`,
      hint: `Write \`name: ${actual}/${name}\`.`,
    }));
  }
  return type;
}

function checkTraits(index: RepoIndex, positions: PositionIndex, component: Resource, spec: Record<string, any>, ns: string, type: Resource | undefined, out: Finding[]): void {
  const traits = list(spec.traits);
  if (traits.length === 0) return;
  const typeSpec = rec(type?.object.spec);
  const embedded = new Set(list(typeSpec?.traits).map((t) => str(rec(t)?.instanceName)).filter((n): n is string => !!n));
  const allowedDefault = type?.kind === 'ClusterComponentType' ? 'ClusterTrait' : 'Trait';
  const allowed = allowedKeys(typeSpec?.allowedTraits, allowedDefault);
  if (type && allowed.size === 0) {
    out.push(findingAt(positions, component.doc, ['spec', 'traits'], {
      ruleId: 'reference/trait-not-allowed',
      severity: 'error',
      message: `${type.kind} "${type.name}": no traits are allowed, but component has ${traits.length} trait(s)`,
      hint: `Remove the traits or list them in the ${type.kind}'s spec.allowedTraits.`,
    }));
  }
  const seen = new Set<string>();
  traits.forEach((item, i) => {
    const trait = rec(item);
    const name = str(trait?.name);
    if (!trait || !name) return;
    const kind = str(trait.kind) ?? 'Trait';
    const instance = str(trait.instanceName);
    if (instance && seen.has(instance)) {
      out.push(findingAt(positions, component.doc, ['spec', 'traits', i, 'instanceName'], {
        ruleId: 'reference/trait-instance-name', severity: 'error',
        message: `spec.traits[${i}].instanceName: Duplicate value: "${instance}"`, hint: 'Give each trait instance its own instanceName.',
      }));
    } else if (instance && embedded.has(instance)) {
      out.push(findingAt(positions, component.doc, ['spec', 'traits', i, 'instanceName'], {
        ruleId: 'reference/trait-instance-name', severity: 'error',
        message: `${type!.kind} "${type!.name}": trait instance names [${instance}] collide with embedded traits`,
        hint: 'Choose another instanceName; the component type already embeds a trait instance with this name.',
      }));
    }
    if (instance) seen.add(instance);
    if (type && allowed.size > 0 && !allowed.has(`${kind}:${name}`)) {
      const twin = scopeTwin(kind);
      const hint = twin && allowed.has(`${twin}:${name}`)
        ? `The type allows ${twin}:${name}: set \`kind: ${twin}\`.`
        : didYouMean(name, [...allowed.values()].map((a) => a.name)) || `Allowed: ${[...allowed.keys()].join(', ')}.`;
      out.push(findingAt(positions, component.doc, ['spec', 'traits', i, 'name'], {
        ruleId: 'reference/trait-not-allowed', severity: 'error',
        message: `${type.kind} "${type.name}": traits [${kind}:${name}] are not in the allowed list [${[...allowed.keys()].join(', ')}]`,
        hint,
      }));
      return;
    }
    const f = missingReference(index, positions, {
      ruleId: 'reference/trait', from: component, path: ['spec', 'traits', i, 'name'], kind, name, namespace: ns,
      consequence: 'the Component controller reports TraitNotFound',
    }, lookup(index, kind, ns, name));
    if (f) out.push(f);
  });
}

function checkWorkflow(index: RepoIndex, positions: PositionIndex, component: Resource, spec: Record<string, any>, ns: string, type: Resource | undefined, out: Finding[]): void {
  const ref = rec(spec.workflow);
  const name = str(ref?.name);
  if (!ref || !name) return;
  const kind = str(ref.kind) ?? 'ClusterWorkflow';
  const path = ['spec', 'workflow', 'name'];
  if (type) {
    const allowed = allowedKeys(rec(type.object.spec)?.allowedWorkflows, 'ClusterWorkflow');
    if (allowed.size === 0 || !allowed.has(`${kind}:${name}`)) {
      const twin = scopeTwin(kind);
      const hint = allowed.size === 0
        ? `List it in the ${type.kind}'s spec.allowedWorkflows, or remove spec.workflow.`
        : twin && allowed.has(`${twin}:${name}`)
          ? `The type allows ${twin}:${name}: set \`kind: ${twin}\` (an omitted kind defaults to ClusterWorkflow).`
          : didYouMean(name, [...allowed.values()].map((a) => a.name)) || `Allowed: ${[...allowed.keys()].join(', ')}.`;
      out.push(findingAt(positions, component.doc, path, {
        ruleId: 'reference/workflow-not-allowed', severity: 'error',
        message: allowed.size === 0
          ? `No workflows are allowed by ${type.kind} "${type.name}", but component specifies workflow "${name}"`
          : `Workflow "${name}" (kind ${kind}) is not allowed by ${type.kind} "${type.name}"`,
        hint,
      }));
      return;
    }
  }
  const f = missingReference(index, positions, {
    ruleId: 'reference/workflow', from: component, path, kind, name, namespace: ns,
    consequence: 'the Component controller reports WorkflowNotFound',
  }, lookup(index, kind, ns, name));
  if (f) out.push(f);
}
