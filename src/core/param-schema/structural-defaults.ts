import { isPlainObject } from './schema-problem.js';

/**
 * Kubernetes structural defaulting on a resolved schema: a missing (or null, unless nullable) property with a
 * `default` gets a copy of it, recursively (so `default: {}` picks up nested defaults), through `properties`,
 * `items` and `additionalProperties`. Copy-on-write: the input is never changed and is returned as is when no
 * default applies.
 */
export function withStructuralDefaults(schema: Record<string, unknown> | undefined, value: unknown, depth = 0): unknown {
  if (!schema || depth > 64) return value;
  if (Array.isArray(value)) {
    const items = schema.items;
    if (!isPlainObject(items)) return value;
    let out: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = withStructuralDefaults(items, item, depth + 1);
      if (next !== item) (out ??= [...value])[i] = next;
    });
    return out ?? value;
  }
  if (!isPlainObject(value)) return value;
  let out: Record<string, unknown> | undefined;
  const properties = isPlainObject(schema.properties) ? schema.properties : undefined;
  if (properties) {
    for (const [key, sub] of Object.entries(properties)) {
      if (!isPlainObject(sub)) continue;
      let child = value[key];
      if ((child === undefined || (child === null && sub.nullable !== true)) && 'default' in sub) {
        child = structuredClone(sub.default);
      }
      const next = withStructuralDefaults(sub, child, depth + 1);
      if (next !== value[key]) (out ??= { ...value })[key] = next;
    }
  }
  const additional = schema.additionalProperties;
  if (isPlainObject(additional)) {
    for (const [key, child] of Object.entries(value)) {
      if (properties && key in properties) continue;
      const next = withStructuralDefaults(additional, child, depth + 1);
      if (next !== child) (out ??= { ...value })[key] = next;
    }
  }
  return out ?? value;
}
