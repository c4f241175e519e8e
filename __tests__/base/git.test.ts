import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Git, GitError } from '../../src/shell/git.js';
import { cloneGitRepo, createGitRepo, type GitRepo } from '../support/git-repo.js';

describe('Git', () => {
  let repo: GitRepo;
  let initial: string;
  let git: Git;

  beforeAll(async () => {
    repo = await createGitRepo({ files: { 'a.yaml': 'a: 1\n', 'dir/b.yml': 'b: 2', 'dir/c.YAML': 'c: 3\n', 'notes.txt': 'x' } });
    initial = await repo.sha();
    git = Git.at(repo.dir);
  });
  afterAll(() => repo.cleanup());

  it('knows a repository from a plain directory', async () => {
    const plain = await mkdtemp(join(tmpdir(), 'not-a-repo-'));
    try {
      expect(await git.isRepository()).toBe(true);
      expect(await Git.at(plain).isRepository()).toBe(false);
      await expect(Git.at(plain).revParse('HEAD')).rejects.toThrow(/is not inside a git repository/);
    } finally {
      await rm(plain, { recursive: true, force: true });
    }
  });

  it('revParse resolves revisions and explains a missing one', async () => {
    expect(await git.revParse('HEAD')).toBe(initial);
    expect(await git.revParse('main')).toBe(initial);
    await expect(git.revParse('origin/nope')).rejects.toThrow(new GitError('base revision origin/nope not found; fetch it with actions/checkout fetch-depth: 0'));
    await expect(git.revParse('--output=/tmp/x')).rejects.toThrow(/invalid git revision/);
  });

  it('lsTreeBlobs lists YAML blobs only, optionally under some paths', async () => {
    const all = await git.lsTreeBlobs('HEAD');
    expect([...all.keys()].sort()).toEqual(['a.yaml', 'dir/b.yml', 'dir/c.YAML']);
    expect([...(await git.lsTreeBlobs('HEAD', ['dir/'])).keys()].sort()).toEqual(['dir/b.yml', 'dir/c.YAML']);
    expect(all.get('a.yaml')).toMatch(/^[0-9a-f]{40}$/);
  });

  it('readBlobs reads many blobs through one process, bytes intact', async () => {
    const all = await git.lsTreeBlobs('HEAD');
    const blobs = await git.readBlobs(all.values());
    expect(blobs.get(all.get('a.yaml')!)!.toString()).toBe('a: 1\n');
    expect(blobs.get(all.get('dir/b.yml')!)!.toString()).toBe('b: 2');
    expect((await git.readBlobs([])).size).toBe(0);
    await expect(git.readBlobs(['HEAD'])).rejects.toThrow(/invalid blob id/);
  });

  it('mergeBase finds the fork point, and explains unrelated histories', async () => {
    await repo.branch('feature');
    await repo.commit('feature work', { 'a.yaml': 'a: 2\n' });
    await repo.checkout('main');
    await repo.commit('main work', { 'dir/b.yml': 'b: 3\n' });
    expect(await git.mergeBase('main', 'feature')).toBe(initial);
    await repo.git('checkout', '--quiet', '--orphan', 'lonely');
    await repo.commit('unrelated', {});
    await expect(git.mergeBase('main', 'lonely')).rejects.toThrow(/no common ancestor .*fetch-depth: 0/);
    await expect(git.mergeBase('main', 'gone')).rejects.toThrow('base revision gone not found; fetch it with actions/checkout fetch-depth: 0');
    await repo.checkout('main');
  });

  it('defaultBranch prefers origin/HEAD, then common names', async () => {
    expect(await git.defaultBranch()).toBe('main');
    const clone = await cloneGitRepo(repo.dir);
    try {
      expect(await Git.at(clone.dir).defaultBranch()).toBe('origin/main');
    } finally {
      await clone.cleanup();
    }
  });

  it('reports a directory git cannot run in', async () => {
    await expect(Git.at(join(tmpdir(), 'does-not-exist-gitops')).revParse('HEAD')).rejects.toThrow(/could not run git/);
  });
});
