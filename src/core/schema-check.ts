import type { AjvError, StructuralSchema } from './crd.js';
import { didYouMean } from './closest.js';
import type { Issue } from './issue.js';
import { checkMetadata } from './metadata.js';
import { formatPath, pointerToPath, type PathSegment } from './path.js';
import type { Release } from './releases.js';
import { findSchemaPaths, forEachAt, schemaAt } from './schema-node.js';

export interface SchemaResult {
  issues: Issue[];
  /** Paths where the schema check failed; CEL rules at or below them are not run (as the API server). */
  errorPaths: PathSegment[][];
}

/** Hints for fields that older OpenChoreo releases or the old docs used. */
const LEGACY_FIELD_HINTS: Record<string, string> = {
  containers: 'From OpenChoreo 1.0 a Workload has one `container:` (not a `containers:` map): move `containers.<name>.*` up to `container.*`.',
  secretRef: 'From OpenChoreo 1.0 use `valueFrom.secretKeyRef: {name: <SecretReference>, key: <secretKey>}`.',
  componentTypeEnvOverrides: 'From OpenChoreo 1.0 this field is `componentTypeEnvironmentConfigs`.',
  traitOverrides: 'From OpenChoreo 1.0 this field is `traitEnvironmentConfigs`.',
  schema: 'From OpenChoreo 1.0 schemas live in `parameters.openAPIV3Schema` and `environmentConfigs.openAPIV3Schema`.',
};

/**
 * Removes null map values in place (the API server drops nulls for non-nullable fields before validation).
 * Returns true when it removed any.
 */
export function dropNulls(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > 200) return false;
  let dropped = false;
  if (Array.isArray(value)) {
    for (const item of value) dropped = dropNulls(item, depth + 1) || dropped;
    return dropped;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (record[key] === null) {
      delete record[key];
      dropped = true;
    } else {
      dropped = dropNulls(record[key], depth + 1) || dropped;
    }
  }
  return dropped;
}

function typeName(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'object') return 'object';
  return typeof value;
}

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `"${typeName(value)}"`;
}

function valueAtPath(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}

function issueFromAjv(err: AjvError, object: unknown, schema: StructuralSchema): Issue | undefined {
  const at = pointerToPath(err.instancePath);
  const value = valueAtPath(object, at);
  const p = formatPath(at);
  const params = err.params;
  switch (err.keyword) {
    case 'required': {
      const field = String(params.missingProperty);
      const path = [...at, field];
      return { path, ruleId: 'schema/required', severity: 'error', message: `${formatPath(path)}: Required value.`, hint: `Add \`${field}\` under ${p === '<root>' ? 'the document root' : `\`${p}\``}.` };
    }
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const path = [...at, field];
      const known = Object.keys(schemaAt(schema, at)?.properties ?? {});
      const hint = LEGACY_FIELD_HINTS[field] ?? (didYouMean(field, known) || (known.length ? `Known fields here: ${known.join(', ')}.` : 'Remove the field.'));
      return { path, ruleId: 'schema/unknown-field', severity: 'error', message: `.${formatPath(path)}: field not declared in schema (server-side apply rejects unknown fields).`, hint };
    }
    case 'type': {
      const expected = String(params.type);
      const hint = typeof value === 'number' || typeof value === 'boolean'
        ? `Quote the value if it is meant as text: "${String(value)}".`
        : `Write a value of type ${expected} here.`;
      return { path: at, ruleId: 'schema/type', severity: 'error', message: `${p}: Invalid value: "${typeName(value)}": must be of type ${expected}.`, hint };
    }
    case 'anyOf':
      return { path: at, ruleId: 'schema/type', severity: 'error', message: `${p}: Invalid value: "${typeName(value)}": must be an integer or a string.`, hint: 'Write a number or a quoted string.' };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      const names = allowed.map(String);
      const hint = (typeof value === 'string' && didYouMean(value, names)) || `Use one of: ${names.join(', ')}.`;
      return { path: at, ruleId: 'schema/enum', severity: 'error', message: `${p}: Unsupported value: ${shown(value)}: supported values: ${allowed.map((v) => JSON.stringify(v)).join(', ')}.`, hint };
    }
    case 'pattern':
      return { path: at, ruleId: 'schema/pattern', severity: 'error', message: `${p}: Invalid value: ${shown(value)}: should match '${String(params.pattern)}'.`, hint: 'Change the value so it matches the pattern.' };
    case 'minLength':
      return { path: at, ruleId: 'schema/range', severity: 'error', message: `${p}: Invalid value: ${shown(value)}: should be at least ${String(params.limit)} chars long.`, hint: 'Write a non-empty value.' };
    case 'maxLength':
      return { path: at, ruleId: 'schema/range', severity: 'error', message: `${p}: Too long: may not be more than ${String(params.limit)} characters.`, hint: 'Shorten the value.' };
    case 'minItems':
      return { path: at, ruleId: 'schema/range', severity: 'error', message: `${p}: Invalid value: ${Array.isArray(value) ? value.length : 0}: should have at least ${String(params.limit)} items.`, hint: 'Add the missing items.' };
    case 'maxItems':
      return { path: at, ruleId: 'schema/range', severity: 'error', message: `${p}: Too many: ${Array.isArray(value) ? value.length : 0}: must have at most ${String(params.limit)} items.`, hint: 'Remove items.' };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path: at, ruleId: 'schema/range', severity: 'error', message: `${p}: Invalid value: ${shown(value)}: should be ${String(params.comparison)} ${String(params.limit)}.`, hint: 'Use a value inside the allowed range.' };
    case 'minProperties':
    case 'maxProperties':
      return { path: at, ruleId: 'schema/range', severity: 'error', message: `${p}: Invalid value: should have ${err.keyword === 'minProperties' ? 'at least' : 'at most'} ${String(params.limit)} properties.`, hint: '' };
    case 'uniqueItems':
      return { path: [...at, Number(params.j)], ruleId: 'schema/duplicate', severity: 'error', message: `${formatPath([...at, Number(params.j)])}: Duplicate value: ${shown(valueAtPath(value, [Number(params.j)]))}.`, hint: 'Remove the repeated item; this list is a set.' };
    default:
      return { path: at, ruleId: 'schema/invalid', severity: 'error', message: `${p}: Invalid value: ${err.message ?? err.keyword}.`, hint: '' };
  }
}

const listMapCache = new WeakMap<StructuralSchema, { path: (string | '*')[]; keys: string[] }[]>();

function listMaps(schema: StructuralSchema) {
  let hit = listMapCache.get(schema);
  if (!hit) {
    hit = findSchemaPaths(schema, (n) => n['x-kubernetes-list-type'] === 'map').map((path) => ({
      path,
      keys: (schemaAt(schema, path.map((s) => (s === '*' ? 0 : s))) ?? {})['x-kubernetes-list-map-keys'] ?? [],
    }));
    listMapCache.set(schema, hit);
  }
  return hit;
}

/** `x-kubernetes-list-type: map`: items must be unique by their key fields. */
function listMapIssues(object: unknown, schema: StructuralSchema): Issue[] {
  const issues: Issue[] = [];
  for (const { path, keys } of listMaps(schema)) {
    if (!keys.length) continue;
    forEachAt(object, path, (list, at) => {
      if (!Array.isArray(list)) return;
      const seen = new Map<string, number>();
      list.forEach((item, i) => {
        if (item === null || typeof item !== 'object') return;
        const key = JSON.stringify(keys.map((k) => (item as Record<string, unknown>)[k]));
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, i);
          return;
        }
        const desc = keys.map((k) => `${k}=${JSON.stringify((item as Record<string, unknown>)[k])}`).join(', ');
        issues.push({ path: [...at, i], ruleId: 'schema/duplicate', severity: 'error', message: `${formatPath([...at, i])}: Duplicate value: map list item with ${desc} (already at index ${first}).`, hint: `Items of ${formatPath(at)} are keyed by ${keys.join(', ')}; merge or rename the duplicate.` });
      });
    });
  }
  return issues;
}

/**
 * Judges one OpenChoreo object against its kind's CRD schema in the given release, as the API server does with
 * server-side apply: nulls dropped, CRD defaults applied (in place), unknown fields rejected, list-map keys
 * unique, metadata checked.
 */
export function checkSchema(object: Record<string, unknown>, kind: string, release: Release): SchemaResult {
  const crd = release.crds[kind];
  if (!crd) return { issues: [], errorPaths: [] };
  const validate = release.validators[kind];
  if (!validate) throw new Error(`Schema validators of OpenChoreo ${release.tag} are not loaded (call loadValidators first).`);
  const issues: Issue[] = [];
  // The API server drops null values before validating. Nulls are rare and only change the verdict of an
  // object that fails, so the (whole-object) pass to drop them runs only then, followed by a second look.
  let valid = validate(object);
  if (!valid && dropNulls(object)) valid = validate(object);
  if (!valid) {
    const errors = validate.errors ?? [];
    const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
    for (const err of errors) {
      if (err.keyword === 'type' && anyOfPaths.has(err.instancePath)) continue;
      const issue = issueFromAjv(err, object, crd.schema);
      if (issue) issues.push(issue);
    }
  }
  issues.push(...listMapIssues(object, crd.schema));
  issues.push(...checkMetadata(object, crd.scope === 'Cluster'));
  return { issues, errorPaths: issues.filter((i) => i.severity === 'error').map((i) => i.path) };
}
