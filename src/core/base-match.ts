import { resourceKey, type Resource } from './resource.js';

/** The same object in the PR head and at the PR base. */
export interface ResourcePair {
  head: Resource;
  base: Resource;
}

export interface BaseMatch {
  /** Resources present on both sides, whatever file they live in now. */
  pairs: ResourcePair[];
  /** Head resources with no base counterpart (created by the change). */
  added: Resource[];
  /** Base resources with no head counterpart (deleted by the change, or moved out of the judged tree). */
  removed: Resource[];
}

export interface MatchOptions {
  /** Namespace a head resource lands in (e.g. RepoIndex.namespaceOf); default `metadata.namespace ?? 'default'`. */
  headNamespace?: (resource: Resource) => string;
  /** Same for base resources. */
  baseNamespace?: (resource: Resource) => string;
  /** Cluster-scoped kinds ignore the namespace. */
  isClusterScoped?: (kind: string) => boolean;
}

const defaultNamespace = (r: Resource) => r.namespace ?? 'default';

/**
 * Matches head resources with base resources by kind, namespace and name — not by file, so a moved or renamed
 * file still pairs its objects. Nameless resources and keys that occur twice on one side (reported as
 * duplicates elsewhere) are left unpaired rather than guessed.
 */
export function matchBase(head: readonly Resource[], base: readonly Resource[], options: MatchOptions = {}): BaseMatch {
  const clusterScoped = options.isClusterScoped ?? (() => false);
  const keyer = (namespaceOf: (r: Resource) => string) => (r: Resource) =>
    resourceKey(r.kind, clusterScoped(r.kind) ? '' : namespaceOf(r), r.name);
  const headKey = keyer(options.headNamespace ?? defaultNamespace);
  const baseKey = keyer(options.baseNamespace ?? defaultNamespace);

  const index = (resources: readonly Resource[], keyOf: (r: Resource) => string) => {
    const unique = new Map<string, Resource>();
    const repeated = new Set<string>();
    for (const r of resources) {
      if (!r.name) continue;
      const key = keyOf(r);
      if (unique.has(key)) repeated.add(key);
      else unique.set(key, r);
    }
    for (const key of repeated) unique.delete(key);
    return { unique, repeated };
  };
  const heads = index(head, headKey);
  const bases = index(base, baseKey);

  const pairs: ResourcePair[] = [];
  const added: Resource[] = [];
  for (const r of head) {
    if (!r.name) continue;
    const key = headKey(r);
    const other = bases.unique.get(key);
    if (heads.unique.get(key) === r && other) pairs.push({ head: r, base: other });
    else if (!other && !bases.repeated.has(key) && !heads.repeated.has(key)) added.push(r);
  }
  const removed = base.filter((r) => {
    if (!r.name) return false;
    const key = baseKey(r);
    return !heads.unique.has(key) && !heads.repeated.has(key) && !bases.repeated.has(key);
  });
  return { pairs, added, removed };
}
