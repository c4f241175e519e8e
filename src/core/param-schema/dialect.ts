import type { PathSegment } from '../path.js';
import { isPlainObject, type SchemaProblem } from './schema-problem.js';

/** Keys of Kubernetes `JSONSchemaProps` (the OpenAPI v3.0 subset OpenChoreo accepts in parameter schemas). */
const KNOWN_KEYS = new Set([
  '$schema', 'id', '$ref', 'description', 'type', 'format', 'title', 'default', 'maximum', 'exclusiveMaximum',
  'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems',
  'multipleOf', 'enum', 'maxProperties', 'minProperties', 'required', 'items', 'allOf', 'oneOf', 'anyOf', 'not',
  'properties', 'additionalProperties', 'patternProperties', 'dependencies', 'additionalItems', 'definitions',
  'externalDocs', 'example', 'nullable',
  'x-kubernetes-preserve-unknown-fields', 'x-kubernetes-embedded-resource', 'x-kubernetes-int-or-string',
  'x-kubernetes-list-map-keys', 'x-kubernetes-list-type', 'x-kubernetes-map-type', 'x-kubernetes-validations',
]);

const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

/** Hints for JSON Schema keywords people bring from newer drafts. */
const REPLACEMENTS: Record<string, string> = {
  const: 'use `enum: [value]`',
  examples: 'use `example:` (one value)',
  $id: 'remove it (or use `id`)',
  $comment: 'use a YAML comment or `description`',
  readOnly: 'remove it',
  writeOnly: 'remove it',
  deprecated: 'say so in `description`',
  if: 'express the condition with `oneOf`/`anyOf`',
  then: 'express the condition with `oneOf`/`anyOf`',
  else: 'express the condition with `oneOf`/`anyOf`',
  prefixItems: 'use `items` with one schema',
  unevaluatedProperties: 'use `additionalProperties`',
  dependentRequired: 'use `dependencies`',
  dependentSchemas: 'use `dependencies`',
  contentEncoding: 'remove it',
  contentMediaType: 'remove it',
};

/** A schema-valued child of a node: where it is and whether it is a map of schemas or a list of them. */
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions'] as const;
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
const SCHEMA_SINGLES = ['not', 'additionalProperties', 'additionalItems'] as const;

/**
 * Keywords the Kubernetes API types would not decode (OpenChoreo's webhook reports them as
 * `openAPIV3Schema contains unknown or invalid fields`). Other `x-*` keys are UI hints and are stripped, so allowed.
 */
export function checkSchemaDialect(root: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  if (!isPlainObject(root)) {
    if (root !== undefined) problems.push({ path: [], message: 'openAPIV3Schema must be an object' });
    return problems;
  }
  const defs = root.$defs;
  if (defs !== undefined && !isPlainObject(defs)) problems.push({ path: ['$defs'], message: '$defs must be a map of schemas' });
  else if (defs) for (const [name, def] of Object.entries(defs)) walk(def, ['$defs', name], problems, 1);
  walk(root, [], problems, 0, true);
  return problems;
}

function walk(node: unknown, path: PathSegment[], problems: SchemaProblem[], depth: number, isRoot = false): void {
  if (depth > 64) return;
  if (!isPlainObject(node)) {
    problems.push({ path, message: `a schema must be an object, not ${node === null ? 'null' : typeof node}` });
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === '$defs' && isRoot) continue;
    if (key.startsWith('x-') && !key.startsWith('x-kubernetes-')) continue;
    if (!KNOWN_KEYS.has(key)) {
      const instead = key === '$defs' ? 'define it under the top-level `$defs`' : REPLACEMENTS[key];
      problems.push({
        path: [...path, key],
        message: `unknown field "${key}": Kubernetes JSONSchemaProps does not support it${instead ? ` (${instead})` : ''}`,
      });
      continue;
    }
    checkKeyword(key, value, [...path, key], problems);
  }
  for (const key of SCHEMA_MAPS) {
    const map = node[key];
    if (isPlainObject(map)) for (const [name, child] of Object.entries(map)) walk(child, [...path, key, name], problems, depth + 1);
  }
  for (const key of SCHEMA_LISTS) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((child, i) => walk(child, [...path, key, i], problems, depth + 1));
  }
  for (const key of SCHEMA_SINGLES) {
    if (isPlainObject(node[key])) walk(node[key], [...path, key], problems, depth + 1);
  }
  const items = node.items;
  if (Array.isArray(items)) items.forEach((child, i) => walk(child, [...path, 'items', i], problems, depth + 1));
  else if (items !== undefined) walk(items, [...path, 'items'], problems, depth + 1);
  const deps = node.dependencies;
  if (isPlainObject(deps)) {
    for (const [name, dep] of Object.entries(deps)) if (!Array.isArray(dep)) walk(dep, [...path, 'dependencies', name], problems, depth + 1);
  }
}

function checkKeyword(key: string, value: unknown, path: PathSegment[], problems: SchemaProblem[]): void {
  switch (key) {
    case 'type':
      if (Array.isArray(value)) {
        problems.push({ path, message: 'type must be a single string; type arrays are not supported (use `nullable: true` for null)' });
      } else if (typeof value !== 'string' || !TYPES.has(value)) {
        problems.push({ path, message: `unsupported type ${JSON.stringify(value)}: use one of ${[...TYPES].join(', ')}` });
      }
      return;
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      if (typeof value !== 'boolean') {
        const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
        problems.push({ path, message: `${key} must be a boolean in OpenAPI v3.0 (write \`${bound}: ${String(value)}\` with \`${key}: true\`)` });
      }
      return;
    case 'required':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) problems.push({ path, message: 'required must be a list of property names' });
      return;
    case 'enum':
      if (!Array.isArray(value)) problems.push({ path, message: 'enum must be a list' });
      return;
    case 'properties':
    case 'patternProperties':
    case 'definitions':
      if (!isPlainObject(value)) problems.push({ path, message: `${key} must be a map of schemas` });
      return;
    case 'allOf':
    case 'anyOf':
    case 'oneOf':
      if (!Array.isArray(value)) problems.push({ path, message: `${key} must be a list of schemas` });
      return;
    case 'additionalProperties':
    case 'additionalItems':
      if (typeof value !== 'boolean' && !isPlainObject(value)) problems.push({ path, message: `${key} must be a boolean or a schema` });
      return;
    case '$ref':
      if (typeof value !== 'string') problems.push({ path, message: '$ref must be a string' });
      return;
    case 'pattern':
      if (typeof value !== 'string') problems.push({ path, message: 'pattern must be a string' });
      return;
    default:
      return;
  }
}
