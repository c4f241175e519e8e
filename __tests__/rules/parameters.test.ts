import { describe, it, expect } from '@jest/globals';
import { edit, platformFiles } from './platform-fixture.js';
import { expectCase, findingsOf, type RuleCase } from './rule-cases.js';

const C = 'apps/api/component.yaml';
const T = 'platform/service-type.yaml';
const B = 'apps/api/binding-development.yaml';
const snapshot = (profile: string) => `
apiVersion: openchoreo.dev/v1alpha1
kind: ComponentRelease
metadata: {name: api-1, namespace: default}
spec:
  owner: {projectName: shop, componentName: api}
  componentType:
    kind: ClusterComponentType
    name: deployment/service
    spec:
      workloadType: deployment
      resources: [{id: deployment, template: {}}]
      parameters:
        openAPIV3Schema:
          type: object
          required: [port]
          properties:
            port: {type: integer, default: 80}
  traits:
    - kind: ClusterTrait
      name: storage
      spec: {parameters: {openAPIV3Schema: {type: object, properties: {mountPath: {type: string}}}}}
  componentProfile:
${profile}
  workload: {container: {image: x}}
`;

const cases: RuleCase[] = [
  {
    name: 'parameter of the wrong type', files: (b) => edit(b, C, 'port: 8080', 'port: "8080"'),
    ruleId: 'parameters/invalid-value', severity: 'error', file: C, line: 8, message: 'spec.parameters.port: must be of type integer: "string"',
  },
  {
    name: 'parameter below its minimum', files: (b) => edit(b, C, 'port: 8080', 'port: 0'),
    ruleId: 'parameters/invalid-value', severity: 'error', file: C, line: 8, message: 'must be >= 1',
  },
  {
    name: 'misspelt required parameter: missing', files: (b) => edit(b, C, 'port: 8080', 'prot: 8080'),
    ruleId: 'parameters/missing-required', severity: 'error', file: C, line: 7, message: 'spec.parameters.port: Required value',
  },
  {
    name: 'misspelt parameter: ignored, with the closest name', files: (b) => edit(b, C, 'port: 8080', 'port: 8080\n    exposd: true'),
    ruleId: 'parameters/ignored-key', severity: 'warning', file: C, line: 9, hint: 'Did you mean "exposed"?',
  },
  {
    name: 'unknown parameter where the schema is closed',
    files: (b) => edit(edit(b, T, 'required: [port]', 'required: [port]\n      additionalProperties: false'), C, 'port: 8080', 'port: 8080\n    exposd: true'),
    ruleId: 'parameters/unknown-field', severity: 'error', file: C, line: 9, message: 'unknown field "exposd"', hint: 'Did you mean "exposed"?',
  },
  {
    name: 'trait instance parameters', files: (b) => edit(b, C, '{mountPath: /data}', '{mountPath: 5}'),
    ruleId: 'parameters/invalid-value', severity: 'error', file: C, line: 13, message: 'spec.traits[0].parameters.mountPath: must be of type string',
  },
  {
    name: 'environment config of the wrong type', files: (b) => edit(b, B, 'replicas: 2', 'replicas: two'),
    ruleId: 'parameters/invalid-value', severity: 'error', file: B, line: 8, message: 'spec.componentTypeEnvironmentConfigs.replicas: must be of type integer',
  },
  {
    name: 'trait environment config of the wrong type', files: (b) => edit(b, B, 'size: 5Gi', 'size: 5'),
    ruleId: 'parameters/invalid-value', severity: 'error', file: B, line: 11, message: 'spec.traitEnvironmentConfigs.data.size: must be of type string',
  },
  {
    name: 'schema keyword Kubernetes rejects', files: (b) => edit(b, T, 'port: {type: integer, minimum: 1}', 'port: {type: integer, minimum: 1}\n        mode: {type: string, const: fast}'),
    ruleId: 'parameters/schema', severity: 'error', file: T, line: 16, message: 'unknown field "const"', hint: '',
  },
  {
    name: 'workflow parameter of the wrong type warns (run-time completed)',
    files: (b) => edit(b, C, 'parameters:\n    port', 'workflow: {name: docker, parameters: {dockerfile: 5}}\n  parameters:\n    port'),
    ruleId: 'parameters/invalid-value', severity: 'warning', file: C, line: 7, message: 'spec.workflow.parameters.dockerfile',
  },
  {
    name: 'release profile omits a required parameter that has a default (admission applies no defaults)',
    files: (b) => ({ ...b, 'apps/api/release.yaml': snapshot('    parameters: {}') }),
    ruleId: 'parameters/missing-required', severity: 'error', file: 'apps/api/release.yaml', line: 23, hint: 'validates without defaults',
  },
  {
    name: 'release profile trait missing from the traits snapshot',
    files: (b) => ({ ...b, 'apps/api/release.yaml': snapshot('    parameters: {port: 80}\n    traits:\n      - {kind: ClusterTrait, name: cache, instanceName: c}') }),
    ruleId: 'release/snapshot-traits', severity: 'error', file: 'apps/api/release.yaml', line: 25, message: "trait 'cache' (kind ClusterTrait) referenced in componentProfile but not found",
  },
];

describe('parameters against their schemas', () => {
  for (const c of cases) it(c.name, () => expectCase(c));

  it('a workflow parameter the run fills in (commit) is not required in Git', () => {
    const files = edit(platformFiles(), C, 'parameters:\n    port', 'workflow: {name: docker, parameters: {dockerfile: Dockerfile}}\n  parameters:\n    port');
    expect(findingsOf(files)).toEqual([]);
  });

  it('a consistent release snapshot passes', () => {
    const files = { ...platformFiles(), 'apps/api/release.yaml': snapshot('    parameters: {port: 80}\n    traits:\n      - {kind: ClusterTrait, name: storage, instanceName: s, parameters: {mountPath: /x}}') };
    expect(findingsOf(files)).toEqual([]);
  });

  it('binding configs are judged against the pinned release snapshot, not the live type', () => {
    const profile = '    parameters: {port: 80}';
    const release = snapshot(profile).replace('      parameters:\n        openAPIV3Schema:', '      environmentConfigs:\n        openAPIV3Schema: {type: object, properties: {replicas: {type: string}}}\n      parameters:\n        openAPIV3Schema:');
    const files = edit({ ...platformFiles(), 'apps/api/release.yaml': release }, B, 'environment: development', 'environment: development\n  releaseName: api-1');
    const found = findingsOf(files).filter((f) => f.ruleId === 'parameters/invalid-value');
    expect(found.map((f) => `${f.line} ${f.message}`)).toEqual([
      '9 spec.componentTypeEnvironmentConfigs.replicas: must be of type string: "integer" (ComponentRelease "api-1" component type environmentConfigs schema)',
    ]);
  });
});
