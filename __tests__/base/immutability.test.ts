import { describe, it, expect } from '@jest/globals';
import { matchBase } from '../../src/core/base-match.js';
import { PositionIndex } from '../../src/core/position.js';
import { findRelease } from '../../src/core/releases.js';
import { checkImmutability, immutabilityRuleInfo } from '../../src/core/rules/immutability.js';
import { celRuleCheck, celRuleInfo } from '../../src/core/rules/cel-rules.js';
import { resourcesOf } from './resources.js';

const release = findRelease('1.2')!;
const judge = (head: Record<string, string>, base: Record<string, string>) => {
  const { pairs } = matchBase(resourcesOf(head), resourcesOf(base));
  return checkImmutability({ pairs, release, positions: new PositionIndex() });
};

const binding = (environment: string) => `apiVersion: openchoreo.dev/v1alpha1
kind: ReleaseBinding
metadata:
  name: cart-dev
  namespace: default
spec:
  owner:
    projectName: shop
    componentName: cart
  releaseName: cart-1
  environment: ${environment}
`;

const componentRelease = (image: string, extra = '') => `# a ComponentRelease
apiVersion: openchoreo.dev/v1alpha1
kind: ComponentRelease
metadata:
  name: cart-1
  namespace: default
spec:
  owner:
    projectName: shop
    componentName: cart
  componentType:
    kind: ComponentType
    name: deployment/web
    spec:
      workloadType: deployment
      resources:
        - id: deployment
          template:
            kind: Deployment
  workload:
    container:
      image: ${image}
${extra}`;

describe('checkImmutability', () => {
  it('reports a changed immutable field of a moved file at the new place, naming the base line', () => {
    const findings = judge({ 'bindings/cart-development.yaml': binding('staging') }, { 'cart-dev.yaml': binding('development') });
    expect(findings).toEqual([
      {
        ruleId: 'cel/transition',
        severity: 'error',
        file: 'bindings/cart-development.yaml',
        line: 11,
        column: 3,
        message: 'ReleaseBinding.openchoreo.dev "cart-dev" is invalid: spec.environment: Invalid value: "string": spec.environment is immutable (base: cart-dev.yaml:11)',
        hint: expect.stringContaining('new name'),
      },
    ]);
  });

  it('is quiet when nothing immutable changed', () => {
    expect(judge({ 'b.yaml': binding('development') }, { 'a.yaml': binding('development') })).toEqual([]);
  });

  it('reports an edited ComponentRelease once, with both lines', () => {
    const findings = judge({ 'releases/cart-1.yaml': `---\n${componentRelease('cart:2')}` }, { 'cart-1.yaml': componentRelease('cart:1') });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'immutable/component-release', severity: 'error', file: 'releases/cart-1.yaml', line: 23 });
    expect(findings[0].message).toBe(
      'ComponentRelease "cart-1" is immutable: spec.workload.container.image changed (base: cart-1.yaml:22, now: releases/cart-1.yaml:23). ' +
        'The API server rejects the update: spec.workload: Invalid value: "object": spec.workload is immutable.',
    );
    expect(findings[0].hint).toMatch(/new ComponentRelease/);
  });

  it('warns when a ComponentRelease gains an optional field the transition rules cannot see', () => {
    const profile = '  componentProfile:\n    parameters:\n      replicas: 2\n';
    const findings = judge({ 'a.yaml': componentRelease('cart:1', profile) }, { 'a.yaml': componentRelease('cart:1') });
    expect(findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['immutable/component-release', 'warning', 23]]);
  });

  it('exports rule descriptions for every rule id it can report', () => {
    expect([...immutabilityRuleInfo, ...celRuleInfo].map((r) => r.id)).toEqual(['cel/transition', 'immutable/component-release', 'cel/rule', 'cel/rule-error']);
  });
});

describe('celRuleCheck', () => {
  const workload = (env: string) => `apiVersion: openchoreo.dev/v1alpha1
kind: Workload
metadata:
  name: cart
  namespace: default
spec:
  owner: {projectName: shop, componentName: cart}
  container:
    image: cart:1
    env:
${env}`;
  const both = '      - key: A\n        value: x\n        valueFrom: {secretKeyRef: {name: s, key: k}}\n';

  it('turns plain rule violations into issues at the rule node', () => {
    const [r] = resourcesOf({ 'w.yaml': workload(both) });
    expect(celRuleCheck()(r, release, [])).toEqual([
      {
        path: ['spec', 'container', 'env', 0],
        ruleId: 'cel/rule',
        severity: 'error',
        message: 'Workload.openchoreo.dev "cart" is invalid: spec.container.env[0]: Invalid value: "object": value and valueFrom are mutually exclusive',
        hint: 'Keep either `value` or `valueFrom`, not both.',
      },
    ]);
  });

  it('skips nodes with schema errors and downgrades violations already present at the base', () => {
    const [r] = resourcesOf({ 'w.yaml': workload(both) });
    expect(celRuleCheck()(r, release, [['spec', 'container', 'env', 0, 'valueFrom']])).toEqual([]);
    const [old] = resourcesOf({ 'w.yaml': workload(both) });
    expect(celRuleCheck({ oldObjectOf: () => old.object })(r, release, []).map((i) => i.severity)).toEqual(['warning']);
  });
});
