/**
 * Reads the repository as it was at the PR base, straight from git objects (no second checkout), for the
 * transition rules. Files whose content is unchanged in the working tree are skipped: identical bytes give
 * identical resources, so no immutable field can have changed in them. On a typical PR that leaves a handful
 * of files to read and parse.
 */
import { createHash } from 'node:crypto';
import type { SourceFile } from '../core/source.js';
import { Git, GitError } from './git.js';
import { DEFAULT_MAX_BYTES, decodeSource } from './read-repo.js';

/** Blob ids of files as they are now (repository-relative path → id), used to skip unchanged base files. */
export type HeadBlobs = ReadonlyMap<string, string>;

/** The id git gives a blob with this content (`sha1("blob <size>\0" + bytes)`, or sha256 in such repositories). */
export function blobId(content: string | Buffer, format: 'sha1' | 'sha256' = 'sha1'): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash(format).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Blob ids of the files read from the working tree (paths relative to `repoDir`, as readRepository gives them). */
export async function headBlobIds(repoDir: string, files: readonly SourceFile[]): Promise<Map<string, string>> {
  const format = await Git.at(repoDir).objectFormat();
  return new Map(files.map((f) => [f.path, blobId(f.text, format)]));
}

export interface ReadBaseOptions {
  /** Which paths (relative to repoDir) to read; default every *.yaml/*.yml. */
  include?: (path: string) => boolean;
  /** Larger base files are not read. */
  maxBytes?: number;
}

/**
 * The YAML files of `baseRev` under `repoDir` (paths relative to repoDir, like the head files), minus those
 * whose blob also exists in `headBlobs` (unchanged, wherever it now lives). Binary, non-UTF-8 and oversize
 * base files are left out silently: they are judged (or reported) at head, not at the base.
 */
export async function readBaseFiles(repoDir: string, baseRev: string, headBlobs?: HeadBlobs, options: ReadBaseOptions = {}): Promise<SourceFile[]> {
  const git = Git.at(repoDir);
  const commit = await git.revParse(baseRev);
  const prefix = await git.prefix();
  const listed = await git.lsTreeBlobs(commit, prefix ? [prefix] : []);
  const unchanged = new Set(headBlobs?.values() ?? []);
  const wanted = new Map<string, string>();
  for (const [fullPath, sha] of listed) {
    if (!fullPath.startsWith(prefix)) continue;
    const path = fullPath.slice(prefix.length);
    if (unchanged.has(sha) || (options.include && !options.include(path))) continue;
    wanted.set(path, sha);
  }
  const blobs = await git.readBlobs(wanted.values());
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const files: SourceFile[] = [];
  for (const [path, sha] of wanted) {
    const bytes = blobs.get(sha);
    if (!bytes) throw new GitError(`blob ${sha} of ${path} at ${baseRev} could not be read`);
    if (bytes.length > maxBytes) continue;
    const decoded = decodeSource(path, bytes);
    if ('text' in decoded) files.push(decoded);
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The base to compare against: `baseRef` when given (a PR's base sha, the `base-ref` input or `--base`),
 * else the merge base of HEAD with the default branch; undefined when neither can be found.
 */
export async function resolveBaseRevision(repoDir: string, baseRef?: string): Promise<string | undefined> {
  const git = Git.at(repoDir);
  if (baseRef) return git.revParse(baseRef);
  const branch = await git.defaultBranch();
  if (!branch) return undefined;
  return git.mergeBase(branch, 'HEAD');
}
