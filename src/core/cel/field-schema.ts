import type { StructuralSchema } from '../crd.js';

/**
 * Schema of the property `key` of an object node: the node's schema, `undefined` for an untyped (dyn) value,
 * or `null` when the API server would have pruned the property (so CEL never sees it).
 */
export function fieldSchema(schema: StructuralSchema | undefined, key: string): StructuralSchema | undefined | null {
  if (!schema) return undefined;
  const prop = schema.properties?.[key];
  if (prop) return prop;
  const extra = schema.additionalProperties;
  if (extra && typeof extra === 'object') return extra;
  if (extra === true || schema['x-kubernetes-preserve-unknown-fields']) return undefined;
  if (schema['x-kubernetes-embedded-resource'] && (key === 'apiVersion' || key === 'kind' || key === 'metadata')) return undefined;
  if (!schema.type && !schema.properties) return undefined;
  return null;
}
