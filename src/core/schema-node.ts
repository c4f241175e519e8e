import type { StructuralSchema } from './crd.js';
import type { Path } from './path.js';

/** The structural schema node that describes the value at path (following properties, items and map values). */
export function schemaAt(root: StructuralSchema, path: Path): StructuralSchema | undefined {
  let node: StructuralSchema | undefined = root;
  for (const seg of path) {
    if (!node) return undefined;
    if (typeof seg === 'number') node = node.items;
    else if (node.properties && seg in node.properties) node = node.properties[seg];
    else if (node.additionalProperties && typeof node.additionalProperties === 'object') node = node.additionalProperties;
    else return undefined;
  }
  return node;
}

/** Every path (with `*` for list items and map values) to a node the predicate selects. */
export function findSchemaPaths(root: StructuralSchema, select: (node: StructuralSchema) => boolean): (string | '*')[][] {
  const out: (string | '*')[][] = [];
  const walk = (node: StructuralSchema, path: (string | '*')[], depth: number) => {
    if (depth > 64) return;
    if (select(node)) out.push(path);
    for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, [...path, key], depth + 1);
    if (node.items) walk(node.items, [...path, '*'], depth + 1);
    if (node.additionalProperties && typeof node.additionalProperties === 'object') walk(node.additionalProperties, [...path, '*'], depth + 1);
  };
  walk(root, [], 0);
  return out;
}

/** Calls visit for every concrete value the wildcard path reaches in value. */
export function forEachAt(value: unknown, path: readonly (string | '*')[], visit: (v: unknown, at: (string | number)[]) => void, at: (string | number)[] = []): void {
  if (path.length === 0) {
    visit(value, at);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const [head, ...rest] = path;
  if (head === '*') {
    if (Array.isArray(value)) value.forEach((v, i) => forEachAt(v, rest, visit, [...at, i]));
    else for (const [k, v] of Object.entries(value)) forEachAt(v, rest, visit, [...at, k]);
  } else if (!Array.isArray(value) && head in value) {
    forEachAt((value as Record<string, unknown>)[head], rest, visit, [...at, head]);
  }
}
