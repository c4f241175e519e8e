import type { YamlDocument } from '../parse.js';
import type { Path } from '../path.js';
import type { Position } from '../position.js';
import { LineIndex } from './line-index.js';

/**
 * Finds the line of a scalar in a YAML document's text without re-parsing it: a line `field: value` whose value
 * (quotes and comment removed) equals the parsed value, or `field: |` followed by the value's first line.
 * Candidate lines are reached with `indexOf` of the field name, so only a handful of lines are ever looked at.
 * Only when that fails (flow mappings, folded scalars, escapes) is the document re-parsed for positions.
 */
export interface ValueLocation {
  line: number;
  column: number;
  endLine: number;
}

/** A 1-based line of the document's own text and the 1-based column of the value on it. */
interface Candidate {
  line: number;
  column: number;
}

/** Positions of nodes by re-parsing their document: `PositionIndex`, which needs the `yaml` library. */
export interface NodeLocator {
  locate(doc: YamlDocument, path: Path): Position;
}

/**
 * Thrown when a value's line can only be found by re-parsing its document and no NodeLocator was given. The
 * `yaml` library that re-parsing needs is large and rarely wanted, so callers load it only then, and judge
 * the files again with it.
 */
export class PositionsNeeded extends Error {
  constructor(file: string) {
    super(`${file}: finding a value's line needs the YAML parser's positions`);
    this.name = 'PositionsNeeded';
  }
}

/** Where the text reader (`yaml-slices.ts`) saw an entry's value: `{ line, column }`, line 1-based in the document. */
export const TEXT_LOCATION = Symbol('text location');

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fieldLines = new Map<string, RegExp>();

function fieldLine(field: string): RegExp {
  let re = fieldLines.get(field);
  if (!re) {
    re = new RegExp(`^([ \\t]*(?:-[ \\t]+)*)(["']?)${escapeRe(field)}\\2[ \\t]*:(?:[ \\t]+(.*))?$`);
    if (fieldLines.size > 1000) fieldLines.clear();
    fieldLines.set(field, re);
  }
  return re;
}

const extraLines = (value: string) => (value.includes('\n') ? value.replace(/\n$/, '').split('\n').length : 0);

export class YamlValueLines {
  private readonly lineCache = new WeakMap<YamlDocument, LineIndex>();

  /** `positions`: for the values whose lines a text search cannot find; without it, those throw PositionsNeeded. */
  constructor(private readonly positions?: NodeLocator) {}

  private index(doc: YamlDocument): LineIndex {
    let lines = this.lineCache.get(doc);
    if (!lines) {
      lines = new LineIndex(doc.text);
      this.lineCache.set(doc, lines);
    }
    return lines;
  }

  /** The `field: value` candidate on one line, if that line is one. */
  private candidateOn(lines: LineIndex, line: number, field: string, value: string): Candidate | undefined {
    const text = lines.line(line);
    const m = fieldLine(field).exec(text);
    if (!m) return undefined;
    const rest = (m[3] ?? '').trim();
    if (rest === '' || /^[|>][0-9+-]*(?:\s+#.*)?$/.test(rest)) {
      const firstLine = value.split('\n')[0].trim();
      let next = line + 1;
      while (next <= lines.lineCount && lines.line(next).trim() === '') next++;
      return next <= lines.lineCount && lines.line(next).trim() === firstLine ? { line, column: m[1].length + 1 } : undefined;
    }
    if (scalarText(rest) !== value) return undefined;
    return { line, column: text.length - (m[3] ?? '').length + 1 };
  }

  /** Candidate lines for `field: value`, in order, optionally limited to the lines [from, to]. */
  private candidates(lines: LineIndex, field: string, value: string, from = 1, to = Number.MAX_SAFE_INTEGER): Candidate[] {
    const out: Candidate[] = [];
    const text = lines.text;
    let last = 0;
    for (let i = text.indexOf(field); i !== -1; i = text.indexOf(field, i + field.length)) {
      const line = lines.lineAt(i);
      if (line === last || line < from) continue;
      if (line > to) break;
      last = line;
      const c = this.candidateOn(lines, line, field, value);
      if (c) out.push(c);
    }
    return out;
  }

  /** Lines [start, end] of the list item (`- …`) that contains `line`. */
  private itemRange(lines: LineIndex, line: number): [number, number] {
    let start = line;
    while (start > 1 && !/^[ \t]*-(?:[ \t]|$)/.test(lines.line(start))) start--;
    const dash = lines.line(start).search(/-/);
    let end = start;
    while (end < lines.lineCount) {
      const l = lines.line(end + 1);
      if (l.trim() !== '' && !l.trimStart().startsWith('#') && l.search(/\S/) <= dash) break;
      end++;
    }
    return [start, end];
  }

  private toLocation(doc: YamlDocument, c: Candidate, value: string): ValueLocation {
    const line = doc.startLine + c.line - 1;
    return { line, column: c.column, endLine: line + extraLines(value) };
  }

  private fallback(doc: YamlDocument, path: Path, value: string): ValueLocation {
    if (!this.positions) throw new PositionsNeeded(doc.file);
    const { line, column } = this.positions.locate(doc, path);
    return { line, column, endLine: line + extraLines(value) };
  }

  /** The `valueField` of the list item whose `keyField` is `key` (Workload env/files entries). */
  entryValue(doc: YamlDocument, path: Path, keyField: string, key: string, valueField: string, value: string, entry?: object): ValueLocation {
    const seen = (entry as { [TEXT_LOCATION]?: { line: number; column: number } } | undefined)?.[TEXT_LOCATION];
    if (seen) {
      const line = doc.startLine + seen.line - 1;
      return { line, column: seen.column, endLine: line };
    }
    const lines = this.index(doc);
    const text = lines.text;
    if (key === '') return this.fallback(doc, path, value);
    for (let i = text.indexOf(key); i !== -1; i = text.indexOf(key, i + key.length)) {
      const keyLine = lines.lineAt(i);
      if (!this.candidateOn(lines, keyLine, keyField, key)) continue;
      const [start, end] = this.itemRange(lines, keyLine);
      for (let l = start; l <= end; l++) {
        const hit = this.candidateOn(lines, l, valueField, value);
        if (hit) return this.toLocation(doc, hit, value);
      }
    }
    return this.fallback(doc, path, value);
  }

  /** A `field: value` pair that occurs once in the document (else positions come from a re-parse). */
  fieldValue(doc: YamlDocument, path: Path, field: string, value: string): ValueLocation {
    const hits = this.candidates(this.index(doc), field, value);
    return hits.length === 1 ? this.toLocation(doc, hits[0], value) : this.fallback(doc, path, value);
  }

  /** A block-sequence item `- value` that occurs once in the document (Kustomize `literals`, `files`). */
  listItem(doc: YamlDocument, path: Path, value: string): ValueLocation {
    const lines = this.index(doc);
    const found: Candidate[] = [];
    let last = 0;
    for (let i = lines.text.indexOf(value); i !== -1 && value !== ''; i = lines.text.indexOf(value, i + value.length)) {
      const line = lines.lineAt(i);
      if (line === last) continue;
      last = line;
      const m = /^([ \t]*-[ \t]+)(.*)$/.exec(lines.line(line));
      if (m && scalarText(m[2].trim()) === value) found.push({ line, column: m[1].length + 1 });
    }
    return found.length === 1 ? this.toLocation(doc, found[0], value) : this.fallback(doc, path, value);
  }
}

/** The string a one-line YAML scalar denotes, for comparison (plain, single- or double-quoted, with a comment). */
function scalarText(rest: string): string {
  if (rest.startsWith("'")) {
    const close = rest.lastIndexOf("'");
    return rest.slice(1, close > 0 ? close : undefined).replace(/''/g, "'");
  }
  if (rest.startsWith('"')) {
    const close = rest.lastIndexOf('"');
    const body = rest.slice(0, close > 0 ? close + 1 : undefined);
    try {
      return JSON.parse(body) as string;
    } catch {
      return body.slice(1, -1);
    }
  }
  const comment = rest.search(/[ \t]#/);
  return (comment === -1 ? rest : rest.slice(0, comment)).trim();
}
