import { describe, it, expect } from '@jest/globals';
import { skipAroundErrors } from '../../src/core/cel/skip.js';
import { messages, meta, unchecked } from './evaluate-kind.js';

const API = 'openchoreo.dev/v1alpha1';

const workload = (env: unknown[], files: unknown[] = []) => ({
  apiVersion: API,
  kind: 'Workload',
  metadata: meta('api'),
  spec: { owner: { projectName: 'p', componentName: 'api' }, container: { image: 'nginx', env, files } },
});

const valueFrom = { secretKeyRef: { name: 's', key: 'k' } };

describe('env/files value vs valueFrom', () => {
  it('1.1+ allows neither, rejects both', () => {
    expect(messages('1.2', workload([{ key: 'A' }, { key: 'B', value: 'x' }, { key: 'C', valueFrom }]))).toEqual([]);
    expect(messages('1.2', workload([{ key: 'A', value: 'x', valueFrom }]))).toEqual([
      'spec.container.env[0]: Invalid value: "object": value and valueFrom are mutually exclusive',
    ]);
    expect(messages('1.1', workload([], [{ key: 'f', mountPath: '/f' }, { key: 'g', mountPath: '/g', value: 'v', valueFrom }]))).toEqual([
      'spec.container.files[1]: Invalid value: "object": value and valueFrom are mutually exclusive',
    ]);
  });

  it('1.0 requires exactly one of them', () => {
    expect(messages('1.0', workload([{ key: 'B', value: 'x' }, { key: 'C', valueFrom }]))).toEqual([]);
    expect(messages('1.0', workload([{ key: 'A' }, { key: 'B', value: 'x', valueFrom }]))).toEqual([
      'spec.container.env[0]: Invalid value: "object": exactly one of value or valueFrom must be set',
      'spec.container.env[1]: Invalid value: "object": exactly one of value or valueFrom must be set',
    ]);
  });

  it('treats an empty (null) value as absent', () => {
    const object = workload([{ key: 'A', value: null, valueFrom }, { key: 'B', value: null }]);
    expect(unchecked('1.2', object).map((v) => v.message)).toEqual([]);
    expect(unchecked('1.0', object).map((v) => v.message)).toEqual([
      'spec.container.env[1]: Invalid value: "object": exactly one of value or valueFrom must be set',
    ]);
  });
});

const componentType = (spec: Record<string, unknown>) => ({ apiVersion: API, kind: 'ComponentType', metadata: meta('web'), spec });
const resource = (id: string, extra: Record<string, unknown> = {}) => ({ id, template: { apiVersion: 'apps/v1', kind: 'Deployment' }, ...extra });

describe('ComponentType', () => {
  it('needs a primary resource whose id is the workloadType, except for proxy', () => {
    expect(messages('1.2', componentType({ workloadType: 'deployment', resources: [resource('deployment')] }))).toEqual([]);
    expect(messages('1.2', componentType({ workloadType: 'proxy', resources: [resource('service')] }))).toEqual([]);
    expect(messages('1.2', componentType({ workloadType: 'deployment', resources: [resource('main')] }))).toEqual([
      "spec: Invalid value: \"object\": resources must contain a primary resource with id matching workloadType (unless workloadType is 'proxy')",
    ]);
  });

  it('rejects validations together with preRenderValidations, not one of them or empty ones', () => {
    const rule = { rule: '${true}', message: 'm' };
    const base = { workloadType: 'deployment', resources: [resource('deployment')] };
    expect(messages('1.2', componentType({ ...base, validations: [rule] }))).toEqual([]);
    expect(messages('1.2', componentType({ ...base, validations: [], preRenderValidations: [rule] }))).toEqual([]);
    expect(messages('1.2', componentType({ ...base, validations: [rule], preRenderValidations: [rule] }))).toEqual([
      'spec: Invalid value: "object": set only one of spec.validations or spec.preRenderValidations; validations is deprecated, use preRenderValidations',
    ]);
  });

  it('requires var with forEach, per resource', () => {
    const spec = { workloadType: 'deployment', resources: [resource('deployment'), resource('cm', { forEach: '${x}', var: 'i' }), resource('sec', { forEach: '${y}' })] };
    expect(messages('1.2', componentType(spec))).toEqual(['spec.resources[2]: Invalid value: "object": var is required when forEach is specified']);
  });
});

describe('AuthzRoleBinding scopes', () => {
  const binding = (scope?: Record<string, string>) => ({
    apiVersion: API,
    kind: 'AuthzRoleBinding',
    metadata: meta('b'),
    spec: { entitlement: { claim: 'groups', value: 'dev' }, roleMappings: [{ roleRef: { kind: 'AuthzRole', name: 'r' }, ...(scope ? { scope } : {}) }] },
  });

  it('accepts no scope, a project, a project with a component', () => {
    expect(messages('1.2', binding())).toEqual([]);
    expect(messages('1.2', binding({ project: 'p' }))).toEqual([]);
    expect(messages('1.2', binding({ project: 'p', component: 'c' }))).toEqual([]);
  });

  it('rejects a component without a project, and component with resource', () => {
    expect(messages('1.2', binding({ component: 'c' }))).toEqual([
      'spec.roleMappings[0]: Invalid value: "object": scope.component requires scope.project',
    ]);
    expect(messages('1.2', binding({ project: 'p', component: 'c', resource: 'r' }))).toEqual([
      'spec.roleMappings[0]: Invalid value: "object": scope.component and scope.resource are mutually exclusive',
    ]);
  });

  it('ClusterAuthzRoleBinding: only ClusterAuthzRole, and scope.project needs scope.namespace (a CEL reserved word)', () => {
    const cluster = (kind: string, scope: Record<string, string>) => ({
      apiVersion: API,
      kind: 'ClusterAuthzRoleBinding',
      metadata: { name: 'cb' },
      spec: { entitlement: { claim: 'groups', value: 'ops' }, roleMappings: [{ roleRef: { kind, name: 'r' }, scope }] },
    });
    expect(messages('1.2', cluster('ClusterAuthzRole', { namespace: 'n', project: 'p' }))).toEqual([]);
    expect(messages('1.2', cluster('AuthzRole', { project: 'p' })).sort()).toEqual([
      'spec.roleMappings[0]: Invalid value: "object": scope.project requires scope.namespace, and scope.component requires scope.project',
      'spec: Invalid value: "object": ClusterAuthzRoleBinding can only reference ClusterAuthzRole',
    ]);
  });
});

describe('ClusterDataPlane observabilityPlaneRef', () => {
  const plane = (ref: Record<string, string>) => ({
    apiVersion: API,
    kind: 'ClusterDataPlane',
    metadata: { name: 'dp' },
    spec: { planeID: 'x', clusterAgent: { clientCA: {} }, observabilityPlaneRef: ref },
  });

  it('accepts a ClusterObservabilityPlane', () => {
    expect(messages('1.2', plane({ kind: 'ClusterObservabilityPlane', name: 'o' }))).toEqual([]);
  });

  it('rejects another kind (the enum catches it first, so the validator skips the rule there)', () => {
    const bad = plane({ kind: 'ObservabilityPlane', name: 'o' });
    expect(unchecked('1.2', bad).map((v) => v.message)).toEqual([
      'spec.observabilityPlaneRef: Invalid value: "object": ClusterDataPlane can only reference ClusterObservabilityPlane',
    ]);
    const skip = skipAroundErrors([['spec', 'observabilityPlaneRef', 'kind']]);
    expect(unchecked('1.2', bad, undefined, { skip })).toEqual([]);
  });
});
