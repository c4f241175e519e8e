import type { StructuralSchema } from '../crd.js';
import type { PathSegment } from '../path.js';
import { fieldSchema } from './field-schema.js';

/**
 * Kubernetes' equality of two values of one schema node (what `self == oldSelf` means to the API server):
 * lists of `x-kubernetes-list-type: set` or `map` ignore order, atomic lists do not; null and absent are the
 * same; an object with `properties` compares only those (anything else would have been pruned).
 */
export function structurallyEqual(a: unknown, b: unknown, schema: StructuralSchema | undefined): boolean {
  return firstDifference(a, b, schema) === undefined;
}

/**
 * Path (relative to the node, in `a`'s indexes) of the first place where `a` and `b` differ under Kubernetes
 * equality, or undefined when they are equal. A whole list is named when set members differ or map-list keys
 * were added or removed.
 */
export function firstDifference(a: unknown, b: unknown, schema: StructuralSchema | undefined): PathSegment[] | undefined {
  if (a === b) return undefined;
  const aAbsent = a === null || a === undefined;
  const bAbsent = b === null || b === undefined;
  if (aAbsent || bAbsent) return aAbsent && bAbsent ? undefined : [];
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return [];
    return listDifference(a, b, schema);
  }
  if (typeof a === 'object') {
    if (typeof b !== 'object' || Array.isArray(b)) return [];
    return objectDifference(a as Record<string, unknown>, b as Record<string, unknown>, schema);
  }
  return [];
}

function objectDifference(a: Record<string, unknown>, b: Record<string, unknown>, schema: StructuralSchema | undefined): PathSegment[] | undefined {
  for (const key of Object.keys(a)) {
    const s = fieldSchema(schema, key);
    if (s === null) continue;
    const diff = firstDifference(a[key], b[key], s);
    if (diff) return [key, ...diff];
  }
  for (const key of Object.keys(b)) {
    if (key in a) continue;
    const s = fieldSchema(schema, key);
    if (s === null || b[key] === null || b[key] === undefined) continue;
    return [key];
  }
  return undefined;
}

function listDifference(a: unknown[], b: unknown[], schema: StructuralSchema | undefined): PathSegment[] | undefined {
  const items = schema?.items;
  const listType = schema?.['x-kubernetes-list-type'];
  if (listType === 'map') {
    const byKey = indexByMapKeys(b, schema?.['x-kubernetes-list-map-keys'] ?? []);
    if (byKey) {
      if (byKey.size !== a.length) return [];
      for (let i = 0; i < a.length; i++) {
        const other = byKey.get(mapKeyOf(a[i], schema?.['x-kubernetes-list-map-keys'] ?? []));
        if (other === undefined) return [i];
        const diff = firstDifference(a[i], other, items);
        if (diff) return [i, ...diff];
      }
      return undefined;
    }
  }
  if (a.length !== b.length) return [];
  if (listType === 'set') {
    const used = new Array<boolean>(b.length).fill(false);
    for (let i = 0; i < a.length; i++) {
      const j = b.findIndex((item, k) => !used[k] && structurallyEqual(a[i], item, items));
      if (j === -1) return [i];
      used[j] = true;
    }
    return undefined;
  }
  for (let i = 0; i < a.length; i++) {
    const diff = firstDifference(a[i], b[i], items);
    if (diff) return [i, ...diff];
  }
  return undefined;
}

/** Identity of a map-list item: its key fields' values. */
export function mapKeyOf(item: unknown, keys: readonly string[]): string {
  if (item === null || typeof item !== 'object') return '\u0000';
  const record = item as Record<string, unknown>;
  return keys.length === 1 ? JSON.stringify(record[keys[0]] ?? null) : JSON.stringify(keys.map((k) => record[k] ?? null));
}

/** Map-list items by key, or undefined when two items share a key (then nothing can be correlated reliably). */
export function indexByMapKeys(list: readonly unknown[], keys: readonly string[]): Map<string, unknown> | undefined {
  const out = new Map<string, unknown>();
  for (const item of list) {
    const key = mapKeyOf(item, keys);
    if (out.has(key)) return undefined;
    out.set(key, item);
  }
  return out;
}
