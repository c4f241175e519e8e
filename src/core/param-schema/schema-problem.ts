import type { PathSegment } from '../path.js';

/** Something wrong with a user parameter schema itself; `path` is relative to the schema's root node. */
export interface SchemaProblem {
  path: PathSegment[];
  message: string;
}

/** A plain JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
