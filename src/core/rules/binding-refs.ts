import { didYouMean } from '../closest.js';
import type { Finding } from '../finding.js';
import { findingAt } from '../finding-at.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import type { Resource } from '../resource.js';
import type { RuleInfo } from '../rule-info.js';
import { componentTypeOf } from './component-refs.js';
import { pipelineEnvironments } from './pipeline-graph.js';
import { list, lookup, missingReference, ownOfKind, rec, str } from './reference-lookup.js';
import { checkSecretKeyRefs } from './secret-key-refs.js';

export const bindingRefRules: RuleInfo[] = [
  { id: 'reference/binding-component', title: 'ReleaseBinding owner exists', description: 'The binding\'s owner Component and Project must exist in the same namespace (controller: ComponentNotFound / ProjectNotFound).' },
  { id: 'reference/binding-environment', title: 'Binding environments exist', description: '`spec.environment` of a ReleaseBinding, ProjectReleaseBinding or ResourceReleaseBinding must name an Environment in the same namespace (controller: EnvironmentNotFound).' },
  { id: 'reference/binding-release', title: 'ReleaseBinding release exists and matches', description: '`spec.releaseName` must name a ComponentRelease of the same component and project (ComponentReleaseNotFound / InvalidReleaseConfiguration).' },
  { id: 'reference/duplicate-binding', title: 'One ReleaseBinding per component and environment', description: 'Two bindings for the same component and environment fight over one RenderedRelease (ReleaseOwnershipConflict).' },
  { id: 'reference/trait-environment-config', title: 'Trait environment configs name a trait instance', description: '`traitEnvironmentConfigs` keys that match no trait instance of the component are silently ignored.' },
  { id: 'pipeline/binding-outside-pipeline', title: 'Binding environment is on the project pipeline', description: 'Nothing rejects a binding for an environment outside the project\'s DeploymentPipeline, but promotion never reaches it.' },
];

/** The ComponentRelease a binding pins, when it names one that exists. */
export function releaseOf(index: RepoIndex, binding: Resource): Resource | undefined {
  const name = str(rec(binding.object.spec)?.releaseName);
  return name ? index.find('ComponentRelease', index.namespaceOf(binding), name) : undefined;
}

/** Trait instance names a binding can configure: from the pinned release snapshot, else the live component and type. */
export function traitInstancesOf(index: RepoIndex, binding: Resource, component: Resource | undefined): { own: Map<string, { kind: string; name: string }>; embedded: Set<string> } {
  const own = new Map<string, { kind: string; name: string }>();
  const embedded = new Set<string>();
  const release = releaseOf(index, binding);
  const releaseSpec = rec(release?.object.spec);
  const ownTraits = releaseSpec ? list(rec(releaseSpec.componentProfile)?.traits) : list(rec(component?.object.spec)?.traits);
  for (const t of ownTraits) {
    const instance = str(rec(t)?.instanceName);
    const name = str(rec(t)?.name);
    if (instance && name) own.set(instance, { kind: str(rec(t)?.kind) ?? 'Trait', name });
  }
  const typeSpec = releaseSpec ? rec(rec(releaseSpec.componentType)?.spec) : rec((component && componentTypeOf(index, component))?.object.spec);
  for (const t of list(typeSpec?.traits)) {
    const instance = str(rec(t)?.instanceName);
    if (instance) embedded.add(instance);
  }
  return { own, embedded };
}

export function checkBindingRefs(index: RepoIndex, positions: PositionIndex): Finding[] {
  const out: Finding[] = [];
  const byComponentEnv = new Map<string, Resource[]>();
  for (const binding of ownOfKind(index, 'ReleaseBinding')) {
    const spec = rec(binding.object.spec);
    if (!spec) continue;
    const ns = index.namespaceOf(binding);
    const owner = rec(spec.owner);
    const projectName = str(owner?.projectName);
    const componentName = str(owner?.componentName);
    const env = str(spec.environment);
    let component: Resource | undefined;
    if (projectName) {
      const f = missingReference(index, positions, {
        ruleId: 'reference/binding-component', from: binding, path: ['spec', 'owner', 'projectName'], kind: 'Project', name: projectName, namespace: ns,
        consequence: 'the ReleaseBinding controller reports ProjectNotFound',
      }, lookup(index, 'Project', ns, projectName));
      if (f) out.push(f);
    }
    if (componentName) {
      const found = lookup(index, 'Component', ns, componentName);
      component = found.target;
      const f = missingReference(index, positions, {
        ruleId: 'reference/binding-component', from: binding, path: ['spec', 'owner', 'componentName'], kind: 'Component', name: componentName, namespace: ns,
        consequence: 'the ReleaseBinding controller reports ComponentNotFound',
      }, found);
      if (f) out.push(f);
      const actualProject = str(rec(rec(component?.object.spec)?.owner)?.projectName);
      if (component && projectName && actualProject && actualProject !== projectName) {
        out.push(findingAt(positions, binding.doc, ['spec', 'owner', 'projectName'], {
          ruleId: 'reference/binding-component', severity: 'error',
          message: `Component "${componentName}" belongs to project "${actualProject}", not "${projectName}"`,
          hint: `Set owner.projectName: ${actualProject}.`,
        }));
      }
    }
    if (env) {
      const f = missingReference(index, positions, {
        ruleId: 'reference/binding-environment', from: binding, path: ['spec', 'environment'], kind: 'Environment', name: env, namespace: ns,
        consequence: 'the ReleaseBinding controller reports EnvironmentNotFound',
      }, lookup(index, 'Environment', ns, env));
      if (f) out.push(f);
      if (componentName) {
        const key = `${ns}/${componentName}/${env}`;
        const group = byComponentEnv.get(key);
        if (group) group.push(binding);
        else byComponentEnv.set(key, [binding]);
      }
      checkOnPipeline(index, positions, binding, ns, projectName, env, out);
    }
    checkRelease(index, positions, binding, ns, projectName, componentName, out);
    checkTraitConfigKeys(index, positions, binding, component, out);
    checkSecretKeyRefs(index, positions, binding, ['spec', 'workloadOverrides', 'container'], out);
  }
  for (const group of byComponentEnv.values()) {
    const distinct = group.filter((b, i) => group.findIndex((o) => o.name === b.name) === i);
    if (distinct.length < 2) continue;
    for (const binding of distinct) {
      const others = distinct.filter((o) => o !== binding).map((o) => `${o.name} (${o.doc.file})`);
      out.push(findingAt(positions, binding.doc, ['spec', 'environment'], {
        ruleId: 'reference/duplicate-binding', severity: 'error',
        message: `Another ReleaseBinding deploys the same component to this environment: ${others.join(', ')} (ReleaseOwnershipConflict)`,
        hint: 'Keep one ReleaseBinding per component and environment.',
      }));
    }
  }
  return out;
}

function checkRelease(index: RepoIndex, positions: PositionIndex, binding: Resource, ns: string, project: string | undefined, component: string | undefined, out: Finding[]): void {
  const name = str(rec(binding.object.spec)?.releaseName);
  if (!name) return; // autoDeploy, the API or occ fills it in
  const found = lookup(index, 'ComponentRelease', ns, name);
  const f = missingReference(index, positions, {
    ruleId: 'reference/binding-release', from: binding, path: ['spec', 'releaseName'], kind: 'ComponentRelease', name, namespace: ns,
    consequence: 'the ReleaseBinding controller reports ComponentReleaseNotFound',
  }, found);
  if (f) out.push(f);
  const owner = rec(rec(found.target?.object.spec)?.owner);
  if (!found.target || !owner) return;
  const rp = str(owner.projectName);
  const rc = str(owner.componentName);
  if (rp !== project || rc !== component) {
    out.push(findingAt(positions, binding.doc, ['spec', 'releaseName'], {
      ruleId: 'reference/binding-release', severity: 'error',
      message: `release binding owner (project: ${project}, component: ${component}) does not match component release owner (project: ${rp}, component: ${rc})`,
      hint: `Pick a ComponentRelease of component "${component}".`,
    }));
  }
}

function checkOnPipeline(index: RepoIndex, positions: PositionIndex, binding: Resource, ns: string, projectName: string | undefined, env: string, out: Finding[]): void {
  const project = projectName ? index.find('Project', ns, projectName) : undefined;
  const pipelineName = str(rec(rec(project?.object.spec)?.deploymentPipelineRef)?.name);
  const pipeline = pipelineName ? index.find('DeploymentPipeline', ns, pipelineName) : undefined;
  if (!pipeline || !index.find('Environment', ns, env)) return;
  const envs = pipelineEnvironments(pipeline);
  if (envs.size === 0 || envs.has(env)) return;
  out.push(findingAt(positions, binding.doc, ['spec', 'environment'], {
    ruleId: 'pipeline/binding-outside-pipeline', severity: 'warning',
    message: `Environment "${env}" is not on project "${projectName}"'s DeploymentPipeline "${pipelineName}" (${[...envs].join(', ')})`,
    hint: didYouMean(env, envs) || `Add "${env}" to the pipeline's promotion paths, or bind to one of its environments.`,
  }));
}

function checkTraitConfigKeys(index: RepoIndex, positions: PositionIndex, binding: Resource, component: Resource | undefined, out: Finding[]): void {
  const configs = rec(rec(binding.object.spec)?.traitEnvironmentConfigs);
  if (!configs || (!component && !releaseOf(index, binding))) return;
  const { own, embedded } = traitInstancesOf(index, binding, component);
  const known = [...own.keys(), ...embedded];
  for (const key of Object.keys(configs)) {
    if (own.has(key) || embedded.has(key)) continue;
    out.push(findingAt(positions, binding.doc, ['spec', 'traitEnvironmentConfigs', key], {
      ruleId: 'reference/trait-environment-config', severity: 'warning',
      message: `"${key}" matches no trait instance of the component; it is silently ignored`,
      hint: didYouMean(key, known) || (known.length ? `Trait instances: ${known.join(', ')}.` : 'The component has no trait instances.'),
    }));
  }
}
