import { describe, it, expect } from '@jest/globals';
import { checkSchemaDialect } from '../../src/core/param-schema/dialect.js';
import { ParameterSchemas } from '../../src/core/param-schema/parameter-schemas.js';
import { resolveSchemaRefs } from '../../src/core/param-schema/resolve-refs.js';
import { withStructuralDefaults } from '../../src/core/param-schema/structural-defaults.js';
import { toAjvSchema } from '../../src/core/param-schema/to-ajv-schema.js';

describe('Kubernetes schema dialect', () => {
  it.each([
    [{ type: 'object', properties: { a: { const: 1 } } }, ['properties', 'a', 'const'], 'unknown field "const"'],
    [{ type: 'object', examples: [{}] }, ['examples'], 'use `example:`'],
    [{ type: ['string', 'null'] }, ['type'], 'type arrays are not supported'],
    [{ type: 'integer', minimum: 1, exclusiveMinimum: 0 }, ['exclusiveMinimum'], 'must be a boolean'],
    [{ type: 'object', $defs: { A: { type: 'string', $comment: 'x' } } }, ['$defs', 'A', '$comment'], 'unknown field "$comment"'],
    [{ type: 'int' }, ['type'], 'unsupported type "int"'],
  ])('rejects %j', (schema, path, message) => {
    const problems = checkSchemaDialect(schema);
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(problems[0].message).toContain(message);
  });

  it('accepts the OpenAPI v3.0 subset, x-kubernetes-* and UI x-* hints', () => {
    expect(checkSchemaDialect({
      type: 'object', 'x-ui-order': 1, 'x-kubernetes-preserve-unknown-fields': true, $defs: { Q: { type: 'string' } },
      properties: { a: { $ref: '#/$defs/Q', default: 'x' }, n: { type: 'number', minimum: 0, exclusiveMinimum: true, nullable: true, example: 1 } },
    })).toEqual([]);
  });
});

describe('$defs resolution', () => {
  it('inlines local refs and merges sibling keys over the definition', () => {
    const { schema, problems } = resolveSchemaRefs({
      type: 'object',
      $defs: { Q: { type: 'object', properties: { cpu: { type: 'string', default: '100m' } } }, R: { type: 'object', properties: { requests: { $ref: '#/$defs/Q', default: {} } } } },
      properties: { resources: { $ref: '#/$defs/R', default: {} } },
    });
    expect(problems).toEqual([]);
    expect(schema).toEqual({
      type: 'object',
      properties: { resources: { type: 'object', default: {}, properties: { requests: { type: 'object', default: {}, properties: { cpu: { type: 'string', default: '100m' } } } } } },
    });
  });

  it.each([
    [{ $defs: { A: { $ref: '#/$defs/B' }, B: { $ref: '#/$defs/A' } }, properties: { x: { $ref: '#/$defs/A' } } }, 'circular $ref: A → B → A'],
    [{ properties: { x: { $ref: '#/$defs/Missing' } } }, 'names no definition'],
    [{ definitions: { A: {} }, properties: { x: { $ref: '#/definitions/A' } } }, 'only local references'],
    [{ properties: { x: { $ref: 'https://example.com/s.json' } } }, 'only local references'],
  ])('reports %j', (schema, message) => {
    const { problems } = resolveSchemaRefs(schema);
    expect(problems.map((p) => p.message).join('\n')).toContain(message);
  });
});

describe('structural defaults', () => {
  const schema = resolveSchemaRefs({
    type: 'object',
    properties: {
      replicas: { type: 'integer', default: 1 },
      resources: { type: 'object', default: {}, properties: { cpu: { type: 'string', default: '100m' } } },
      ports: { type: 'array', items: { type: 'object', properties: { protocol: { type: 'string', default: 'TCP' } } } },
    },
  }).schema;

  it('fills missing properties recursively, including under default: {} and list items', () => {
    expect(withStructuralDefaults(schema, { ports: [{}] })).toEqual({ replicas: 1, resources: { cpu: '100m' }, ports: [{ protocol: 'TCP' }] });
  });

  it('never changes its input and returns it unchanged when nothing is defaulted', () => {
    const input = { replicas: 2, resources: { cpu: '1' }, ports: [{ protocol: 'UDP' }] };
    const frozen = JSON.stringify(input);
    expect(withStructuralDefaults(schema, input)).toBe(input);
    withStructuralDefaults(schema, { ports: [{}] });
    expect(JSON.stringify(input)).toBe(frozen);
  });
});

describe('conversion for Ajv and value checks', () => {
  it('turns boolean exclusive bounds, nullable and int-or-string into draft-07', () => {
    expect(toAjvSchema({ type: 'integer', minimum: 1, exclusiveMinimum: true })).toEqual({ type: 'integer', exclusiveMinimum: 1 });
    expect(toAjvSchema({ type: 'string', nullable: true })).toEqual({ anyOf: [{ type: 'null' }, { type: 'string' }] });
    expect(toAjvSchema({ 'x-kubernetes-int-or-string': true })).toEqual({ anyOf: [{ type: 'integer' }, { type: 'string' }] });
  });

  it('compiles each distinct schema once, by content', () => {
    const schemas = new ParameterSchemas();
    const a = schemas.compile({ type: 'object', properties: { x: { type: 'string' } } });
    const b = schemas.compile({ type: 'object', properties: { x: { type: 'string' } } });
    expect(a).toBe(b);
  });

  it('validates with or without defaults', () => {
    const schemas = new ParameterSchemas();
    const raw = { type: 'object', required: ['port'], properties: { port: { type: 'integer', default: 80 }, mode: { type: 'string', enum: ['fast', 'slow'] } } };
    expect(schemas.check(raw, {}, { defaults: true })).toEqual([]);
    expect(schemas.check(raw, {}, { defaults: false }).map((p) => [p.kind, p.path, p.hasDefault])).toEqual([['required', ['port'], true]]);
    const [enumProblem] = schemas.check(raw, { port: 1, mode: 'fastt' }, { defaults: true });
    expect(enumProblem.message).toBe('Unsupported value: "fastt": supported values: "fast", "slow"');
    expect(enumProblem.hint).toBe('Did you mean "fast"?');
  });
});
