/**
 * A typed wrapper over the `git` CLI: one method per verb, argument arrays only (execFile, never a shell), so
 * refs and paths from a pull request are never interpreted by a shell. Failures become GitError with a message
 * a user can act on.
 */
import { execFile } from 'node:child_process';
import { isYamlPath } from './read-repo.js';

export class GitError extends Error {}

interface RunResult {
  exitCode: number;
  stdout: Buffer;
  stderr: string;
}

const MAX_BUFFER = 1024 * 1024 * 1024;
const ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

/** Refuses refs that git would read as options (`--output=...`). */
function checkRef(ref: string): string {
  if (!ref || ref.startsWith('-')) throw new GitError(`invalid git revision ${JSON.stringify(ref)}`);
  return ref;
}

export class Git {
  private constructor(readonly dir: string) {}

  /** A wrapper that runs git in `dir` (any directory inside a working tree). */
  static at(dir: string): Git {
    return new Git(dir);
  }

  private run(args: readonly string[], input?: string): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        ['-c', 'core.quotePath=false', ...args],
        { cwd: this.dir, env: ENV, encoding: 'buffer', maxBuffer: MAX_BUFFER },
        (error, stdout, stderr) => {
          const result = { stdout, stderr: stderr.toString('utf8') };
          if (!error) return resolve({ exitCode: 0, ...result });
          const code = (error as NodeJS.ErrnoException & { code?: unknown }).code;
          if (typeof code === 'number') return resolve({ exitCode: code, ...result });
          if (code === 'ENOENT') return reject(new GitError(`could not run git in ${this.dir}: git is not installed (or not on PATH), or the directory does not exist`));
          reject(new GitError(`git ${args[0]} failed: ${error.message}`));
        },
      );
      if (input !== undefined) {
        child.stdin?.on('error', () => undefined); // git may exit before reading everything; its exit code tells
        child.stdin?.end(input);
      }
    });
  }

  private async output(args: readonly string[]): Promise<string> {
    const r = await this.run(args);
    if (r.exitCode !== 0) throw new GitError(`git ${args[0]} failed: ${firstLine(r.stderr) || `exit code ${r.exitCode}`}`);
    return r.stdout.toString('utf8');
  }

  /** True when `dir` is inside a git working tree. */
  async isRepository(): Promise<boolean> {
    const r = await this.run(['rev-parse', '--is-inside-work-tree']);
    return r.exitCode === 0 && r.stdout.toString('utf8').trim() === 'true';
  }

  /** Path of `dir` relative to the top of the working tree, with a trailing `/` ('' at the top). */
  async prefix(): Promise<string> {
    return (await this.output(['rev-parse', '--show-prefix'])).trim();
  }

  /** URL of a remote (`origin` unless named), or undefined when the repository has no such remote. */
  async remoteUrl(name = 'origin'): Promise<string | undefined> {
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(name)) throw new GitError(`invalid remote name ${JSON.stringify(name)}`);
    const r = await this.run(['remote', 'get-url', name]);
    const url = r.stdout.toString('utf8').trim();
    return r.exitCode === 0 && url ? url : undefined;
  }

  /** `sha1` or `sha256`, the repository's object format. */
  async objectFormat(): Promise<'sha1' | 'sha256'> {
    const r = await this.run(['rev-parse', '--show-object-format']);
    return r.exitCode === 0 && r.stdout.toString('utf8').trim() === 'sha256' ? 'sha256' : 'sha1';
  }

  /** The commit a revision names. A missing revision is reported with how to fetch it in Actions. */
  async revParse(rev: string): Promise<string> {
    const r = await this.run(['rev-parse', '--verify', '--quiet', `${checkRef(rev)}^{commit}`]);
    if (r.exitCode !== 0) {
      if (!(await this.isRepository())) throw new GitError(`${this.dir} is not inside a git repository, so base revision ${rev} cannot be read`);
      throw new GitError(`base revision ${rev} not found; fetch it with actions/checkout fetch-depth: 0`);
    }
    return r.stdout.toString('utf8').trim();
  }

  /** The best common ancestor of two revisions. */
  async mergeBase(a: string, b: string): Promise<string> {
    const r = await this.run(['merge-base', checkRef(a), checkRef(b)]);
    if (r.exitCode === 0) return r.stdout.toString('utf8').trim();
    if (r.exitCode === 1 && !r.stderr.trim()) {
      throw new GitError(`${a} and ${b} have no common ancestor (a shallow clone?); fetch full history with actions/checkout fetch-depth: 0`);
    }
    const missing = /Not a valid (object name|commit name) (\S+)/.exec(r.stderr);
    if (missing) throw new GitError(`base revision ${missing[2]} not found; fetch it with actions/checkout fetch-depth: 0`);
    throw new GitError(`git merge-base ${a} ${b} failed: ${firstLine(r.stderr)}`);
  }

  /**
   * YAML files (`*.yaml`/`*.yml`) of a revision, as full repository paths → blob ids. `paths` restricts the
   * listing to those directories or files (full paths from the top of the working tree).
   */
  async lsTreeBlobs(rev: string, paths: readonly string[] = []): Promise<Map<string, string>> {
    const out = await this.output(['ls-tree', '-r', '-z', '--full-tree', checkRef(rev), '--', ...paths]);
    const blobs = new Map<string, string>();
    for (const entry of out.split('\0')) {
      const tab = entry.indexOf('\t');
      if (tab === -1) continue;
      const [mode, type, sha] = entry.slice(0, tab).split(' ');
      const path = entry.slice(tab + 1);
      if (type === 'blob' && mode !== '120000' && isYamlPath(path)) blobs.set(path, sha);
    }
    return blobs;
  }

  /** Contents of blobs by id, read through one `git cat-file --batch` process. Missing ids are left out. */
  async readBlobs(shas: Iterable<string>): Promise<Map<string, Buffer>> {
    const wanted = [...new Set(shas)];
    const blobs = new Map<string, Buffer>();
    if (wanted.length === 0) return blobs;
    for (const sha of wanted) if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) throw new GitError(`invalid blob id ${JSON.stringify(sha)}`);
    const r = await this.run(['cat-file', '--batch'], `${wanted.join('\n')}\n`);
    if (r.exitCode !== 0) throw new GitError(`git cat-file failed: ${firstLine(r.stderr)}`);
    const out = r.stdout;
    let pos = 0;
    while (pos < out.length) {
      const eol = out.indexOf(10, pos);
      if (eol === -1) break;
      const header = out.subarray(pos, eol).toString('utf8').split(' ');
      pos = eol + 1;
      if (header[1] === 'missing' || header.length < 3) continue;
      const size = Number(header[2]);
      blobs.set(header[0], out.subarray(pos, pos + size));
      pos += size + 1;
    }
    return blobs;
  }

  /**
   * The default branch as a ref to compare against: `origin/HEAD`'s target (e.g. `origin/main`), else the first
   * of origin/main, origin/master, main, master that exists; undefined when none does.
   */
  async defaultBranch(): Promise<string | undefined> {
    const head = await this.run(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
    if (head.exitCode === 0 && head.stdout.toString('utf8').trim()) return head.stdout.toString('utf8').trim();
    for (const candidate of ['origin/main', 'origin/master', 'main', 'master']) {
      const r = await this.run(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
      if (r.exitCode === 0) return candidate;
    }
    return undefined;
  }
}

/** The repository an Actions run belongs to (`$GITHUB_SERVER_URL/$GITHUB_REPOSITORY`), when GITHUB_REPOSITORY is set. */
export function actionsRepositoryUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const repo = env.GITHUB_REPOSITORY?.trim();
  if (!repo || !/^[^/\s]+\/[^/\s]+$/.test(repo)) return undefined;
  const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${repo}`;
}

/**
 * URLs naming the repository checked out at `git.dir`: its `origin` remote; without one (no git checkout, no
 * remote), the Actions repository from the environment. The environment is not added next to a remote: a
 * workflow may check out a repository other than its own, and the remote then tells the truth.
 */
export async function repositoryUrls(git: Git, inGit: boolean, env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const origin = inGit ? await git.remoteUrl() : undefined;
  if (origin) return [origin];
  const actions = actionsRepositoryUrl(env);
  return actions ? [actions] : [];
}
