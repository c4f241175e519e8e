import type { PathSegment } from '../path.js';
import { isPlainObject, type SchemaProblem } from './schema-problem.js';

export interface ResolvedSchema {
  /** The schema with every `$ref` inlined and `$defs` removed; undefined when the input is not an object. */
  schema: Record<string, unknown> | undefined;
  problems: SchemaProblem[];
}

const MAX_DEPTH = 64;
const LOCAL_REF = /^#\/\$defs\/([^/]+)$/;
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', 'dependencies'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];
const SCHEMA_SINGLES = ['not', 'additionalProperties', 'additionalItems'];

/**
 * Inlines local `#/$defs/<Name>` references the way OpenChoreo does before handing a parameter schema to
 * Kubernetes: keys next to `$ref` are merged over the definition, other references, missing definitions and
 * cycles are errors, nesting is limited to 64 levels, and `$defs` is dropped afterwards.
 */
export function resolveSchemaRefs(root: unknown): ResolvedSchema {
  const problems: SchemaProblem[] = [];
  if (!isPlainObject(root)) return { schema: undefined, problems };
  const defs = isPlainObject(root.$defs) ? root.$defs : {};
  const resolvedDefs = new Map<string, Record<string, unknown> | undefined>();

  const resolveDef = (name: string, stack: string[], depth: number): Record<string, unknown> | undefined => {
    if (resolvedDefs.has(name)) return resolvedDefs.get(name);
    const raw = defs[name];
    const out = isPlainObject(raw) ? resolveNode(raw, ['$defs', name], [...stack, name], depth) : undefined;
    resolvedDefs.set(name, out);
    return out;
  };

  const resolveNode = (
    node: Record<string, unknown>,
    path: PathSegment[],
    stack: string[],
    depth: number,
  ): Record<string, unknown> => {
    if (depth > MAX_DEPTH) {
      problems.push({ path, message: `schema nesting is deeper than ${MAX_DEPTH} levels` });
      return {};
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$defs' || key === '$ref') continue;
      out[key] = resolveChild(key, value, [...path, key], stack, depth);
    }
    const ref = node.$ref;
    if (typeof ref !== 'string') return out;
    const match = LOCAL_REF.exec(ref);
    if (!match) {
      problems.push({ path: [...path, '$ref'], message: `unsupported $ref "${ref}": only local references of the form "#/$defs/<Name>" are allowed` });
      return out;
    }
    const name = decodeURIComponent(match[1]);
    if (stack.includes(name)) {
      const cycle = [...stack.slice(stack.indexOf(name)), name].join(' → ');
      problems.push({ path: [...path, '$ref'], message: `circular $ref: ${cycle}` });
      return out;
    }
    if (!(name in defs)) {
      const known = Object.keys(defs);
      problems.push({
        path: [...path, '$ref'],
        message: `$ref "${ref}" names no definition in $defs${known.length ? ` (defined: ${known.join(', ')})` : ''}`,
      });
      return out;
    }
    const target = resolveDef(name, stack, depth + 1);
    return target ? { ...target, ...out } : out;
  };

  const resolveChild = (key: string, value: unknown, path: PathSegment[], stack: string[], depth: number): unknown => {
    if (SCHEMA_MAPS.includes(key) && isPlainObject(value)) {
      const map: Record<string, unknown> = {};
      for (const [name, child] of Object.entries(value)) {
        map[name] = isPlainObject(child) ? resolveNode(child, [...path, name], stack, depth + 1) : child;
      }
      return map;
    }
    if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) {
      return value.map((child, i) => (isPlainObject(child) ? resolveNode(child, [...path, i], stack, depth + 1) : child));
    }
    if ((SCHEMA_SINGLES.includes(key) || key === 'items') && isPlainObject(value)) {
      return resolveNode(value, path, stack, depth + 1);
    }
    if (key === 'items' && Array.isArray(value)) {
      return value.map((child, i) => (isPlainObject(child) ? resolveNode(child, [...path, i], stack, depth + 1) : child));
    }
    return value;
  };

  const schema = resolveNode(root, [], [], 0);
  return { schema, problems };
}
