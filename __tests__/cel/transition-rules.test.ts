import { describe, it, expect } from '@jest/globals';
import { messages, meta, violations } from './evaluate-kind.js';

const API = 'openchoreo.dev/v1alpha1';

const component = (componentType: Record<string, string>, projectName = 'shop') => ({
  apiVersion: API,
  kind: 'Component',
  metadata: meta('cart'),
  spec: { owner: { projectName }, componentType },
});

describe('Component', () => {
  it('componentType cannot change after creation', () => {
    expect(messages('1.2', component({ name: 'deployment/web' }), component({ name: 'deployment/worker' }))).toEqual([
      'spec.componentType: Invalid value: "object": spec.componentType cannot be changed after creation',
    ]);
  });

  it('compares the old object after defaulting it, so spelling out a default is no change', () => {
    const old = component({ name: 'deployment/web' });
    expect(messages('1.2', component({ kind: 'ComponentType', name: 'deployment/web' }), old)).toEqual([]);
  });

  it('owner is immutable too, and transition rules do not run without an old object', () => {
    expect(messages('1.2', component({ name: 'job/w' }, 'other'), component({ name: 'job/w' }))).toEqual([
      'spec.owner: Invalid value: "object": spec.owner is immutable',
    ]);
    expect(messages('1.2', component({ name: 'job/w' }, 'other'))).toEqual([]);
  });
});

describe('ReleaseBinding environment', () => {
  const binding = (environment: string) => ({
    apiVersion: API,
    kind: 'ReleaseBinding',
    metadata: meta('cart-dev'),
    spec: { owner: { projectName: 'shop', componentName: 'cart' }, environment, releaseName: 'cart-1' },
  });
  it('is immutable', () => {
    expect(messages('1.2', binding('dev'), binding('dev'))).toEqual([]);
    expect(messages('1.2', binding('prod'), binding('dev'))).toEqual(['spec.environment: Invalid value: "string": spec.environment is immutable']);
  });
});

describe('Environment dataPlaneRef is immutable once set', () => {
  const env = (dataPlaneRef?: Record<string, string>) => ({
    apiVersion: API,
    kind: 'Environment',
    metadata: meta('dev'),
    spec: { isProduction: false, ...(dataPlaneRef ? { dataPlaneRef } : {}) },
  });
  const dp = (name: string) => ({ kind: 'DataPlane', name });

  it('may be set later and kept', () => {
    expect(messages('1.2', env(dp('a')), env())).toEqual([]);
    expect(messages('1.2', env(dp('a')), env(dp('a')))).toEqual([]);
  });

  it('may not change', () => {
    expect(messages('1.2', env(dp('b')), env(dp('a')))).toEqual(['spec: Invalid value: "object": dataPlaneRef is immutable once set']);
  });

  it('may not be removed (the rule errors as the API server reports it)', () => {
    const [v] = violations('1.2', env(), env(dp('a')));
    expect(v.message).toBe('spec: Invalid value: "object": no such key: dataPlaneRef evaluating rule: dataPlaneRef is immutable once set');
    expect(v).toMatchObject({ outcome: 'error', transition: true, path: ['spec'] });
  });
});

describe('Project type (1.2 only)', () => {
  const project = (type: string) => ({
    apiVersion: API,
    kind: 'Project',
    metadata: meta('shop'),
    spec: { deploymentPipelineRef: { name: 'default' }, type: { name: type } },
  });
  it('cannot change in 1.2', () => {
    expect(messages('1.2', project('b'), project('a'))).toEqual(['spec.type: Invalid value: "object": spec.type cannot be changed after creation']);
    expect(messages('1.2', project('a'), project('a'))).toEqual([]);
  });
});

describe('ComponentRelease spec', () => {
  const release = (workload: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    apiVersion: API,
    kind: 'ComponentRelease',
    metadata: meta('cart-1'),
    spec: {
      owner: { projectName: 'shop', componentName: 'cart' },
      componentType: { kind: 'ComponentType', name: 'deployment/web', spec: { workloadType: 'deployment', resources: [{ id: 'deployment', template: { kind: 'Deployment', spec: { replicas: 1 } } }] } },
      workload,
      ...extra,
    },
  });
  const deps = (...refs: string[]) => ({ container: { image: 'cart:1' }, dependencies: { resources: refs.map((ref) => ({ ref, envBindings: { url: `${ref.toUpperCase()}_URL` } })) } });

  it('rejects a changed workload', () => {
    expect(messages('1.2', release({ container: { image: 'cart:2' } }), release({ container: { image: 'cart:1' } }))).toEqual([
      'spec.workload: Invalid value: "object": spec.workload is immutable',
    ]);
  });

  it('ignores the order of a map-type list (dependencies.resources, keyed by ref), as Kubernetes does', () => {
    expect(messages('1.2', release(deps('db', 'cache')), release(deps('cache', 'db')))).toEqual([]);
  });

  it('ignores the order of nothing else: a reordered atomic list is a change', () => {
    const args = (a: string[]) => ({ container: { image: 'cart:1', args: a } });
    expect(messages('1.2', release(args(['x', 'y'])), release(args(['y', 'x'])))).toEqual(['spec.workload: Invalid value: "object": spec.workload is immutable']);
  });

  it('a changed template inside the componentType snapshot is caught at spec.componentType', () => {
    const old = release({ container: { image: 'cart:1' } });
    const changed = structuredClone(old);
    changed.spec.componentType.spec.resources[0].template.spec.replicas = 2;
    expect(messages('1.2', changed, old)).toEqual(['spec.componentType: Invalid value: "object": spec.componentType is immutable']);
  });

  it('adding the optional componentProfile is not caught by a transition rule (no old value to compare)', () => {
    const workload = { container: { image: 'cart:1' } };
    expect(messages('1.2', release(workload, { componentProfile: { parameters: { replicas: 2 } } }), release(workload))).toEqual([]);
  });
});
