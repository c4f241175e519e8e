import { isPlainObject } from './schema-problem.js';

const DROPPED = new Set(['$schema', 'id', 'example', 'externalDocs', 'definitions', 'nullable', 'format']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'dependencies']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const SCHEMA_SINGLES = new Set(['not', 'additionalProperties', 'additionalItems', 'items']);

/**
 * Turns a resolved Kubernetes (OpenAPI v3.0) schema node into what Ajv (draft-07) understands with the same
 * meaning: boolean exclusive bounds become numeric ones, `nullable` admits null, int-or-string becomes an anyOf,
 * vendor extensions and formats (type annotations here) are dropped; `default` stays as an annotation.
 */
export function toAjvSchema(node: Record<string, unknown>, depth = 0): Record<string, unknown> {
  if (depth > 64) return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') continue;
    if (SCHEMA_MAPS.has(key) && isPlainObject(value)) {
      const map: Record<string, unknown> = {};
      for (const [name, child] of Object.entries(value)) map[name] = isPlainObject(child) ? toAjvSchema(child, depth + 1) : child;
      out[key] = map;
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((child) => (isPlainObject(child) ? toAjvSchema(child, depth + 1) : child));
    } else if (SCHEMA_SINGLES.has(key) && isPlainObject(value)) {
      out[key] = toAjvSchema(value, depth + 1);
    } else if (key === 'items' && Array.isArray(value)) {
      out[key] = value.map((child) => (isPlainObject(child) ? toAjvSchema(child, depth + 1) : child));
    } else {
      out[key] = value;
    }
  }
  if (node.exclusiveMinimum === true && typeof node.minimum === 'number') {
    out.exclusiveMinimum = node.minimum;
    delete out.minimum;
  }
  if (node.exclusiveMaximum === true && typeof node.maximum === 'number') {
    out.exclusiveMaximum = node.maximum;
    delete out.maximum;
  }
  if (node['x-kubernetes-int-or-string'] === true) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (node.nullable === true) {
    return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}
