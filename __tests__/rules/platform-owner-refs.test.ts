import { describe, it, expect } from '@jest/globals';
import { edit, platformFiles } from './platform-fixture.js';
import { expectCase, findingsOf, type RuleCase } from './rule-cases.js';

const plane = 'apiVersion: openchoreo.dev/v1alpha1\nkind: ClusterDataPlane\nmetadata: {name: main}\nspec: {planeID: main, clusterAgent: {clientCA: {value: x}}}\n';

const cases: RuleCase[] = [
  {
    name: 'same object twice: a finding at both places',
    files: (b) => ({ ...b, 'platform/copy/service-type.yaml': b['platform/service-type.yaml'] }),
    ruleId: 'reference/duplicate-resource', severity: 'error', file: 'platform/copy/service-type.yaml', line: 3,
    message: 'ClusterComponentType "service" is defined 2 times (also at platform/service-type.yaml:1)',
  },
  {
    name: 'environment on a data plane the repository does not define (when it defines planes)',
    files: (b) => ({ ...b, 'platform/plane.yaml': plane }),
    ruleId: 'reference/environment-data-plane', severity: 'error', file: 'platform/environments.yaml', line: 5,
    message: 'ClusterDataPlane "default" not found',
  },
  {
    name: 'project type referenced without kind (defaults to ProjectType)',
    files: (b) => edit(b, 'apps/project.yaml', '{kind: ClusterProjectType, name: default}', '{name: default}'),
    ruleId: 'reference/project-type', severity: 'error', file: 'apps/project.yaml', line: 6, hint: 'set `kind: ClusterProjectType`',
  },
  {
    name: 'embedded trait of a type that does not exist',
    files: (b) => edit(b, 'platform/service-type.yaml', '  resources:\n    - id', '  traits:\n    - {name: autoscaler, instanceName: hpa}\n  resources:\n    - id'),
    ruleId: 'reference/type-trait', severity: 'error', file: 'platform/service-type.yaml', line: 23, message: 'ClusterTrait "autoscaler" not found',
  },
  {
    name: 'allowed workflow that does not exist (warning on the type)',
    files: (b) => edit(b, 'platform/service-type.yaml', 'name: docker}', 'name: dockr}'),
    ruleId: 'reference/type-workflow', severity: 'warning', file: 'platform/service-type.yaml', line: 9, hint: 'Did you mean "docker"?',
  },
  {
    name: 'WorkflowRun of a namespaced Workflow without kind (defaults to ClusterWorkflow)',
    files: (b) => ({
      ...b,
      'apps/run.yaml': 'apiVersion: openchoreo.dev/v1alpha1\nkind: Workflow\nmetadata: {name: report, namespace: default}\nspec: {runTemplate: {}}\n---\napiVersion: openchoreo.dev/v1alpha1\nkind: WorkflowRun\nmetadata: {name: report-1, namespace: default}\nspec:\n  workflow:\n    name: report\n',
    }),
    ruleId: 'reference/owner', severity: 'error', file: 'apps/run.yaml', line: 11, message: 'ClusterWorkflow "report" not found', hint: 'set `kind: Workflow`',
  },
  {
    name: 'ProjectReleaseBinding for a missing environment',
    files: (b) => ({ ...b, 'apps/prb.yaml': 'apiVersion: openchoreo.dev/v1alpha1\nkind: ProjectReleaseBinding\nmetadata: {name: shop-dev, namespace: default}\nspec:\n  owner: {projectName: shop}\n  environment: developmen\n' }),
    ruleId: 'reference/binding-environment', severity: 'error', file: 'apps/prb.yaml', line: 6, hint: 'Did you mean "development"?',
  },
  {
    name: 'ResourceReleaseBinding for a missing environment (same rule as every binding kind)',
    files: (b) => ({ ...b, 'apps/rrb.yaml': 'apiVersion: openchoreo.dev/v1alpha1\nkind: ResourceReleaseBinding\nmetadata: {name: db-dev, namespace: default}\nspec:\n  owner: {projectName: shop, resourceName: db}\n  environment: stagin\n' }),
    ruleId: 'reference/binding-environment', severity: 'error', file: 'apps/rrb.yaml', line: 6, message: 'Environment "stagin" not found in namespace "default": the binding reports EnvironmentNotFound', hint: 'Did you mean "staging"?',
  },
];

describe('platform and owner references', () => {
  for (const c of cases) it(c.name, () => expectCase(c));

  it('environments on planes the installer registers are not judged when the repository defines no plane', () => {
    expect(findingsOf(platformFiles()).filter((f) => f.ruleId === 'reference/environment-data-plane')).toEqual([]);
  });

  it('a kind the repository never defines is a warning pointing at --context', () => {
    const files = edit(platformFiles(), 'apps/project.yaml', '{kind: ClusterProjectType, name: default}', '{kind: ProjectType, name: web}');
    const [f] = findingsOf(files).filter((x) => x.ruleId === 'reference/project-type');
    expect(f.severity).toBe('warning');
    expect(f.hint).toContain('--context');
  });
});
