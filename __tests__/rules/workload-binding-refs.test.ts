import { describe, it, expect } from '@jest/globals';
import { edit, platformFiles } from './platform-fixture.js';
import { expectCase, findingsOf, type RuleCase } from './rule-cases.js';

const W = 'apps/api/workload.yaml';
const B = 'apps/api/binding-development.yaml';
const release = (owner: string) => `
apiVersion: openchoreo.dev/v1alpha1
kind: ComponentRelease
metadata: {name: api-1, namespace: default}
spec:
  owner: {projectName: shop, componentName: ${owner}}
  componentType: {kind: ClusterComponentType, name: deployment/service, spec: {workloadType: deployment, resources: [{id: deployment, template: {}}]}}
  workload: {container: {image: x, env: [{key: PW, valueFrom: {secretKeyRef: {name: db, key: password}}}]}}
`;

/** A second component, web, whose Workload depends on `dependencies` (YAML under `dependencies:`); api declares endpoint http. */
const withWeb = (b: Record<string, string>, dependencies: string) => ({
  ...edit(b, W, '    image: ghcr.io/acme/api:1\n', '    image: ghcr.io/acme/api:1\n  endpoints:\n    http: {type: HTTP, port: 8080, visibility: [project]}\n'),
  'apps/web/component.yaml': 'apiVersion: openchoreo.dev/v1alpha1\nkind: Component\nmetadata: {name: web, namespace: default}\nspec:\n  owner: {projectName: shop}\n  componentType: {kind: ClusterComponentType, name: deployment/service}\n  parameters: {port: 8080}\n',
  'apps/web/workload.yaml': `apiVersion: openchoreo.dev/v1alpha1\nkind: Workload\nmetadata: {name: web-workload, namespace: default}\nspec:\n  owner: {projectName: shop, componentName: web}\n  container: {image: ghcr.io/acme/web:1}\n  dependencies:\n${dependencies}`,
});
const WEB = 'apps/web/workload.yaml';
const endpointDep = (component: string, name: string) => `    endpoints:\n      - component: ${component}\n        name: ${name}\n        visibility: project\n        envBindings: {address: API_URL}\n`;

const cases: RuleCase[] = [
  {
    name: 'dependency on an endpoint the component does not declare', files: (b) => withWeb(b, endpointDep('api', 'htp')),
    ruleId: 'reference/dependency-endpoint', severity: 'warning', file: WEB, line: 10, message: 'declares no endpoint "htp"', hint: 'Did you mean "http"?',
  },
  {
    name: 'dependency on a component that does not exist', files: (b) => withWeb(b, endpointDep('apii', 'http')),
    ruleId: 'reference/dependency-endpoint', severity: 'warning', file: WEB, line: 9, message: 'Component "apii" not found in project "shop"', hint: 'Did you mean "api"?',
  },
  {
    name: 'dependency on a Resource that does not exist', files: (b) => withWeb(b, '    resources:\n      - ref: redis\n        envBindings: {connectionString: REDIS_ADDR}\n'),
    ruleId: 'reference/dependency-resource', severity: 'warning', file: WEB, line: 9, message: 'Resource "redis" not found',
  },
  {
    name: 'secret key not declared by the SecretReference', files: (b) => edit(b, W, 'key: password}', 'key: pasword}'),
    ruleId: 'reference/secret-key', severity: 'error', file: W, line: 11, message: 'key "pasword" not found in SecretReference "db"', hint: 'Did you mean "password"?',
  },
  {
    name: 'SecretReference typo', files: (b) => edit(b, W, '{name: db,', '{name: dbb,'),
    ruleId: 'reference/secret-reference', severity: 'error', file: W, line: 11, message: 'SecretReference "dbb" not found',
  },
  {
    name: 'workload owner names no component', files: (b) => edit(b, W, 'componentName: api}', 'componentName: apii}'),
    ruleId: 'reference/workload-component', severity: 'warning', file: W, line: 5,
  },
  {
    name: 'two Workloads for one component',
    files: (b) => ({ ...b, 'apps/api/workload-2.yaml': b[W].replace('api-workload', 'api-workload-2') }),
    ruleId: 'reference/multiple-workloads', severity: 'error', file: 'apps/api/workload-2.yaml', line: 5, message: 'Multiple Workloads found for component "api"',
  },
  {
    name: 'component without Workload nor workflow', files: (b) => { const { [W]: _gone, ...rest } = b; return rest; },
    ruleId: 'reference/component-without-workload', severity: 'warning', file: 'apps/api/component.yaml', line: 3,
  },
  {
    name: 'binding environment typo', files: (b) => edit(b, B, 'environment: development', 'environment: devlopment'),
    ruleId: 'reference/binding-environment', severity: 'error', file: B, line: 6, hint: 'Did you mean "development"?',
  },
  {
    name: 'binding owner component typo', files: (b) => edit(b, B, 'componentName: api}', 'componentName: ap}'),
    ruleId: 'reference/binding-component', severity: 'error', file: B, line: 5, message: 'Component "ap" not found',
  },
  {
    name: 'binding pins a release that is not committed',
    files: (b) => edit({ ...b, 'apps/api/release.yaml': release('api') }, B, 'environment: development', 'environment: development\n  releaseName: api-2'),
    ruleId: 'reference/binding-release', severity: 'error', file: B, line: 7, message: 'ComponentRelease "api-2" not found', hint: 'Did you mean "api-1"?',
  },
  {
    name: 'binding pins a release of another component',
    files: (b) => edit({ ...b, 'apps/api/release.yaml': release('web') }, B, 'environment: development', 'environment: development\n  releaseName: api-1'),
    ruleId: 'reference/binding-release', severity: 'error', file: B, line: 7, message: 'does not match component release owner (project: shop, component: web)',
  },
  {
    name: 'second binding for the same component and environment',
    files: (b) => ({ ...b, 'apps/api/binding-dev-2.yaml': b[B].replace('name: api-development', 'name: api-dev') }),
    ruleId: 'reference/duplicate-binding', severity: 'error', file: B, line: 6, message: 'api-dev (apps/api/binding-dev-2.yaml)',
  },
  {
    name: 'binding to an environment outside the pipeline',
    files: (b) => edit({ ...b, 'platform/qa.yaml': 'apiVersion: openchoreo.dev/v1alpha1\nkind: Environment\nmetadata: {name: qa, namespace: default}\nspec: {}\n' },
      B, 'environment: development', 'environment: qa'),
    ruleId: 'pipeline/binding-outside-pipeline', severity: 'warning', file: B, line: 6, message: 'not on project "shop"\'s DeploymentPipeline "standard"',
  },
  {
    name: 'traitEnvironmentConfigs key matching no instance', files: (b) => edit(b, B, '  data:\n', '  dta:\n'),
    ruleId: 'reference/trait-environment-config', severity: 'warning', file: B, line: 10, hint: 'Did you mean "data"?',
  },
  {
    name: 'secret key of the release snapshot Workload',
    files: (b) => ({ ...b, 'apps/api/release.yaml': release('api').replace('key: password', 'key: passwd') }),
    ruleId: 'reference/secret-key', severity: 'error', file: 'apps/api/release.yaml', line: 7, hint: 'Did you mean "password"?',
  },
];

describe('Workload and ReleaseBinding references', () => {
  for (const c of cases) it(c.name, () => expectCase(c));

  it('a dependency on a declared endpoint of a component of the project resolves', () => {
    const findings = findingsOf(withWeb(platformFiles(), endpointDep('api', 'http')));
    expect(findings.filter((f) => f.ruleId.startsWith('reference/dependency'))).toEqual([]);
  });

  it('a from-source component (with a workflow) needs no committed Workload', () => {
    const { [W]: _gone, ...rest } = platformFiles();
    const files = edit(rest, 'apps/api/component.yaml', 'parameters:\n    port', 'workflow: {kind: ClusterWorkflow, name: docker}\n  parameters:\n    port');
    expect(findingsOf(files).map((f) => f.ruleId)).toEqual([]);
  });

  it('copies of one Workload are duplicates, not a second Workload', () => {
    const files = { ...platformFiles(), 'apps/api/copy.yaml': platformFiles()[W] };
    expect(findingsOf(files).map((f) => f.ruleId).sort()).toEqual(['reference/duplicate-resource', 'reference/duplicate-resource']);
  });
});
