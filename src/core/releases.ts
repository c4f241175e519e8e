import { crds as crds0_12_0 } from '../../schemas/crds/v0.12.0.js';
import { crds as crds1_0_5 } from '../../schemas/crds/v1.0.5.js';
import { crds as crds1_1_6 } from '../../schemas/crds/v1.1.6.js';
import { crds as crds1_2_3 } from '../../schemas/crds/v1.2.3.js';
import type { CrdCatalog, KindValidator } from './crd.js';
import { RELEASE_NAMES } from './release-names.js';

/** One OpenChoreo release whose CRDs this tool knows. */
export interface Release {
  /** Full tag, e.g. `v1.2.3`. */
  tag: string;
  /** The `openchoreo-version` input value that selects it, e.g. `1.2`. */
  minor: string;
  crds: CrdCatalog;
  /**
   * Compiled schema validators by kind. Empty until loadValidators(release): each release's validators are
   * a large module, and a run needs only one release's.
   */
  validators: Record<string, KindValidator>;
}

/** Each release's generated validators, as a separate module loaded on demand. */
const VALIDATOR_MODULES: Record<string, () => Promise<{ validators: Record<string, KindValidator> }>> = {
  'v0.12.0': () => import('../../schemas/validators/v0.12.0.js'),
  'v1.0.5': () => import('../../schemas/validators/v1.0.5.js'),
  'v1.1.6': () => import('../../schemas/validators/v1.1.6.js'),
  'v1.2.3': () => import('../../schemas/validators/v1.2.3.js'),
};

const CRDS: Record<string, CrdCatalog> = { 'v0.12.0': crds0_12_0, 'v1.0.5': crds1_0_5, 'v1.1.6': crds1_1_6, 'v1.2.3': crds1_2_3 };

/** Oldest first (see release-names.ts). */
export const RELEASES: readonly Release[] = RELEASE_NAMES.map(({ tag, minor }) => ({ tag, minor, crds: CRDS[tag], validators: {} }));

/** Makes release.validators usable (idempotent); returns the release. */
export async function loadValidators(release: Release): Promise<Release> {
  if (Object.keys(release.validators).length === 0) {
    Object.assign(release.validators, (await VALIDATOR_MODULES[release.tag]()).validators);
  }
  return release;
}

export const LATEST_RELEASE: Release = RELEASES[RELEASES.length - 1];

export { RELEASE_CHOICES } from './release-names.js';

/** Finds a release by `1.2`, `v1.2`, `1.2.3` or `v1.2.3`. */
export function findRelease(name: string): Release | undefined {
  const clean = name.trim().replace(/^v/, '');
  return RELEASES.find((r) => r.minor === clean || r.tag === `v${clean}`);
}

/** Every kind any known release defines, for "did you mean" hints. */
export const ALL_KINDS: readonly string[] = [...new Set(RELEASES.flatMap((r) => Object.keys(r.crds)))].sort();
