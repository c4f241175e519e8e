import type { Manifest } from '../resource.js';

/**
 * One spelling for every way of writing a Git repository's address, so that a Flux GitRepository URL can be
 * compared with the checkout's remote: `https://github.com/o/r.git`, `ssh://git@github.com/o/r`,
 * `git@github.com:o/r.git/` all become `github.com/o/r`. User info, ports, a `.git` suffix and trailing
 * slashes are dropped and the host is lower-cased (the path too on github.com, where it is case-insensitive).
 * Anything that is not a URL (a local path) is returned trimmed of trailing slashes.
 */
export function normalizeGitUrl(url: string): string {
  const text = url.trim();
  let host: string;
  let path: string;
  const withScheme = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(.*)$/i.exec(text);
  const scpLike = /^(?:[^@/:]+@)?([^/:]+):(?!\/\/)(.*)$/.exec(text);
  if (withScheme && withScheme[1].toLowerCase() !== 'file') {
    const authority = withScheme[2];
    host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
    path = withScheme[3];
  } else if (!withScheme && scpLike && scpLike[1].length > 1) {
    // `git@host:owner/repo`; a one-letter "host" would be a Windows drive (C:\...), not a remote.
    host = scpLike[1];
    path = scpLike[2];
  } else {
    return text.replace(/\/+$/, '');
  }
  host = host.toLowerCase().replace(/^www\./, '');
  path = path.split('/').filter((s) => s !== '').join('/').replace(/\.git$/i, '');
  if (host === 'github.com') path = path.toLowerCase();
  return `${host}/${path}`;
}

/** Whether two Git URLs name the same repository (see normalizeGitUrl). */
export function sameRepository(a: string, b: string): boolean {
  return normalizeGitUrl(a) === normalizeGitUrl(b);
}

function rec(value: unknown): Record<string, any> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, any>) : undefined;
}

/** A Flux `GitRepository` source (source.toolkit.fluxcd.io). */
export function isGitRepository(m: Manifest): boolean {
  return m.kind === 'GitRepository' && m.apiVersion.startsWith('source.toolkit.fluxcd.io/');
}

/** The GitRepository a Flux Kustomization's `sourceRef` names among `sources`, if it names one that is defined. */
export function gitSourceOf(kustomization: Manifest, sources: readonly Manifest[]): Manifest | undefined {
  const ref = rec(rec(kustomization.object.spec)?.sourceRef);
  const kind = typeof ref?.kind === 'string' ? ref.kind : 'GitRepository';
  if (kind !== 'GitRepository' || typeof ref?.name !== 'string') return undefined;
  const ns = typeof ref.namespace === 'string' ? ref.namespace : (kustomization.namespace ?? 'flux-system');
  return sources.find((g) => isGitRepository(g) && g.name === ref.name && (g.namespace ?? 'flux-system') === ns);
}

/** Where a Flux Kustomization's source lives, as far as can be told. */
export type SourceRepository = 'this' | 'other' | 'unknown';

/**
 * Tells whether a Flux Kustomization reads this repository or ANOTHER one (its `spec.path` is then a directory of
 * that repository, not of this one), by comparing the URL of its GitRepository source with this repository's
 * URLs. `unknown` when those URLs are not known, or the source (or its URL) cannot be found.
 */
export function sourceRepositoryOf(repositoryUrls: readonly string[], sources: readonly Manifest[]): (kustomization: Manifest) => SourceRepository {
  const own = new Set(repositoryUrls.map(normalizeGitUrl));
  if (own.size === 0) return () => 'unknown';
  return (kustomization) => {
    const url = rec(gitSourceOf(kustomization, sources)?.object.spec)?.url;
    if (typeof url !== 'string' || url === '') return 'unknown';
    return own.has(normalizeGitUrl(url)) ? 'this' : 'other';
  };
}
