/**
 * The OpenChoreo releases this tool knows, by name only. Their CRD catalogs (`releases.ts`) are large modules;
 * what only needs the names (the command line, the config file, action inputs) imports this one.
 */

/** Oldest first: the full tag and the `openchoreo-version` value that selects it. */
export const RELEASE_NAMES = [
  { tag: 'v0.12.0', minor: '0.12' },
  { tag: 'v1.0.5', minor: '1.0' },
  { tag: 'v1.1.6', minor: '1.1' },
  { tag: 'v1.2.3', minor: '1.2' },
] as const;

/** `openchoreo-version` values: `auto` or a release's minor version. */
export const RELEASE_CHOICES = ['auto', ...RELEASE_NAMES.map((r) => r.minor)] as const;
