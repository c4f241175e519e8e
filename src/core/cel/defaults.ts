import type { StructuralSchema } from '../crd.js';

/** What defaulting needs of one schema node: the properties that hold a default or have defaults below. */
interface DefaultPlan {
  properties: [string, StructuralSchema][];
  items: StructuralSchema | undefined;
  values: StructuralSchema | undefined;
}

const plans = new WeakMap<StructuralSchema, DefaultPlan | null>();

/** The node's plan, or null when nothing below it declares a `default`. */
function planFor(schema: StructuralSchema): DefaultPlan | null {
  let plan = plans.get(schema);
  if (plan === undefined) {
    plans.set(schema, null); // guards against self-referencing schemas
    const properties = Object.entries(schema.properties ?? {}).filter(([, p]) => p.default !== undefined || planFor(p) !== null);
    const items = schema.items && planFor(schema.items) ? schema.items : undefined;
    const extra = schema.additionalProperties;
    const values = extra && typeof extra === 'object' && (extra.default !== undefined || planFor(extra)) ? extra : undefined;
    plan = properties.length || items || values ? { properties, items, values } : null;
    plans.set(schema, plan);
  }
  return plan;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Structural defaulting as the API server does it when it reads an object (used for the old object of a
 * transition rule; the new object is defaulted by the schema check): a property with a `default` that is
 * absent or null gets a copy of the default, but only inside an object that exists; defaults are defaulted
 * in turn. Copy-on-write: the input is never modified, and is returned as is when nothing changes.
 */
export function withDefaults<T>(value: T, schema: StructuralSchema | undefined): T {
  const plan = schema ? planFor(schema) : null;
  if (!plan) return value;
  if (Array.isArray(value)) {
    const items = plan.items;
    if (!items) return value;
    let out: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = withDefaults(item, items);
      if (next !== item) (out ??= [...value])[i] = next;
    });
    return (out ?? value) as T;
  }
  if (!isPlainObject(value)) return value;
  let out: Record<string, unknown> | undefined;
  const set = (key: string, next: unknown) => {
    (out ??= { ...value })[key] = next;
  };
  for (const [key, prop] of plan.properties) {
    const current = value[key];
    if ((current === undefined || current === null) && prop.default !== undefined) {
      set(key, withDefaults(structuredClone(prop.default), prop));
    } else if (current !== undefined && current !== null) {
      const next = withDefaults(current, prop);
      if (next !== current) set(key, next);
    }
  }
  const extra = plan.values;
  if (extra) {
    for (const [key, current] of Object.entries(value)) {
      if (schema?.properties?.[key]) continue;
      const next = withDefaults(current, extra);
      if (next !== current) set(key, next);
    }
  }
  return (out ?? value) as T;
}
