/**
 * The stand-in's storage: a real bare git repository, read and written with git plumbing only
 * (`hash-object`, `mktree`, `commit-tree`, `update-ref`, `cat-file`, `for-each-ref`, ...). Whatever
 * is written here is visible to `git clone`, and whatever is pushed here is visible to the API.
 */
import { runGit } from '../run-git.js';

export const ZERO_SHA = '0'.repeat(40);

export type ObjectType = 'blob' | 'tree' | 'commit' | 'tag';

export interface RefEntry { ref: string; sha: string; type: ObjectType }
export interface TreeEntry { path: string; mode: string; type: 'blob' | 'tree' | 'commit'; sha: string; size?: number }
export interface Signature { name: string; email: string; date: string }
export interface CommitData { sha: string; tree: string; parents: string[]; author: Signature; committer: Signature; message: string }
export interface ChangedFile { path: string; status: 'added' | 'removed' | 'modified'; sha: string; additions: number; deletions: number }

/** A tree edit: `sha: null` deletes `path`; `content` writes a new blob. Paths may be nested. */
export interface TreeEdit { path: string; mode: string; type: 'blob' | 'tree' | 'commit'; sha?: string | null; content?: string }

function parseSignature(line: string): Signature {
  const m = /^(.*) <([^>]*)> (\d+) ([+-]\d{4})$/.exec(line);
  if (!m) throw new Error(`unparsable signature: ${line}`);
  return { name: m[1], email: m[2], date: new Date(Number(m[3]) * 1000).toISOString().replace('.000Z', 'Z') };
}

export class BareRepo {
  constructor(readonly dir: string) {}

  private async git(args: string[], input?: string | Buffer, env?: Record<string, string>): Promise<string> {
    return (await runGit(args, { cwd: this.dir, input, env })).stdout;
  }

  private async probe(args: string[]): Promise<{ ok: boolean; stdout: string }> {
    const result = await runGit(args, { cwd: this.dir, allowFailure: true });
    return { ok: result.exitCode === 0, stdout: result.stdout };
  }

  /** All refs under `refs/`, sorted by name. */
  async listRefs(): Promise<RefEntry[]> {
    const out = await this.git(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(objecttype)', 'refs/']);
    return out.split('\n').filter(Boolean).map((line) => {
      const [ref, sha, type] = line.split('\0');
      return { ref, sha, type: type as ObjectType };
    });
  }

  async getRef(ref: string): Promise<RefEntry | undefined> {
    return (await this.listRefs()).find((entry) => entry.ref === ref);
  }

  /** Sets `ref` to `sha`; with `expectedOld` the update is atomic (ZERO_SHA = must not exist). */
  async updateRef(ref: string, sha: string, expectedOld?: string): Promise<void> {
    await this.git(['update-ref', ref, sha, ...(expectedOld ? [expectedOld] : [])]);
  }

  async deleteRef(ref: string): Promise<void> {
    await this.git(['update-ref', '-d', ref]);
  }

  async objectType(sha: string): Promise<ObjectType | undefined> {
    if (!/^[0-9a-f]{40}$/.test(sha)) return undefined;
    const result = await this.probe(['cat-file', '-t', sha]);
    return result.ok ? (result.stdout.trim() as ObjectType) : undefined;
  }

  /** Resolves a branch name, tag name, full ref or SHA to a commit SHA. */
  async resolveCommit(name: string): Promise<string | undefined> {
    const result = await this.probe(['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`]);
    return result.ok ? result.stdout.trim() : undefined;
  }

  /** Resolves a tree SHA, commit SHA or ref name to a tree SHA. */
  async resolveTree(name: string): Promise<string | undefined> {
    const result = await this.probe(['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{tree}`]);
    return result.ok ? result.stdout.trim() : undefined;
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return (await this.probe(['merge-base', '--is-ancestor', ancestor, descendant])).ok;
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const result = await this.probe(['merge-base', a, b]);
    return result.ok ? result.stdout.trim() : undefined;
  }

  async countCommits(range: string): Promise<number> {
    return Number((await this.git(['rev-list', '--count', range])).trim());
  }

  async writeBlob(content: Buffer): Promise<string> {
    return (await this.git(['hash-object', '-w', '--stdin'], content)).trim();
  }

  async readBlob(sha: string): Promise<Buffer> {
    return (await runGit(['cat-file', 'blob', sha], { cwd: this.dir })).stdoutBytes;
  }

  /** Entries of a tree (or a commit's tree); `recursive` lists blobs of all subtrees plus the subtrees. */
  async readTree(treeish: string, recursive = false): Promise<TreeEntry[]> {
    const out = await this.git(['ls-tree', '-z', '-l', ...(recursive ? ['-r', '-t'] : []), treeish]);
    return out.split('\0').filter(Boolean).map((line) => {
      const [meta, path] = line.split('\t');
      const [mode, type, sha, size] = meta.split(/\s+/);
      return { path, mode, type: type as TreeEntry['type'], sha, ...(size !== '-' ? { size: Number(size) } : {}) };
    });
  }

  /** The entry at `path` in `treeish`, if any. */
  async entryAt(treeish: string, path: string): Promise<TreeEntry | undefined> {
    const out = await this.git(['ls-tree', '-z', '-l', '--full-tree', treeish, '--', path]);
    const [meta, name] = out.split('\0')[0]?.split('\t') ?? [];
    if (!meta || name !== path) return undefined;
    const [mode, type, sha, size] = meta.split(/\s+/);
    return { path, mode, type: type as TreeEntry['type'], sha, ...(size !== '-' ? { size: Number(size) } : {}) };
  }

  /** Builds a tree from `baseTree` (optional) plus `edits`, creating nested trees with `mktree`. */
  async buildTree(edits: TreeEdit[], baseTree?: string): Promise<string> {
    const files = new Map<string, { mode: string; type: string; sha: string }>();
    if (baseTree) {
      for (const e of await this.readTree(baseTree, true)) if (e.type !== 'tree') files.set(e.path, e);
    }
    for (const edit of edits) {
      if (edit.sha === null) {
        for (const path of [...files.keys()]) if (path === edit.path || path.startsWith(`${edit.path}/`)) files.delete(path);
      } else if (edit.type === 'tree' && edit.sha) {
        for (const e of await this.readTree(edit.sha, true)) if (e.type !== 'tree') files.set(`${edit.path}/${e.path}`, e);
      } else {
        const sha = edit.content !== undefined ? await this.writeBlob(Buffer.from(edit.content, 'utf8')) : edit.sha;
        if (!sha) throw new Error(`tree entry ${edit.path} has neither sha nor content`);
        files.set(edit.path, { mode: edit.mode, type: edit.type, sha });
      }
    }
    return this.writeTreeLevel('', files);
  }

  private async writeTreeLevel(prefix: string, files: Map<string, { mode: string; type: string; sha: string }>): Promise<string> {
    const lines: string[] = [];
    const subdirs = new Set<string>();
    for (const [path, entry] of files) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash === -1) lines.push(`${entry.mode} ${entry.type} ${entry.sha}\t${rest}`);
      else subdirs.add(rest.slice(0, slash));
    }
    for (const dir of subdirs) lines.push(`040000 tree ${await this.writeTreeLevel(`${prefix}${dir}/`, files)}\t${dir}`);
    return (await this.git(['mktree', '-z'], lines.map((l) => `${l}\0`).join(''))).trim();
  }

  async createCommit(data: Omit<CommitData, 'sha'>): Promise<string> {
    const env = {
      GIT_AUTHOR_NAME: data.author.name, GIT_AUTHOR_EMAIL: data.author.email, GIT_AUTHOR_DATE: data.author.date,
      GIT_COMMITTER_NAME: data.committer.name, GIT_COMMITTER_EMAIL: data.committer.email, GIT_COMMITTER_DATE: data.committer.date,
    };
    const args = ['commit-tree', data.tree, ...data.parents.flatMap((p) => ['-p', p])];
    return (await this.git(args, data.message, env)).trim();
  }

  async readCommit(sha: string): Promise<CommitData> {
    const raw = await this.git(['cat-file', 'commit', sha]);
    const split = raw.indexOf('\n\n');
    const headers = raw.slice(0, split).split('\n');
    const value = (key: string) => headers.filter((h) => h.startsWith(`${key} `)).map((h) => h.slice(key.length + 1));
    return {
      sha,
      tree: value('tree')[0],
      parents: value('parent'),
      author: parseSignature(value('author')[0]),
      committer: parseSignature(value('committer')[0]),
      message: raw.slice(split + 2),
    };
  }

  /** Files changed between two commits, with line counts (as `git diff --numstat`). */
  async changedFiles(base: string, head: string): Promise<ChangedFile[]> {
    const raw = (await this.git(['diff-tree', '-r', '-z', '--no-renames', base, head])).split('\0');
    const numstat = (await this.git(['diff-tree', '-r', '-z', '--no-renames', '--numstat', base, head])).split('\0');
    const counts = new Map<string, [number, number]>();
    for (const line of numstat.filter(Boolean)) {
      const [added, deleted, path] = line.split('\t');
      counts.set(path, [Number(added) || 0, Number(deleted) || 0]);
    }
    const files: ChangedFile[] = [];
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const [, , oldSha, newSha, letter] = raw[i].replace(/^:/, '').split(' ');
      const path = raw[i + 1];
      const status = letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified';
      const [additions, deletions] = counts.get(path) ?? [0, 0];
      files.push({ path, status, sha: status === 'removed' ? oldSha : newSha, additions, deletions });
    }
    return files;
  }
}
