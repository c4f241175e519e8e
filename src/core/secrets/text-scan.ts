import { multiLineCandidates, oneLineCandidates, resolveFormats, type Candidates } from './find-formats.js';
import type { FormatMatch } from './credential-formats.js';
import { findAssignments, type Assignment } from './key-assignments.js';
import { ownString } from '../own-string.js';
import { childBlockEnd, countNewlines, indentedLineOf } from './yaml-lines.js';

/**
 * The text scanners (known credential formats, secret-like assignments) over a whole file, with repeated
 * blocks swept once.
 *
 * A ComponentRelease snapshots its ComponentType's and Traits' specs verbatim, so in a repository with many
 * releases most of the text is a few `componentType:` and `traits:` blocks repeated thousands of times. The
 * scanners read one line per candidate (except the formats that span lines, swept over the whole text
 * every time), so for a text cut at line breaks, each piece's results moved by the piece's offset are the
 * whole text's results: a block seen before is not swept again.
 *
 * Which lines start a block only decides what is reused, never what is found: a block is any run of whole
 * lines, compared character for character with the text at hand.
 */

export interface TextScan {
  /** Known-format credentials, ordered by offset, without overlaps. */
  formats: FormatMatch[];
  /** Secret-like keys assigned a random-looking literal, ordered by offset. */
  assignments: Assignment[];
  /** The 0-based line of an offset (line breaks of repeated blocks are counted once per block). */
  lineOf(offset: number): number;
  /** `text.indexOf(needle, from)` for a needle without line breaks, not searching blocks that lack it. */
  find(needle: string, from: number): number;
}

interface SweptBlock {
  text: string;
  candidates: Candidates;
  assignments: Assignment[];
  newlines: number;
  /** Whether the block holds a literal (asked per literal, answered once). */
  mentions(needle: string): boolean;
}

/** A run of whole lines of the scanned text: a known block, or a gap between them. */
interface Part {
  at: number;
  end: number;
  block?: SweptBlock;
  /** Line breaks in a gap (counted when first needed). */
  newlines?: number;
}

/** Keys whose blocks ComponentReleases repeat. */
const SNAPSHOT_KEYS = ['componentType:', 'traits:'] as const;
/** Shorter blocks are swept where they are: comparing them costs about as much. */
const MIN_BLOCK_CHARS = 512;
/** Text kept for reuse, in characters. */
const MAX_KEPT_CHARS = 8 * 1024 * 1024;
/** Known blocks compared at one place before the block is swept as new. */
const MAX_TRIES = 8;

/** Blocks swept so far, by the key that starts them, the most recently met first. */
export class SweptBlocks {
  private readonly byKey = new Map<string, SweptBlock[]>();
  private kept = 0;

  /** Blocks kept. */
  get size(): number {
    let n = 0;
    for (const list of this.byKey.values()) n += list.length;
    return n;
  }

  /** A known block at `at` (the start of its key's line) in `text`. */
  find(key: string, text: string, at: number): SweptBlock | undefined {
    const list = this.byKey.get(key);
    if (!list) return undefined;
    for (let i = 0; i < list.length && i < MAX_TRIES; i++) {
      const block = list[i];
      if (text.slice(at, at + block.text.length) !== block.text) continue;
      if (i > 0) {
        list.splice(i, 1);
        list.unshift(block);
      }
      return block;
    }
    return undefined;
  }

  /** Sweeps a block met for the first time and keeps it, when there is room. */
  learn(key: string, text: string): SweptBlock | undefined {
    if (this.kept + text.length > MAX_KEPT_CHARS) return undefined;
    // A copy: a slice would keep the whole file it was cut from alive.
    const own = ownString(text);
    const seen = new Map<string, boolean>();
    const mentions = (needle: string) => {
      let found = seen.get(needle);
      if (found === undefined) seen.set(needle, (found = own.includes(needle)));
      return found;
    };
    const block = { text: own, candidates: oneLineCandidates(own), assignments: findAssignments(own), newlines: countNewlines(own, 0, own.length), mentions };
    this.kept += own.length;
    const list = this.byKey.get(key);
    if (list) list.unshift(block);
    else this.byKey.set(key, [block]);
    return block;
  }
}

/** The snapshot key line that starts at `at` (a key of SNAPSHOT_KEYS alone on its line), if any. */
function snapshotLineAt(text: string, at: number): { key: string; indent: number } | undefined {
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  for (const key of SNAPSHOT_KEYS) {
    if (text.startsWith(key, i) && text.charCodeAt(i + key.length) === 10) return { key, indent: i - at };
  }
  return undefined;
}

/** The next line, from `from` on, that is `componentType:` alone after any indentation: where snapshots start. */
function nextComponentTypeLine(text: string, from: number): number {
  const key = SNAPSHOT_KEYS[0];
  for (let line = indentedLineOf(text, key, from); line; line = indentedLineOf(text, key, line.start + line.indent + 1)) {
    if (text.charCodeAt(line.start + line.indent + key.length) === 10) return line.start;
  }
  return -1;
}

/**
 * Scans a whole file's text; `blocks` (kept across files) lets repeated blocks be swept once. The text
 * between known blocks (the gaps, whole lines each) is swept gap by gap.
 */
export function scanText(text: string, blocks?: SweptBlocks): TextScan {
  const parts: Part[] = [];
  let gap = 0;
  const addGap = (to: number) => {
    if (to > gap) parts.push({ at: gap, end: to });
  };
  if (blocks) {
    // A snapshot starts at a `componentType:` line; its blocks follow each other (`traits:` comes next).
    for (let start = nextComponentTypeLine(text, 0); start !== -1; start = nextComponentTypeLine(text, Math.max(gap, start + 1))) {
      for (let line = snapshotLineAt(text, start); line; line = snapshotLineAt(text, start)) {
        let block = blocks.find(line.key, text, start);
        if (!block) {
          const end = childBlockEnd(text, start, line.indent);
          // A block is reused only as whole lines: it must end with its line break.
          if (end - start >= MIN_BLOCK_CHARS && text.charCodeAt(end - 1) === 10) block = blocks.learn(line.key, text.slice(start, end));
        }
        if (!block) break;
        addGap(start);
        parts.push({ at: start, end: start + block.text.length, block });
        gap = start += block.text.length;
      }
    }
  }
  addGap(text.length);

  const whole = parts.length === 1 && !parts[0].block;
  // Parts are whole lines, so a needle without line breaks never runs from one part into the next.
  const find = (needle: string, from: number): number => {
    if (whole) return text.indexOf(needle, from);
    for (const p of parts) {
      if (p.end <= from || (p.block && !p.block.mentions(needle))) continue;
      const start = Math.max(from, p.at);
      const i = text.slice(start, p.end).indexOf(needle);
      if (i !== -1) return start + i;
    }
    return -1;
  };
  // Each gap is swept where it is (a slice is a view, not a copy), each known block's results are reused;
  // in part order, so the assignments come ordered by offset.
  const sources: { candidates: Candidates; at: number }[] = [];
  const assignments: Assignment[] = [];
  for (const p of parts) {
    if (p.block) {
      sources.push({ candidates: p.block.candidates, at: p.at });
      for (const a of p.block.assignments) assignments.push(moveAssignment(a, p.at));
      continue;
    }
    const gap = whole ? text : text.slice(p.at, p.end);
    sources.push({ candidates: oneLineCandidates(gap), at: p.at });
    for (const a of findAssignments(gap)) assignments.push(moveAssignment(a, p.at));
  }
  sources.push({ candidates: multiLineCandidates(text, find), at: 0 });
  const formats = resolveFormats(sources);

  const lineOf = (offset: number): number => {
    let line = 0;
    for (const part of parts) {
      if (offset < part.end) return line + countNewlines(text, part.at, offset);
      line += part.block ? part.block.newlines : (part.newlines ??= countNewlines(text, part.at, part.end));
    }
    return line;
  };
  return { formats, assignments, lineOf, find };
}

const moveAssignment = (a: Assignment, by: number): Assignment =>
  by === 0 ? a : { ...a, start: a.start + by, valueStart: a.valueStart + by, valueEnd: a.valueEnd + by };
