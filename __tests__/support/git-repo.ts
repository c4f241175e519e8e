/**
 * Real git repositories in temp directories, for tests.
 *
 *   const repo = await createGitRepo({ files: { 'projects/a.yaml': 'kind: Project\n' } });
 *   await repo.branch('feature');                      // create and switch
 *   const sha = await repo.commit('edit', { 'projects/a.yaml': '...' });
 *   await repo.git('log', '--oneline');                // anything else, as an argument array
 *   await repo.cleanup();
 *
 * Every repository starts on branch `main` with one commit (so HEAD exists), uses a fixed identity
 * and ignores the user's git configuration.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runGit } from './run-git.js';

/** File path (relative, `/`-separated) → content. `null` deletes the file. */
export type FileMap = Record<string, string | null>;

export interface GitRepo {
  /** Absolute path of the working tree. */
  readonly dir: string;
  /** Runs git in the working tree and returns trimmed stdout. Throws on a non-zero exit. */
  git(...args: string[]): Promise<string>;
  /** Writes (or with `null`, deletes) files in the working tree without committing. */
  write(files: FileMap): Promise<void>;
  /** Writes `files` (if given), stages everything and commits. Returns the new commit SHA. */
  commit(message: string, files?: FileMap): Promise<string>;
  /** Creates branch `name` at `from` (default HEAD) and switches to it. */
  branch(name: string, from?: string): Promise<void>;
  /** Switches to an existing branch, tag or commit. */
  checkout(ref: string): Promise<void>;
  /** Creates a lightweight tag at `target` (default HEAD). */
  tag(name: string, target?: string): Promise<void>;
  /** SHA of `ref` (default HEAD). */
  sha(ref?: string): Promise<string>;
  /** Removes the directory. */
  cleanup(): Promise<void>;
}

export interface CreateGitRepoOptions {
  /** Files of the first commit. */
  files?: FileMap;
  /** Message of the first commit (default "initial"). */
  message?: string;
}

async function writeFiles(dir: string, files: FileMap): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    if (content === null) {
      await rm(target, { force: true });
    } else {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content, 'utf8');
    }
  }
}

function wrap(dir: string): GitRepo {
  const git = async (...args: string[]): Promise<string> => (await runGit(args, { cwd: dir })).stdout.trim();
  return {
    dir,
    git,
    write: (files) => writeFiles(dir, files),
    async commit(message, files) {
      if (files) await writeFiles(dir, files);
      await git('add', '--all');
      await git('commit', '--allow-empty', '--quiet', '--message', message);
      return git('rev-parse', 'HEAD');
    },
    async branch(name, from = 'HEAD') {
      await git('switch', '--quiet', '--create', name, from);
    },
    async checkout(ref) {
      await git('checkout', '--quiet', ref);
    },
    async tag(name, target = 'HEAD') {
      await git('tag', name, target);
    },
    sha: (ref = 'HEAD') => git('rev-parse', '--verify', `${ref}^{commit}`),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A fresh repository on branch `main` with one commit. */
export async function createGitRepo(options: CreateGitRepoOptions = {}): Promise<GitRepo> {
  const dir = await mkdtemp(join(tmpdir(), 'gitops-repo-'));
  await runGit(['init', '--quiet', '--initial-branch=main', dir], { cwd: dir });
  const repo = wrap(dir);
  await repo.commit(options.message ?? 'initial', options.files ?? {});
  return repo;
}

/** A clone of `source` (a path or a `file://` URL, e.g. a stand-in's bare repository). */
export async function cloneGitRepo(source: string, branch?: string): Promise<GitRepo> {
  const dir = await mkdtemp(join(tmpdir(), 'gitops-clone-'));
  const args = ['clone', '--quiet', ...(branch ? ['--branch', branch] : []), source, dir];
  await runGit(args, { cwd: tmpdir() });
  return wrap(dir);
}
