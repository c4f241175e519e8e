import type { Release } from './releases.js';
import { resourceKey, type Manifest, type Resource } from './resource.js';

/**
 * Everything the cross-resource rules may look at. `resources` are judged; `context` resources come from
 * read-only repositories (`--context`) and only resolve references.
 */
export interface RepoIndex {
  release: Release;
  resources: readonly Resource[];
  context: readonly Resource[];
  manifests: readonly Manifest[];
  /** Looks a resource up in own + context resources. Cluster-scoped kinds ignore the namespace. */
  find(kind: string, namespace: string | undefined, name: string): Resource | undefined;
  /** Every resource of a kind, own first, then context. */
  ofKind(kind: string): readonly Resource[];
  isClusterScoped(kind: string): boolean;
  /** The namespace the object lands in: Kustomize `namespace:` / Flux `targetNamespace` win over metadata. */
  namespaceOf(resource: Resource): string;
  isContext(resource: Resource): boolean;
  /** Every file of the judged repository (repository-relative), for Kustomize/Flux path checks; may be empty. */
  filePaths: readonly string[];
  /** Flux/Kustomize (and other non-OpenChoreo) manifests of context repositories: they resolve names, never reported. */
  contextManifests: readonly Manifest[];
  /** URLs naming the judged repository (its Git remote), to tell Flux sources of this repository from others; may be empty. */
  repositoryUrls: readonly string[];
}

export interface IndexInput {
  release: Release;
  resources: readonly Resource[];
  context?: readonly Resource[];
  manifests?: readonly Manifest[];
  /** Namespace forced on a file by a Kustomization or Flux targetNamespace (repository-relative path → ns). */
  forcedNamespace?: (file: string) => string | undefined;
  /** Every file of the judged repository, for Kustomize/Flux path checks (see `computeForcedNamespaces`). */
  filePaths?: readonly string[];
  /** Non-OpenChoreo manifests of the context repositories (Flux Kustomizations, GitRepositories, ...). */
  contextManifests?: readonly Manifest[];
  /** URLs of the judged repository (e.g. `git remote get-url origin`); unknown when empty. */
  repositoryUrls?: readonly string[];
}

export function buildRepoIndex(input: IndexInput): RepoIndex {
  const { release } = input;
  const context = input.context ?? [];
  const contextSet = new Set(context);
  const byKind = new Map<string, Resource[]>();
  const byKey = new Map<string, Resource>();
  const isClusterScoped = (kind: string) => release.crds[kind]?.scope === 'Cluster';
  const namespaceOf = (r: Resource) =>
    isClusterScoped(r.kind) ? '' : (input.forcedNamespace?.(r.doc.file) ?? r.namespace ?? 'default');
  for (const r of [...input.resources, ...context]) {
    let list = byKind.get(r.kind);
    if (!list) byKind.set(r.kind, (list = []));
    list.push(r);
    const key = resourceKey(r.kind, namespaceOf(r), r.name);
    if (!byKey.has(key)) byKey.set(key, r);
  }
  return {
    release,
    resources: input.resources,
    context,
    manifests: input.manifests ?? [],
    find: (kind, namespace, name) =>
      byKey.get(resourceKey(kind, isClusterScoped(kind) ? '' : (namespace ?? 'default'), name)),
    ofKind: (kind) => byKind.get(kind) ?? [],
    isClusterScoped,
    namespaceOf,
    isContext: (r) => contextSet.has(r),
    filePaths: input.filePaths ?? [],
    contextManifests: input.contextManifests ?? [],
    repositoryUrls: input.repositoryUrls ?? [],
  };
}
