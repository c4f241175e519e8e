import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { blockSource } from '../block-yaml.js';
import { didYouMean } from '../closest.js';
import { pointerToPath, type PathSegment } from '../path.js';
import { checkSchemaDialect } from './dialect.js';
import { resolveSchemaRefs } from './resolve-refs.js';
import { isPlainObject, type SchemaProblem } from './schema-problem.js';
import { withStructuralDefaults } from './structural-defaults.js';
import { toAjvSchema } from './to-ajv-schema.js';

/** A user parameter schema made ready for validating values. */
export interface CompiledParameterSchema {
  /** After `$defs` inlining; undefined when the schema is not an object. */
  resolved: Record<string, unknown> | undefined;
  /** Dialect and `$ref` problems (reported on the type/trait/workflow that declares the schema). */
  problems: SchemaProblem[];
  /** Undefined when the schema has problems or Ajv cannot compile it: values are then not judged. */
  validate: ValidateFunction | undefined;
}

/** One thing wrong with a value; `path` is relative to the value's root (the `parameters` object). */
export interface ValueProblem {
  path: PathSegment[];
  kind: 'invalid' | 'required' | 'closed-unknown' | 'ignored-unknown';
  /** For `required`: the missing property declares a default (which ComponentRelease admission does not apply). */
  hasDefault?: boolean;
  message: string;
  hint: string;
}

export interface CheckOptions {
  /** Apply structural defaults first (render path). ComponentRelease admission checks without them. */
  defaults: boolean;
}

/**
 * Compiles each distinct parameter schema once per run (cached by object, then by content, since every
 * ComponentRelease carries its own copy of the same type schema) and checks values against it.
 */
export class ParameterSchemas {
  private readonly ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, verbose: true });
  private readonly byObject = new WeakMap<object, CompiledParameterSchema>();
  private readonly byJson = new Map<string, CompiledParameterSchema>();
  private readonly bySource = new Map<string, CompiledParameterSchema>();

  compile(raw: unknown): CompiledParameterSchema {
    if (!isPlainObject(raw)) return { resolved: undefined, problems: [], validate: undefined };
    const hit = this.byObject.get(raw);
    if (hit) return hit;
    // The schema's YAML text when the fast reader kept it (equal texts, equal schemas), else its JSON.
    const source = blockSource(raw);
    const byKey = source === undefined ? this.byJson : this.bySource;
    const key = source ?? JSON.stringify(raw);
    let compiled = byKey.get(key);
    if (!compiled) {
      compiled = this.build(raw);
      byKey.set(key, compiled);
    }
    this.byObject.set(raw, compiled);
    return compiled;
  }

  private build(raw: Record<string, unknown>): CompiledParameterSchema {
    const problems = checkSchemaDialect(raw);
    const { schema: resolved, problems: refProblems } = resolveSchemaRefs(raw);
    problems.push(...refProblems);
    let validate: ValidateFunction | undefined;
    if (resolved && problems.length === 0) {
      try {
        validate = this.ajv.compile(toAjvSchema(resolved));
      } catch (err) {
        problems.push({ path: [], message: `the schema cannot be compiled: ${(err as Error).message}` });
      }
    }
    return { resolved, problems, validate };
  }

  /** Problems of `value` against `raw`; none when the schema itself is unusable (that is reported on the schema). */
  check(raw: unknown, value: unknown, options: CheckOptions): ValueProblem[] {
    const compiled = this.compile(raw);
    if (!compiled.validate || !compiled.resolved) return [];
    const input = value === undefined || value === null ? {} : value;
    const data = options.defaults ? withStructuralDefaults(compiled.resolved, input) : input;
    const out: ValueProblem[] = [];
    if (!compiled.validate(data)) {
      const seen = new Set<string>();
      for (const error of compiled.validate.errors ?? []) {
        const problem = describe(error, data);
        const key = problem.path.join('\u0000');
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(problem);
      }
    }
    collectIgnoredKeys(compiled.resolved, input, [], out, 0);
    return out;
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function describe(error: ErrorObject, data: unknown): ValueProblem {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  let value: unknown = data;
  for (const seg of path) value = (value as Record<string | number, unknown> | undefined)?.[seg];
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const props = (error.parentSchema as Record<string, unknown> | undefined)?.properties;
      const sub = isPlainObject(props) ? props[missing] : undefined;
      const hasDefault = isPlainObject(sub) && sub.default !== undefined;
      return { path: [...path, missing], kind: 'required', hasDefault, message: 'Required value', hint: '' };
    }
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const schema = error.parentSchema as Record<string, unknown> | undefined;
      const known = isPlainObject(schema?.properties) ? Object.keys(schema.properties) : [];
      return {
        path: [...path, name],
        kind: 'closed-unknown',
        message: `unknown field "${name}" (the schema sets additionalProperties: false)`,
        hint: didYouMean(name, known) || (known.length ? `Known fields: ${known.join(', ')}.` : ''),
      };
    }
    case 'type':
      return { path, kind: 'invalid', message: `must be of type ${String(params.type)}: "${typeOf(value)}"`, hint: '' };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      const hint = typeof value === 'string' ? didYouMean(value, (params.allowedValues as unknown[]).map(String)) : '';
      return { path, kind: 'invalid', message: `Unsupported value: ${JSON.stringify(value)}: supported values: ${allowed}`, hint };
    }
    case 'pattern':
      return { path, kind: 'invalid', message: `should match '${String(params.pattern)}'`, hint: '' };
    default:
      return { path, kind: 'invalid', message: error.message ?? `fails "${error.keyword}"`, hint: '' };
  }
}

/** Keys a schema does not declare and does not close: Kubernetes accepts and ignores them (a typo falls back silently). */
function collectIgnoredKeys(schema: Record<string, unknown>, value: unknown, path: PathSegment[], out: ValueProblem[], depth: number): void {
  if (depth > 64 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    if (isPlainObject(schema.items)) value.forEach((item, i) => collectIgnoredKeys(schema.items as Record<string, unknown>, item, [...path, i], out, depth + 1));
    return;
  }
  const properties = isPlainObject(schema.properties) ? schema.properties : undefined;
  const additional = schema.additionalProperties;
  const open = additional === undefined || additional === true;
  const combined = schema.allOf !== undefined || schema.anyOf !== undefined || schema.oneOf !== undefined;
  const freeForm = schema['x-kubernetes-preserve-unknown-fields'] === true || schema.patternProperties !== undefined;
  for (const [key, child] of Object.entries(value)) {
    const sub = properties?.[key];
    if (isPlainObject(sub)) {
      collectIgnoredKeys(sub, child, [...path, key], out, depth + 1);
    } else if (isPlainObject(additional)) {
      collectIgnoredKeys(additional, child, [...path, key], out, depth + 1);
    } else if (properties && open && !combined && !freeForm) {
      const known = Object.keys(properties);
      out.push({
        path: [...path, key],
        kind: 'ignored-unknown',
        message: `"${key}" is not declared in the schema; it is accepted but ignored`,
        hint: didYouMean(key, known) || `Declared: ${known.join(', ')}.`,
      });
    }
  }
}
