import type { Path, PathSegment } from '../path.js';

const keyOf = (path: Path, length = path.length) => {
  let key = '';
  for (let i = 0; i < length; i++) key += `${typeof path[i]}:${String(path[i])}\u0000`;
  return key;
};

/**
 * A `skip` for evaluateRules: skips a node's rules when a schema error lies at the node, inside it (the rule
 * would see a broken value) or above it (the node's value is not what the schema describes).
 */
export function skipAroundErrors(errorPaths: readonly (readonly PathSegment[])[]): ((path: Path) => boolean) | undefined {
  if (errorPaths.length === 0) return undefined;
  const errors = new Set<string>();
  const containsError = new Set<string>();
  for (const p of errorPaths) {
    errors.add(keyOf(p));
    for (let n = 0; n <= p.length; n++) containsError.add(keyOf(p, n));
  }
  return (path) => {
    if (containsError.has(keyOf(path))) return true;
    for (let n = 0; n < path.length; n++) if (errors.has(keyOf(path, n))) return true;
    return false;
  };
}
