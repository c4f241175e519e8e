import { describe, it, expect, afterEach } from '@jest/globals';
import { join } from 'node:path';
import { matchBase } from '../../src/core/base-match.js';
import { PositionIndex } from '../../src/core/position.js';
import { findRelease } from '../../src/core/releases.js';
import { checkImmutability } from '../../src/core/rules/immutability.js';
import type { SourceFile } from '../../src/core/source.js';
import { blobId, headBlobIds, readBaseFiles, resolveBaseRevision } from '../../src/shell/read-base.js';
import { isYamlPath, readRepository } from '../../src/shell/read-repo.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { resourcesOf } from './resources.js';

const binding = (environment: string, comment = '') => `${comment}apiVersion: openchoreo.dev/v1alpha1
kind: ReleaseBinding
metadata:
  name: cart-dev
  namespace: default
spec:
  owner: {projectName: shop, componentName: cart}
  releaseName: cart-1
  environment: ${environment}
`;
const environment = (name: string) => `apiVersion: openchoreo.dev/v1alpha1\nkind: Environment\nmetadata:\n  name: ${name}\n  namespace: default\nspec: {}\n`;

const asRecord = (files: SourceFile[]) => Object.fromEntries(files.map((f) => [f.path, f.text]));

let repo: GitRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

describe('blobId', () => {
  it('matches git hash-object', async () => {
    repo = await createGitRepo();
    await repo.write({ 'x.yaml': 'héllo: 1\n' });
    expect(blobId('héllo: 1\n')).toBe(await repo.git('hash-object', 'x.yaml'));
  });
});

describe('readBaseFiles', () => {
  it('reads only base files whose content is not in the working tree, and the moved+modified resource is caught', async () => {
    repo = await createGitRepo({
      files: {
        'gitops/envs/dev.yaml': environment('dev'),
        'gitops/envs/prod.yaml': environment('prod'),
        'gitops/bindings/cart-dev.yaml': binding('dev'),
        'gitops/README.md': '# x',
      },
    });
    const base = await repo.sha();
    await repo.branch('change');
    await repo.commit('move and modify', {
      'gitops/bindings/cart-dev.yaml': null,
      'gitops/apps/cart/bindings/development.yaml': binding('prod', '# moved here\n'),
      'gitops/envs/prod.yaml': null,
      'gitops/envs/production.yaml': environment('prod'),
    });
    const root = join(repo.dir, 'gitops');
    const head = (await readRepository(root, { include: isYamlPath })).files;

    const baseFiles = await readBaseFiles(root, base, await headBlobIds(root, head));
    // dev.yaml is unchanged, prod.yaml only moved (same bytes): neither is read.
    expect(baseFiles.map((f) => f.path)).toEqual(['bindings/cart-dev.yaml']);
    expect(baseFiles[0].text).toBe(binding('dev'));

    const release = findRelease('1.2')!;
    const { pairs } = matchBase(resourcesOf(asRecord(head)), resourcesOf(asRecord(baseFiles)));
    const findings = checkImmutability({ pairs, release, positions: new PositionIndex() });
    expect(findings.map((f) => [f.ruleId, f.file, f.line, f.message])).toEqual([
      [
        'cel/transition',
        'apps/cart/bindings/development.yaml',
        10,
        'ReleaseBinding.openchoreo.dev "cart-dev" is invalid: spec.environment: Invalid value: "string": spec.environment is immutable (base: bindings/cart-dev.yaml:9)',
      ],
    ]);
  });

  it('without head blobs reads every YAML file of the base; uncommitted edits count as changes', async () => {
    repo = await createGitRepo({ files: { 'a.yaml': environment('a'), 'b.yaml': environment('b'), 'c.txt': 'x' } });
    const base = await repo.sha();
    expect((await readBaseFiles(repo.dir, base)).map((f) => f.path)).toEqual(['a.yaml', 'b.yaml']);
    await repo.write({ 'b.yaml': environment('b2') });
    const head = (await readRepository(repo.dir, { include: isYamlPath })).files;
    expect((await readBaseFiles(repo.dir, 'HEAD', await headBlobIds(repo.dir, head))).map((f) => f.path)).toEqual(['b.yaml']);
    expect((await readBaseFiles(repo.dir, 'HEAD', undefined, { include: (p) => p !== 'a.yaml' })).map((f) => f.path)).toEqual(['b.yaml']);
  });

  it('fails clearly when the base revision is not there', async () => {
    repo = await createGitRepo({ files: { 'a.yaml': environment('a') } });
    await expect(readBaseFiles(repo.dir, 'origin/main')).rejects.toThrow('base revision origin/main not found; fetch it with actions/checkout fetch-depth: 0');
  });
});

describe('resolveBaseRevision', () => {
  it('uses the given ref, else the merge base with the default branch', async () => {
    repo = await createGitRepo({ files: { 'a.yaml': environment('a') } });
    const fork = await repo.sha();
    await repo.branch('feature');
    const tip = await repo.commit('work', { 'a.yaml': environment('b') });
    expect(await resolveBaseRevision(repo.dir, 'feature')).toBe(tip);
    expect(await resolveBaseRevision(repo.dir)).toBe(fork);
    await repo.git('branch', '-m', 'main', 'trunk');
    expect(await resolveBaseRevision(repo.dir)).toBeUndefined();
  });
});
