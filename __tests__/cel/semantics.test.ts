import { describe, it, expect } from '@jest/globals';
import type { CrdInfo, StructuralSchema } from '../../src/core/crd.js';
import { compileKindRules } from '../../src/core/cel/compile.js';
import { evaluateRules } from '../../src/core/cel/evaluate.js';
import { withDefaults } from '../../src/core/cel/defaults.js';
import { skipAroundErrors } from '../../src/core/cel/skip.js';
import { firstDifference } from '../../src/core/cel/compare.js';
import { apiServerMessage } from '../../src/core/cel/message.js';
import { unchecked } from './evaluate-kind.js';

type Rule = NonNullable<StructuralSchema['x-kubernetes-validations']>[number];

/** A made-up CRD whose `spec` has the given schema. A new object per call, so compile caching is per test. */
function crd(spec: StructuralSchema, rootRules: Rule[] = []): CrdInfo {
  return {
    group: 'example.dev',
    version: 'v1',
    apiVersions: ['example.dev/v1'],
    scope: 'Namespaced',
    plural: 'things',
    shortNames: [],
    schema: { type: 'object', properties: { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, spec, status: { type: 'object', 'x-kubernetes-validations': [{ rule: 'false' }] } }, 'x-kubernetes-validations': rootRules },
  };
}
const run = (c: CrdInfo, spec: unknown, oldSpec?: unknown, extra: Record<string, unknown> = {}) =>
  evaluateRules(compileKindRules(c), { kind: 'Thing', metadata: { name: 'n', labels: { a: 'b' } }, spec, ...extra }, oldSpec === undefined ? undefined : { kind: 'Thing', metadata: { name: 'n' }, spec: oldSpec });
const lines = (...args: Parameters<typeof run>) => run(...args).map((v) => v.message);

describe('values as the API server types them', () => {
  it('integer fields are CEL ints (arithmetic works), number fields doubles', () => {
    const c = crd({ type: 'object', properties: { port: { type: 'integer' }, ratio: { type: 'number' } }, 'x-kubernetes-validations': [{ rule: 'self.port + 1 > 80 && self.ratio * 2.0 < 3.0', message: 'bad' }] });
    expect(lines(c, { port: 80, ratio: 1 })).toEqual([]);
    expect(lines(c, { port: 79, ratio: 1 })).toEqual(['spec: Invalid value: "object": bad']);
  });

  it('a missing field read without has() is a runtime error worded like cel-go', () => {
    const c = crd({ type: 'object', properties: { a: { type: 'string' } }, 'x-kubernetes-validations': [{ rule: "self.a == 'x'" }] });
    const [v] = run(c, {});
    expect(v.message).toBe('spec: Invalid value: "object": no such key: a evaluating rule: self.a == \'x\'');
    expect(v.outcome).toBe('error');
  });

  it('fields the schema does not declare are invisible (pruned); rules on absent nodes do not run', () => {
    const c = crd({ type: 'object', properties: { a: { type: 'string', 'x-kubernetes-validations': [{ rule: 'false', message: 'never' }] } }, 'x-kubernetes-validations': [{ rule: '!has(self.extra)' }] });
    expect(lines(c, { extra: 'x' })).toEqual([]);
    expect(lines(c, { a: 'x' })).toEqual(['spec.a: Invalid value: "string": never']);
  });

  it('at the root, only apiVersion, kind and metadata.name/generateName are visible, and status is never judged', () => {
    const c = crd({ type: 'object' }, [{ rule: "self.metadata.name == 'n' && !has(self.metadata.labels) && self.kind == 'Thing'" }]);
    expect(lines(c, {}, undefined, { status: { x: 1 } })).toEqual([]);
  });

  it('map values are checked per key and their path is printed k8s-style', () => {
    const c = crd({ type: 'object', properties: { headers: { type: 'object', additionalProperties: { type: 'object', properties: { value: { type: 'string' } }, 'x-kubernetes-validations': [{ rule: 'has(self.value)', message: 'value required' }] } } } });
    expect(lines(c, { headers: { 'X-Token': {}, ok: { value: 'v' } } })).toEqual(['spec.headers[X-Token]: Invalid value: "object": value required']);
  });
});

describe('rule options', () => {
  it('without a message, the failed rule is quoted', () => {
    expect(lines(crd({ type: 'object', 'x-kubernetes-validations': [{ rule: '1 == 2' }] }), {})).toEqual(['spec: Invalid value: "object": failed rule: 1 == 2']);
  });

  it('messageExpression, reason and fieldPath', () => {
    const c = crd({
      type: 'object',
      properties: { name: { type: 'string' }, list: { type: 'array', items: { type: 'string' } } },
      'x-kubernetes-validations': [
        { rule: "self.name != 'x'", messageExpression: "'name ' + self.name + ' is taken'", reason: 'FieldValueForbidden', fieldPath: '.name' },
        { rule: 'size(self.list) < 2', message: 'too many', reason: 'FieldValueRequired', fieldPath: ".list" },
        { rule: 'false', messageExpression: "'two\\nlines'", message: 'fallback' },
      ],
    });
    expect(lines(c, { name: 'x', list: ['a', 'b'] })).toEqual([
      'spec.name: Forbidden: name x is taken',
      'spec.list: Required value: too many',
      'spec: Invalid value: "object": fallback',
    ]);
  });
});

describe('transition rules and correlation', () => {
  const itemRule = { rule: 'self == oldSelf', message: 'frozen' };
  const listOf = (listType: 'map' | 'atomic' | 'set') =>
    crd({
      type: 'object',
      properties: {
        items: {
          type: 'array',
          'x-kubernetes-list-type': listType,
          ...(listType === 'map' ? { 'x-kubernetes-list-map-keys': ['id'] } : {}),
          items: { type: 'object', properties: { id: { type: 'string' }, v: { type: 'string' } }, 'x-kubernetes-validations': [itemRule] },
        },
      },
    });

  it('map-list items correlate by key, whatever their position', () => {
    const c = listOf('map');
    expect(lines(c, { items: [{ id: 'b', v: '2' }, { id: 'a', v: '1' }] }, { items: [{ id: 'a', v: '1' }, { id: 'b', v: '2' }] })).toEqual([]);
    expect(lines(c, { items: [{ id: 'b', v: '3' }, { id: 'a', v: '1' }] }, { items: [{ id: 'a', v: '1' }, { id: 'b', v: '2' }] })).toEqual(['spec.items[0]: Invalid value: "object": frozen']);
    expect(lines(c, { items: [{ id: 'c', v: '9' }] }, { items: [{ id: 'a', v: '1' }] })).toEqual([]);
  });

  it('atomic and set list items never get an oldSelf', () => {
    for (const t of ['atomic', 'set'] as const) {
      expect(lines(listOf(t), { items: [{ id: 'a', v: '2' }] }, { items: [{ id: 'a', v: '1' }] })).toEqual([]);
    }
  });

  it('self == oldSelf ignores the order of set lists', () => {
    const c = crd({ type: 'object', properties: { tags: { type: 'array', 'x-kubernetes-list-type': 'set', items: { type: 'string' }, 'x-kubernetes-validations': [itemRule] } } });
    expect(lines(c, { tags: ['a', 'b'] }, { tags: ['b', 'a'] })).toEqual([]);
    expect(lines(c, { tags: ['a', 'c'] }, { tags: ['b', 'a'] })).toEqual(['spec.tags: Invalid value: "array": frozen']);
  });

  it('ratcheting: a plain rule failing on an unchanged node is marked, a changed one is not', () => {
    const c = crd({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'string', 'x-kubernetes-validations': [{ rule: "self != 'bad'" }] } } });
    expect(run(c, { a: 'new', b: 'bad' }, { a: 'old', b: 'bad' }).map((v) => v.ratcheted)).toEqual([true]);
    expect(run(c, { b: 'bad' }, { b: 'fine' }).map((v) => v.ratcheted)).toEqual([false]);
    expect(run(c, { b: 'bad' }).map((v) => v.ratcheted)).toEqual([false]);
  });

  it('only: plain or transition', () => {
    const c = crd({ type: 'object', properties: { a: { type: 'string', 'x-kubernetes-validations': [itemRule, { rule: "self != 'bad'" }] } } });
    const objects = [{ spec: { a: 'bad' } }, { spec: { a: 'good' } }] as const;
    const compiled = compileKindRules(c);
    expect(evaluateRules(compiled, objects[0], objects[1], { only: 'transition' }).map((v) => v.transition)).toEqual([true]);
    expect(evaluateRules(compiled, objects[0], objects[1], { only: 'plain' }).map((v) => v.transition)).toEqual([false]);
  });
});

describe('helpers', () => {
  it('withDefaults fills absent and null fields inside existing objects, without touching the input', () => {
    const schema: StructuralSchema = {
      type: 'object',
      properties: { ref: { type: 'object', default: { name: 'x' }, properties: { name: { type: 'string' }, kind: { type: 'string', default: 'K' } } }, list: { type: 'array', items: { type: 'object', properties: { on: { type: 'boolean', default: false } } } } },
    };
    const input = { list: [{}, { on: true }], other: null };
    const out = withDefaults(input, schema);
    expect(out).toEqual({ ref: { name: 'x', kind: 'K' }, list: [{ on: false }, { on: true }], other: null });
    expect(input).toEqual({ list: [{}, { on: true }], other: null });
    const done = withDefaults(out, schema);
    expect(done).toBe(out);
  });

  it('skipAroundErrors skips nodes at, above and below an error, not siblings', () => {
    const skip = skipAroundErrors([['spec', 'env', 1, 'value']])!;
    expect([['spec'], ['spec', 'env', 1], ['spec', 'env', 1, 'value', 'x'], ['spec', 'env', 0], ['spec', 'files']].map((p) => skip(p))).toEqual([true, true, true, false, false]);
    expect(skipAroundErrors([])).toBeUndefined();
  });

  it('firstDifference names the changed node', () => {
    const schema: StructuralSchema = { type: 'object', properties: { a: { type: 'object', properties: { b: { type: 'array', items: { type: 'string' } } } } } };
    expect(firstDifference({ a: { b: ['x', 'y'] } }, { a: { b: ['x', 'z'] } }, schema)).toEqual(['a', 'b', 1]);
    expect(firstDifference({ a: { b: ['x'] } }, { a: { b: ['x'] } }, schema)).toBeUndefined();
    expect(firstDifference({}, { a: {} }, schema)).toEqual(['a']);
  });

  it('apiServerMessage joins several errors in brackets', () => {
    expect(apiServerMessage('Environment', 'openchoreo.dev', 'dev', ['a: x', 'a: x'])).toBe('Environment.openchoreo.dev "dev" is invalid: a: x');
    expect(apiServerMessage('Environment', 'openchoreo.dev', 'dev', ['a: x', 'b: y'])).toBe('Environment.openchoreo.dev "dev" is invalid: [a: x, b: y]');
  });
});

describe('real CRD: notification channel headers (map values)', () => {
  it('needs exactly one of value and valueFrom per header', () => {
    const channel = (headers: Record<string, unknown>) => ({
      apiVersion: 'openchoreo.dev/v1alpha1',
      kind: 'ObservabilityAlertsNotificationChannel',
      metadata: { name: 'c', namespace: 'default' },
      spec: { environment: 'dev', type: 'webhook', webhookConfig: { url: 'https://x', headers } },
    });
    expect(unchecked('1.2', channel({ 'X-Token': {}, 'X-Ok': { value: 'v' } })).map((v) => v.message)).toEqual([
      'spec.webhookConfig.headers[X-Token]: Invalid value: "object": exactly one of value or valueFrom must be set',
    ]);
  });
});
