/**
 * A small GitOps repository with a pull request branch, for the policy command and bundle tests.
 * `main` has a CODEOWNERS file; `feature` changes a platform trait, adds a production binding, adds a
 * plaintext password to a workload and tries to take over the trait in CODEOWNERS.
 */
import { createGitRepo, type GitRepo } from '../support/git-repo.js';

const manifest = (kind: string, name: string, spec: string) =>
  `apiVersion: openchoreo.dev/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\n  namespace: default\nspec:\n${spec}`;

/** Planted values that must never appear in any output. Built at run time so no scanner flags this file. */
export const CANARY_TOKEN = ['ghp', '_', 'Qm7xT2vLk9Rw4Zp8Nc3Hy6Jd1Fs5Gb0Ae2Ku'].join('');
export const CANARY_PASSWORD = ['Zq8', 'vN2', 'pLx7', 'Rt4w'].join('');

export const BASE_CODEOWNERS = [
  '*                      @acme/everyone',
  '/platform/             @acme/platform',
  '/apps/shop/            @bob',
  '/apps/**/bindings/     @acme/sre',
  '/.github/              @acme/platform',
  '',
].join('\n');

export const HEAD_CODEOWNERS = `${BASE_CODEOWNERS}/platform/traits/      @mallory\n`;

const WORKLOAD = (extra: string) =>
  manifest('Workload', 'cart', `  owner:\n    projectName: shop\n    componentName: cart\n  container:\n    image: ghcr.io/acme/cart:1.0\n    env:\n      - key: LOG_LEVEL\n        value: info\n${extra}`);

export const FILES_ON_MAIN: Record<string, string> = {
  '.github/CODEOWNERS': BASE_CODEOWNERS,
  'platform/traits/storage.yaml': manifest('ClusterTrait', 'storage', '  parameters: {}\n').replace('  namespace: default\n', ''),
  'platform/envs/production.yaml': manifest('Environment', 'production', '  isProduction: true\n'),
  'apps/shop/cart/component.yaml': manifest('Component', 'cart', '  owner:\n    projectName: shop\n  componentType:\n    name: deployment/service\n'),
  'apps/shop/cart/workload.yaml': WORKLOAD(''),
  'apps/shop/cart/bindings/cart-dev.yaml': manifest('ReleaseBinding', 'cart-dev', '  environment: development\n  owner:\n    projectName: shop\n    componentName: cart\n'),
  'notes.txt': `ci token: ${CANARY_TOKEN}\n`,
};

export const FILES_ON_FEATURE: Record<string, string> = {
  '.github/CODEOWNERS': HEAD_CODEOWNERS,
  'platform/traits/storage.yaml': FILES_ON_MAIN['platform/traits/storage.yaml'].replace('parameters: {}', 'parameters:\n    size: 10Gi'),
  'apps/shop/cart/bindings/cart-production.yaml': manifest('ReleaseBinding', 'cart-production', '  environment: production\n  owner:\n    projectName: shop\n    componentName: cart\n'),
  'apps/shop/cart/workload.yaml': WORKLOAD(`      - key: DB_PASSWORD\n        value: "${CANARY_PASSWORD}"\n`),
};

/** Line of `value:` of DB_PASSWORD in the feature workload. */
export const PASSWORD_LINE = 16;

export interface PrRepo {
  repo: GitRepo;
  baseSha: string;
  headSha: string;
}

/** The repository, checked out on `feature`. */
export async function createPrRepo(): Promise<PrRepo> {
  const repo = await createGitRepo({ files: FILES_ON_MAIN });
  const baseSha = await repo.sha();
  await repo.branch('feature');
  const headSha = await repo.commit('Change platform and add production', FILES_ON_FEATURE);
  return { repo, baseSha, headSha };
}
