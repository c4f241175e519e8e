import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import { changedFiles, changedLines, parseUnifiedZero, readAtRevision } from '../../src/shell/git-diff.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';

describe('parseUnifiedZero', () => {
  it('collects added line numbers per new path', () => {
    const diff = [
      'diff --git a/a.yaml b/a.yaml',
      '--- a/a.yaml',
      '+++ b/a.yaml',
      '@@ -3 +3 @@ x',
      '-old',
      '+new',
      '@@ -10,0 +11,2 @@',
      '+one',
      '+two',
      '@@ -20,3 +22,0 @@',
      'diff --git a/gone.yaml b/gone.yaml',
      '--- a/gone.yaml',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      'diff --git "a/caf\\303\\251.yaml" "b/caf\\303\\251.yaml"',
      '--- "a/caf\\303\\251.yaml"',
      '+++ "b/caf\\303\\251.yaml"',
      '@@ -0,0 +1 @@',
    ].join('\n');
    const lines = parseUnifiedZero(diff);
    expect([...lines.keys()]).toEqual(['a.yaml', 'café.yaml']);
    expect([...lines.get('a.yaml')!]).toEqual([3, 11, 12]);
    expect([...lines.get('café.yaml')!]).toEqual([1]);
  });
});

describe('git diff of a branch', () => {
  let repo: GitRepo;
  let base: string;
  beforeAll(async () => {
    repo = await createGitRepo({ files: { 'keep.yaml': 'a: 1\nb: 2\nc: 3\n', 'old.yaml': 'x: 1\n', 'dir/moved.yaml': 'm: 1\n' } });
    base = await repo.sha();
    await repo.branch('feature');
    await repo.commit('change', { 'keep.yaml': 'a: 1\nb: 20\nc: 3\nd: 4\n', 'old.yaml': null, 'new file.yaml': 'n: 1\n', 'dir/moved.yaml': null, 'dir2/moved.yaml': 'm: 1\n' });
  });
  afterAll(() => repo.cleanup());

  it('lists changed files with renames split into delete and add', async () => {
    const files = await changedFiles(repo.dir, 'main');
    expect(files.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'dir/moved.yaml', status: 'D' },
      { path: 'dir2/moved.yaml', status: 'A' },
      { path: 'keep.yaml', status: 'M' },
      { path: 'new file.yaml', status: 'A' },
      { path: 'old.yaml', status: 'D' },
    ]);
  });

  it('lists the added lines', async () => {
    const lines = await changedLines(repo.dir, base);
    expect([...lines.get('keep.yaml')!]).toEqual([2, 4]);
    expect([...lines.get('new file.yaml')!]).toEqual([1]);
    expect(lines.has('old.yaml')).toBe(false);
  });

  it('reads files at the base', async () => {
    expect(await readAtRevision(repo.dir, base, 'old.yaml')).toBe('x: 1\n');
    expect(await readAtRevision(repo.dir, 'HEAD', 'old.yaml')).toBeUndefined();
  });

  it('refuses a base that git would read as an option', async () => {
    await expect(changedFiles(repo.dir, '--output=/tmp/x')).rejects.toThrow('invalid base ref');
  });
});
