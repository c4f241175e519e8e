import { didYouMean } from '../closest.js';
import type { Finding } from '../finding.js';
import { findingAt } from '../finding-at.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import type { Resource } from '../resource.js';
import type { RuleInfo } from '../rule-info.js';
import { list, lookup, missingReference, ownOfKind, rec, str } from './reference-lookup.js';
import { checkSecretKeyRefs } from './secret-key-refs.js';

export const workloadRefRules: RuleInfo[] = [
  { id: 'reference/workload-component', title: 'Workload owner component exists', description: 'A Workload is found by `owner.projectName/componentName`; one whose owner matches no Component is never used.' },
  { id: 'reference/multiple-workloads', title: 'One Workload per component', description: 'The Component controller stops with "Multiple Workloads found for component" when two Workloads share an owner.' },
  { id: 'reference/component-without-workload', title: 'Component has a Workload', description: 'A Component without a Workload (and without a build workflow that would generate one) waits forever: nothing deploys.' },
  { id: 'reference/secret-reference', title: 'SecretReference exists', description: '`valueFrom.secretKeyRef.name` must name a SecretReference in the same namespace (render: Failed to collect SecretReferences).' },
  { id: 'reference/secret-key', title: 'Secret key is declared', description: '`valueFrom.secretKeyRef.key` must be one of the SecretReference\'s `spec.data[].secretKey`.' },
  { id: 'reference/dependency-endpoint', title: 'Dependency endpoint exists', description: '`dependencies.endpoints[]` must name a Component of the namespace (in `project`, by default the Workload\'s own) whose Workload declares the endpoint `name`; otherwise the connection stays pending (ConnectionsResolved=False) and its env bindings are never set.' },
  { id: 'reference/dependency-resource', title: 'Dependency resource exists', description: '`dependencies.resources[].ref` must name a Resource of the same namespace and project; otherwise the dependency stays pending (ResourceDependenciesReady=False).' },
];

function ownerKey(ns: string, project: string, component: string): string {
  return `${ns}/${project}/${component}`;
}

export function checkWorkloadRefs(index: RepoIndex, positions: PositionIndex): Finding[] {
  const out: Finding[] = [];
  const byOwner = new Map<string, Resource[]>();
  for (const workload of index.ofKind('Workload')) {
    const owner = rec(rec(workload.object.spec)?.owner);
    const project = str(owner?.projectName);
    const component = str(owner?.componentName);
    if (!project || !component) continue;
    const key = ownerKey(index.namespaceOf(workload), project, component);
    const group = byOwner.get(key);
    if (group) group.push(workload);
    else byOwner.set(key, [workload]);
  }
  for (const workload of ownOfKind(index, 'Workload')) {
    checkSecretKeyRefs(index, positions, workload, ['spec', 'container'], out);
    checkDependencies(index, positions, workload, byOwner, out);
    const owner = rec(rec(workload.object.spec)?.owner);
    const project = str(owner?.projectName);
    const componentName = str(owner?.componentName);
    if (!project || !componentName) continue;
    const ns = index.namespaceOf(workload);
    const component = index.find('Component', ns, componentName);
    const componentProject = str(rec(rec(component?.object.spec)?.owner)?.projectName);
    if (!component) {
      out.push(findingAt(positions, workload.doc, ['spec', 'owner', 'componentName'], {
        ruleId: 'reference/workload-component', severity: 'warning',
        message: `Component "${componentName}" not found in namespace "${ns}": this Workload is never used`,
        hint: 'Fix owner.componentName, or add the Component.',
      }));
    } else if (componentProject && componentProject !== project) {
      out.push(findingAt(positions, workload.doc, ['spec', 'owner', 'projectName'], {
        ruleId: 'reference/workload-component', severity: 'warning',
        message: `Component "${componentName}" belongs to project "${componentProject}", not "${project}": the Component will not find this Workload`,
        hint: `Set owner.projectName: ${componentProject}.`,
      }));
    }
    // Copies of the same object (same name) are reported as duplicates, not as a second Workload.
    const others = (byOwner.get(ownerKey(ns, project, componentName)) ?? [])
      .filter((w) => w.name !== workload.name)
      .map((w) => `${w.name} (${w.doc.file})`);
    if (others.length > 0 && component) {
      out.push(findingAt(positions, workload.doc, ['spec', 'owner'], {
        ruleId: 'reference/multiple-workloads', severity: 'error',
        message: `Multiple Workloads found for component "${componentName}": also ${others.join(', ')}`,
        hint: 'Keep exactly one Workload per component.',
      }));
    }
  }
  for (const component of ownOfKind(index, 'Component')) {
    const spec = rec(component.object.spec);
    const project = str(rec(spec?.owner)?.projectName);
    if (!spec || !project || rec(spec.workflow)) continue;
    if (byOwner.has(ownerKey(index.namespaceOf(component), project, component.name))) continue;
    out.push(findingAt(positions, component.doc, ['metadata', 'name'], {
      ruleId: 'reference/component-without-workload', severity: 'warning',
      message: `Component "${component.name}" has no Workload (owner ${project}/${component.name}) and no build workflow to create one: nothing deploys`,
      hint: 'Add a Workload with spec.owner {projectName, componentName} naming this component.',
    }));
  }
  return out;
}

/**
 * `spec.dependencies`: endpoints of other components and Resources. The controllers do not fail on an
 * unresolved one; they keep it pending, so the application never gets its connection (warnings).
 */
function checkDependencies(index: RepoIndex, positions: PositionIndex, workload: Resource, byOwner: ReadonlyMap<string, Resource[]>, out: Finding[]): void {
  const spec = rec(workload.object.spec);
  const deps = rec(spec?.dependencies);
  const ownProject = str(rec(spec?.owner)?.projectName);
  if (!deps || !ownProject) return;
  const ns = index.namespaceOf(workload);
  list(deps.endpoints).forEach((raw, i) => {
    const dep = rec(raw);
    const componentName = str(dep?.component);
    const endpoint = str(dep?.name);
    if (!dep || !componentName || !endpoint) return;
    const project = str(dep.project) || ownProject;
    const at = ['spec', 'dependencies', 'endpoints', i];
    const component = index.find('Component', ns, componentName);
    const componentProject = str(rec(rec(component?.object.spec)?.owner)?.projectName);
    if (!component || (componentProject && componentProject !== project)) {
      const inProject = index.ofKind('Component').filter((c) => index.namespaceOf(c) === ns && str(rec(rec(c.object.spec)?.owner)?.projectName) === project).map((c) => c.name);
      const hint = component ? `Component "${componentName}" belongs to project "${componentProject}": set \`project: ${componentProject}\`.` : didYouMean(componentName, inProject) || 'Fix the component name, or add the Component.';
      out.push(findingAt(positions, workload.doc, [...at, 'component'], {
        ruleId: 'reference/dependency-endpoint', severity: 'warning',
        message: `Component "${componentName}" not found in project "${project}" (namespace "${ns}"): this dependency stays pending and its env bindings are never set`,
        hint,
      }));
      return;
    }
    const targets = byOwner.get(ownerKey(ns, project, componentName)) ?? [];
    // No committed Workload (a build workflow generates it): its endpoints cannot be known here.
    if (targets.length !== 1) return;
    const endpoints = rec(rec(targets[0].object.spec)?.endpoints);
    if (endpoints && endpoint in endpoints) return;
    const declared = Object.keys(endpoints ?? {});
    out.push(findingAt(positions, workload.doc, [...at, 'name'], {
      ruleId: 'reference/dependency-endpoint', severity: 'warning',
      message: `The Workload of component "${componentName}" declares no endpoint "${endpoint}": this dependency stays pending and its env bindings are never set`,
      hint: didYouMean(endpoint, declared) || (declared.length ? `Declared endpoints: ${declared.join(', ')}.` : `Declare the endpoint under spec.endpoints of ${targets[0].name} (${targets[0].doc.file}).`),
    }));
  });
  list(deps.resources).forEach((raw, i) => {
    const ref = str(rec(raw)?.ref);
    if (!ref) return;
    const path = ['spec', 'dependencies', 'resources', i, 'ref'];
    const found = lookup(index, 'Resource', ns, ref);
    const missing = missingReference(index, positions, {
      ruleId: 'reference/dependency-resource', from: workload, path, kind: 'Resource', name: ref, namespace: ns, severity: 'warning',
      consequence: 'this dependency stays pending (ResourceDependenciesReady=False)',
    }, found);
    if (missing) return void out.push(missing);
    const resourceProject = str(rec(rec(found.target?.object.spec)?.owner)?.projectName);
    if (resourceProject && resourceProject !== ownProject) {
      out.push(findingAt(positions, workload.doc, path, {
        ruleId: 'reference/dependency-resource', severity: 'warning',
        message: `Resource "${ref}" belongs to project "${resourceProject}", not "${ownProject}": this dependency stays pending (ResourceDependenciesReady=False)`,
        hint: 'A Workload can depend on Resources of its own project only.',
      }));
    }
  });
}
