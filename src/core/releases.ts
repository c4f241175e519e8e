import * as v0_12_0 from '../../schemas/validators/v0.12.0.js';
import * as v1_0_5 from '../../schemas/validators/v1.0.5.js';
import * as v1_1_6 from '../../schemas/validators/v1.1.6.js';
import * as v1_2_3 from '../../schemas/validators/v1.2.3.js';
import type { CrdCatalog, KindValidator } from './crd.js';

/** One OpenChoreo release whose CRDs this tool knows. */
export interface Release {
  /** Full tag, e.g. `v1.2.3`. */
  tag: string;
  /** The `openchoreo-version` input value that selects it, e.g. `1.2`. */
  minor: string;
  crds: CrdCatalog;
  validators: Record<string, KindValidator>;
}

/** Oldest first. */
export const RELEASES: readonly Release[] = [
  { tag: 'v0.12.0', minor: '0.12', ...v0_12_0 },
  { tag: 'v1.0.5', minor: '1.0', ...v1_0_5 },
  { tag: 'v1.1.6', minor: '1.1', ...v1_1_6 },
  { tag: 'v1.2.3', minor: '1.2', ...v1_2_3 },
];

export const LATEST_RELEASE: Release = RELEASES[RELEASES.length - 1];

export const RELEASE_CHOICES = ['auto', ...RELEASES.map((r) => r.minor)] as const;

/** Finds a release by `1.2`, `v1.2`, `1.2.3` or `v1.2.3`. */
export function findRelease(name: string): Release | undefined {
  const clean = name.trim().replace(/^v/, '');
  return RELEASES.find((r) => r.minor === clean || r.tag === `v${clean}`);
}

/** Every kind any known release defines, for "did you mean" hints. */
export const ALL_KINDS: readonly string[] = [...new Set(RELEASES.flatMap((r) => Object.keys(r.crds)))].sort();
