/**
 * What a pull request changes, from git: changed files, changed (added) lines, and files as they were at
 * the base. Every call is `git` with an argument array (execFile, no shell), so paths and refs from
 * untrusted pull requests are never interpreted by a shell.
 */
import { execFile } from 'node:child_process';

export interface DiffFile {
  path: string;
  /** A: added, M: modified, D: deleted, T: type changed. Renames are split into D + A. */
  status: 'A' | 'M' | 'D' | 'T';
}

const ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };

function git(root: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', ['-c', 'core.quotePath=false', ...args], { cwd: root, env: ENV, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args[0]} failed: ${String(stderr || error.message).trim().split('\n')[0]}`));
      else resolve(stdout);
    });
  });
}

/** The range `base...HEAD` (changes on HEAD since it left base). Refuses refs that look like options. */
function range(base: string): string {
  if (base.startsWith('-')) throw new Error(`invalid base ref ${JSON.stringify(base)}`);
  return `${base}...HEAD`;
}

/** Files changed between the merge base of `base` and HEAD. */
export async function changedFiles(root: string, base: string): Promise<DiffFile[]> {
  const out = await git(root, ['diff', '--name-status', '--no-renames', '-z', '--no-ext-diff', range(base), '--']);
  const parts = out.split('\0').filter((p) => p !== '');
  const files: DiffFile[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const status = parts[i][0] as DiffFile['status'];
    files.push({ path: parts[i + 1], status: status === 'A' || status === 'D' || status === 'T' ? status : 'M' });
  }
  return files;
}

/** Lines added or changed in each file (1-based line numbers at HEAD), from `git diff --unified=0`. */
export async function changedLines(root: string, base: string): Promise<Map<string, Set<number>>> {
  const out = await git(root, ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', range(base), '--']);
  return parseUnifiedZero(out);
}

/** Parses `git diff --unified=0` output into added line numbers per new path. */
export function parseUnifiedZero(diff: string): Map<string, Set<number>> {
  const lines = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      // git ends the name with a tab when it contains a space.
      const target = line.slice(4).replace(/\t$/, '');
      if (target === '/dev/null') current = undefined;
      else {
        const path = unquote(target).replace(/^b\//, '');
        current = lines.get(path) ?? new Set();
        lines.set(path, current);
      }
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return lines;
}

/** git quotes paths with unusual bytes as C strings ("b/caf\303\251.yaml"). */
function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') {
      bytes.push(...Buffer.from(body[i], 'utf8'));
      continue;
    }
    const next = body[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(simple[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A file's text at a revision, or undefined when it does not exist there. */
export async function readAtRevision(root: string, revision: string, path: string): Promise<string | undefined> {
  if (revision.startsWith('-')) throw new Error(`invalid revision ${JSON.stringify(revision)}`);
  try {
    return await git(root, ['show', `${revision}:${path}`]);
  } catch {
    return undefined;
  }
}
