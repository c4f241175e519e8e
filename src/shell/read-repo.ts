import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync } from 'node:fs';
import { sep } from 'node:path';
import type { Finding } from '../core/finding.js';
import { globToRegExp, matchesAny } from '../core/glob.js';
import type { SourceFile } from '../core/source.js';

export interface ReadOptions {
  /** Which repository-relative paths to read (e.g. YAML only). */
  include: (path: string) => boolean;
  /** Glob patterns of paths to skip. */
  ignore?: readonly string[];
  /** Files larger than this are reported, not read. */
  maxBytes?: number;
}

export interface ReadResult {
  files: SourceFile[];
  findings: Finding[];
}

export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

export const isYamlPath = (path: string) => /\.ya?ml$/i.test(path);

function fileFinding(file: string, ruleId: string, message: string, hint: string, line = 1, severity: Finding['severity'] = 'error'): Finding {
  return { ruleId, severity, file, line, column: 1, message, hint };
}

/** Line (1-based) of the first byte that is not valid UTF-8, or 0 when the bytes are valid. */
function firstInvalidUtf8Line(bytes: Buffer): number {
  if (isUtf8(bytes)) return 0;
  {
    let line = 1;
    for (let i = 0; i < bytes.length; ) {
      const b = bytes[i];
      const len = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
      if (len === 0 || i + len > bytes.length) return line;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + len));
      } catch {
        return line;
      }
      if (b === 10) line++;
      i += len;
    }
    return line;
  }
}

/** A file's bytes, checked to be text (see decodeSource) and not yet decoded. */
export interface SourceBytes {
  path: string;
  bytes: Uint8Array;
}

/** Why a file's bytes are not text the core can read (binary, invalid UTF-8), or undefined when they are. */
function notTextFinding(path: string, bytes: Buffer): Finding | undefined {
  if (bytes.includes(0)) {
    return fileFinding(path, 'file/binary', 'This file holds binary data (NUL bytes), not YAML text.', 'Remove it or rename it so it does not end in .yaml/.yml, or add it to the ignore list.');
  }
  const bad = firstInvalidUtf8Line(bytes);
  if (bad) {
    return fileFinding(path, 'file/encoding', 'This file is not valid UTF-8.', 'Save the file as UTF-8; Kubernetes only accepts UTF-8 YAML.', bad);
  }
  return undefined;
}

/**
 * Decodes a file's bytes as the core expects them. Binary content, invalid UTF-8 and oversize files become
 * findings instead of text.
 */
export function decodeSource(path: string, bytes: Buffer): SourceFile | Finding {
  return notTextFinding(path, bytes) ?? { path, text: decodeText(bytes) };
}

/** The text of bytes that readSourceBytes checked. */
export function sourceText({ path, bytes }: SourceBytes): SourceFile {
  return { path, text: decodeText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) };
}

/** UTF-8 bytes as text; ASCII (most YAML) is copied as it is, which is the same text without the decoding. */
function decodeText(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

export interface Listing {
  /** Repository-relative paths selected by include, sorted. */
  paths: string[];
  findings: Finding[];
}

/**
 * Walks a checkout and lists the files `include` selects. Skips .git and node_modules and the ignore globs;
 * never follows a symbolic link (a link pointing outside the repository is reported).
 */
export function listRepository(root: string, options: Omit<ReadOptions, 'maxBytes'>): Listing {
  const ignore = (options.ignore ?? []).filter((p) => p.trim()).map(globToRegExp);
  const paths: string[] = [];
  const findings: Finding[] = [];
  if (!lstatSync(root).isDirectory()) throw new Error(`${root} is not a directory`);
  const rootReal = realpathSync(root);

  function walk(dir: string, rel: string): void {
    const entries = readdirSync(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const base = dir.endsWith(sep) ? dir : dir + sep;
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue;
      const abs = base + entry.name;
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (ignore.length && matchesAny(path, ignore)) continue;
      if (entry.isSymbolicLink()) {
        if (!options.include(path)) continue;
        let target: string | undefined;
        try {
          target = realpathSync(abs);
        } catch {
          target = undefined;
        }
        const inside = target !== undefined && (target === rootReal || target.startsWith(rootReal + sep));
        if (!inside) {
          findings.push(fileFinding(path, 'file/symlink-outside', 'Symbolic link pointing outside the repository (or nowhere); it was not followed.', 'Replace the link with the file itself; Flux reads only what the repository holds.', 1, 'warning'));
        }
        continue;
      }
      if (entry.isDirectory()) walk(abs, path);
      else if (entry.isFile() && options.include(path)) paths.push(path);
    }
  }

  walk(root, '');
  return { paths, findings };
}

/**
 * Reads listed files. Synchronous on purpose: thousands of small files read far faster in one loop than
 * through the async thread pool.
 */
export function readSources(root: string, paths: readonly string[], maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  const files: SourceFile[] = [];
  const findings: Finding[] = [];
  for (const path of paths) {
    const r = readSource(root, path, maxBytes);
    if ('text' in r) files.push(r);
    else findings.push(r);
  }
  return { files, findings };
}

/** Lists and reads a checkout (see listRepository and readSources). */
export async function readRepository(root: string, options: ReadOptions): Promise<ReadResult> {
  const listing = listRepository(root, options);
  const read = readSources(root, listing.paths, options.maxBytes);
  return { files: read.files, findings: [...listing.findings, ...read.findings] };
}

/** One file read whole (see readSourceBytes); oversize or undecodable → a finding. */
export function readSource(root: string, path: string, maxBytes: number): SourceFile | Finding {
  const read = readSourceBytes(root, path, maxBytes);
  return 'bytes' in read ? sourceText(read) : read;
}

/** Files up to this size are read in one call into a buffer kept for the purpose, then copied out. */
export const SMALL_FILE = 64 * 1024;
let small: Buffer | undefined;

/**
 * Where readSourceBytes reads a file first: `buffer` from `at` on. A file that fits in the room left stays
 * there (its bytes are a view of `buffer`, and `at` moves past them); a larger one gets a buffer of its own.
 */
export interface ReadPool {
  buffer: Buffer;
  at: number;
}

/**
 * readSource without the decoding. `own`: the bytes fill a buffer of their own (never a slice of Node's shared
 * pool), so that it can be transferred to another thread; with a `pool`, a small file's bytes are a view of the
 * pool's buffer instead (see ReadPool), which is transferred whole with the files read into it.
 *
 * Most files are small: one open, one read and one close. A read that returns less than it asked for has
 * reached the end of a regular file, so no fstat is needed (nor the Stats object Node makes of it) unless the
 * file fills the first read.
 */
export function readSourceBytes(root: string, path: string, maxBytes: number, own = false, pool?: ReadPool): SourceBytes | Finding {
  // Listed paths are relative, `/`-separated and normal already (Windows accepts `/` too).
  const fd = openSync(`${root}/${path}`, 'r');
  let bytes: Buffer;
  try {
    const first = pool ?? { buffer: (small ??= Buffer.allocUnsafeSlow(SMALL_FILE)), at: 0 };
    const room = first.buffer.length - first.at;
    const got = readSync(fd, first.buffer, first.at, room, 0);
    const size = got < room ? got : fstatSync(fd).size;
    if (size > maxBytes) {
      return fileFinding(path, 'file/too-large', `File is ${(size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(0)} MiB limit; it was not read.`, 'Split it into smaller files, or add it to the ignore list.');
    }
    if (got < room && pool) {
      bytes = pool.buffer.subarray(pool.at, pool.at + got);
      pool.at += got;
    } else if (got < room) {
      bytes = own ? Buffer.allocUnsafeSlow(got) : Buffer.allocUnsafe(got);
      first.buffer.copy(bytes, 0, first.at, first.at + got);
    } else {
      bytes = own || pool ? Buffer.allocUnsafeSlow(size) : Buffer.allocUnsafe(size);
      let n = first.buffer.copy(bytes, 0, first.at, first.at + Math.min(got, size));
      while (n < size) {
        const r = readSync(fd, bytes, n, size - n, n);
        if (r === 0) break;
        n += r;
      }
      if (n < size) bytes = bytes.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
  return notTextFinding(path, bytes) ?? { path, bytes };
}
