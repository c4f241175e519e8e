import { describe, it } from '@jest/globals';
import { edit } from './platform-fixture.js';
import { expectCase, type RuleCase } from './rule-cases.js';

const C = 'apps/api/component.yaml';
const cases: RuleCase[] = [
  {
    name: 'owner project typo', files: (b) => edit(b, C, '{projectName: shop}', '{projectName: shp}'),
    ruleId: 'reference/component-project', severity: 'error', file: C, line: 5, message: 'Project "shp" not found', hint: 'Did you mean "shop"?',
  },
  {
    name: 'cluster type referenced without kind (defaults to ComponentType)',
    files: (b) => edit(b, C, '{kind: ClusterComponentType, name: deployment/service}', '{name: deployment/service}'),
    ruleId: 'reference/component-type', severity: 'error', file: C, line: 6, message: 'ComponentType "service" not found', hint: 'set `kind: ClusterComponentType`',
  },
  {
    name: 'type name typo', files: (b) => edit(b, C, 'deployment/service', 'deployment/servce'),
    ruleId: 'reference/component-type', severity: 'error', file: C, line: 6, hint: 'Did you mean "service"?',
  },
  {
    name: 'workloadType prefix differs from the type', files: (b) => edit(b, C, 'deployment/service', 'statefulset/service'),
    ruleId: 'reference/workload-type-mismatch', severity: 'error', file: C, line: 6,
    message: 'WorkloadType mismatch: component specifies statefulset but ClusterComponentType "service" has deployment', hint: 'deployment/service',
  },
  {
    name: 'trait without kind is Trait:storage, not the allowed ClusterTrait:storage',
    files: (b) => edit(b, C, '- kind: ClusterTrait\n      name: storage', '- name: storage'),
    ruleId: 'reference/trait-not-allowed', severity: 'error', file: C, line: 10,
    message: 'traits [Trait:storage] are not in the allowed list [ClusterTrait:storage]', hint: 'set `kind: ClusterTrait`',
  },
  {
    name: 'trait the type does not list', files: (b) => edit(b, 'platform/service-type.yaml', '- {kind: ClusterTrait, name: storage}', '- {kind: ClusterTrait, name: other}'),
    ruleId: 'reference/trait-not-allowed', severity: 'error', file: C, line: 11,
  },
  {
    name: 'allowed trait that does not exist', files: (b) => edit(b, C, 'name: storage\n      instanceName', 'name: storag\n      instanceName'),
    ruleId: 'reference/trait-not-allowed', severity: 'error', file: C, line: 11, hint: 'Did you mean "storage"?',
  },
  {
    name: 'allowed trait missing from the repository',
    files: (b) => edit(edit(b, 'platform/service-type.yaml', 'name: storage}', 'name: ghost}'), C, 'name: storage\n      instanceName', 'name: ghost\n      instanceName'),
    ruleId: 'reference/trait', severity: 'error', file: C, line: 11, message: 'ClusterTrait "ghost" not found',
  },
  {
    name: 'duplicate instanceName',
    files: (b) => edit(b, C, 'parameters: {mountPath: /data}', 'parameters: {mountPath: /data}\n    - {kind: ClusterTrait, name: storage, instanceName: data, parameters: {mountPath: /x}}'),
    ruleId: 'reference/trait-instance-name', severity: 'error', file: C, line: 14, message: 'spec.traits[1].instanceName: Duplicate value: "data"',
  },
  {
    name: 'workflow not allowed (namespaced kind)', files: (b) => edit(b, C, 'parameters:\n    port', 'workflow: {kind: Workflow, name: docker}\n  parameters:\n    port'),
    ruleId: 'reference/workflow-not-allowed', severity: 'error', file: C, line: 7, message: 'Workflow "docker" (kind Workflow) is not allowed', hint: 'set `kind: ClusterWorkflow`',
  },
  {
    name: 'allowed workflow that does not exist',
    files: (b) => edit(edit(b, 'platform/service-type.yaml', 'name: docker}', 'name: ghost}'), C, 'parameters:\n    port', 'workflow: {name: ghost}\n  parameters:\n    port'),
    ruleId: 'reference/workflow', severity: 'error', file: C, line: 7, message: 'ClusterWorkflow "ghost" not found',
  },
];

describe('Component references', () => {
  for (const c of cases) it(c.name, () => expectCase(c));
});
