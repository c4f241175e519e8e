import { plainScalarEnd, resolvePlainScalar } from '../block-yaml.js';

/**
 * Reads the env/file entries of container specs straight from block-style YAML lines, so that the common
 * case (a ComponentRelease or Workload with a handful of `- key: … value: …` entries) needs no YAML parse.
 *
 * It understands exactly: `key:` lines (plain or quoted key, one-line plain or quoted value or none, or a
 * one-line flow collection that is not an entry's key/value), `- ` sequence items (also `- key: value`),
 * comments and blank lines, all in printable ASCII. Anything else — block scalars, flow collections over
 * several lines, multi-line scalars, a plain scalar holding `: `, an entry's `key` or `value` written plain
 * that YAML reads as no string (`8080`, `true`, `~`), tabs, other characters — makes it return undefined, and
 * the caller parses with js-yaml, so that the entries are always what the parsed document holds.
 */
export interface TextEntry {
  /** v0.12 container name (`containers.<name>`), or undefined for the 1.x `container`. */
  container: string | undefined;
  list: 'env' | 'files';
  /** Position of the entry in its list. */
  index: number;
  key: string;
  value: string;
  /** 0-based line of the value within the block, and its 1-based column. */
  line: number;
  column: number;
}

/**
 * A sequence item of the text read so far. Items and frames are always made with all their fields, in one
 * order, so that each has one object shape (faster to run and to optimize).
 */
interface Item {
  index: number;
  key: string | undefined;
  value: string | undefined;
  valueAt: { line: number; column: number } | undefined;
}

interface Frame {
  indent: number;
  key: string;
  /** The frame this one is nested in (the path to it is the chain of keys). */
  parent: Frame | undefined;
  /** For a sequence item: its index and the one-line `key` and `value` fields read so far. */
  item: Item | undefined;
  /** For a key whose value is a sequence: items seen so far. */
  items: number;
}

const isKeyStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isKeyChar = (c: number) => isKeyStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 47 || c === 45;

/** Anything but printable ASCII and line breaks (a carriage return only before a line feed). */
const UNUSUAL = /[^\x20-\x7e\n\r]|\r(?!\n)/;
/** Anything but printable ASCII and line feeds: one character class, which a regex tests faster than UNUSUAL. */
const NOT_PLAIN = /[^\x20-\x7e\n]/;
const isUnusual = (text: string) => NOT_PLAIN.test(text) && UNUSUAL.test(text);

/**
 * The string a one-line scalar denotes, or undefined when it is not a complete one-line scalar, or is a plain
 * one that the YAML core schema reads as something else than a string (`8080`, `true`, `~`).
 */
export function oneLineScalar(raw: string): string | undefined {
  const rest = raw.trim();
  if (rest.startsWith('"')) return doubleQuoted(rest);
  if (rest.startsWith("'")) return singleQuoted(rest);
  const end = plainScalarEnd(rest, 0, rest.length);
  if (end === -1) return undefined;
  const text = rest.slice(0, end);
  return resolvePlainScalar(text) === text ? text : undefined;
}

function doubleQuoted(rest: string): string | undefined {
  // Without a backslash before it, the first `"` after the opening one closes the string, and the string is
  // its text (JSON.parse would give the same, refusing only control characters).
  const close = rest.indexOf('"', 1);
  if (close !== -1 && rest.lastIndexOf('\\', close) === -1) {
    let i = close + 1;
    while (i < rest.length && (rest.charCodeAt(i) === 32 || rest.charCodeAt(i) === 9)) i++;
    // Then nothing, or a comment on this line.
    if (i < rest.length && (rest.charCodeAt(i) !== 35 || /[\n\r\u2028\u2029]/.test(rest.slice(i)))) return undefined;
    const body = rest.slice(1, close);
    return /[\x00-\x1f]/.test(body) ? undefined : body;
  }
  const m = /^"((?:[^"\\]|\\.)*)"[ \t]*(?:#.*)?$/.exec(rest);
  if (!m) return undefined;
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return undefined;
  }
}

function singleQuoted(rest: string): string | undefined {
  const m = /^'((?:[^']|'')*)'[ \t]*(?:#.*)?$/.exec(rest);
  return m ? m[1].replace(/''/g, "'") : undefined;
}

/** Whether block[from, to) (trimmed) is one complete one-line scalar of any type, for values nobody reads. */
function isOneLineScalar(block: string, from: number, to: number): boolean {
  const c = block.charCodeAt(from);
  if (c === 34) return doubleQuoted(block.slice(from, to)) !== undefined;
  if (c === 39) return /^'(?:[^']|'')*'[ \t]*(?:#.*)?$/.test(block.slice(from, to));
  return plainScalarEnd(block, from, to) !== -1;
}

const FLOW_ON_ONE_LINE = /^(?:\[[^\[\]{}]*\]|\{[^\[\]{}]*\})[ \t]*(?:#.*)?$/;

/** True when block[at, at + word.length) is `word`. */
const isWord = (block: string, at: number, end: number, word: string) => end - at === word.length && block.startsWith(word, at);

/**
 * Entries with both `key` and a one-line `value` under `…container.(env|files)` or `…containers.<n>.(env|files)`,
 * in `block` (or in its lines from offset `from` to `to`, lines counted from there).
 */
export function literalEntriesFromText(block: string, from = 0, to = block.length): TextEntry[] | undefined {
  if (isUnusual(from === 0 && to === block.length ? block : block.slice(from, to))) return undefined;
  const stack: Frame[] = [];
  const items: Frame[] = [];
  // Line by line, by offsets into the whole text (reading a slice's characters is slower): only the keys
  // that open a level and the entries' fields become strings.
  for (let n = 0, start = from; start <= to; n++) {
    const newline = block.indexOf('\n', start);
    let end = newline === -1 || newline > to ? to : newline;
    const lineStart = start;
    start = end + 1;
    if (end > lineStart && block.charCodeAt(end - 1) === 13) end--;
    const lineLength = end - lineStart;
    let at = lineStart;
    while (at < end && block.charCodeAt(at) === 32) at++;
    if (at === end || block.charCodeAt(at) === 35) continue;
    let indent = at - lineStart;
    if (block.charCodeAt(at) === 45 && (at + 1 === end || block.charCodeAt(at + 1) === 32)) {
      while (stack.length && (stack[stack.length - 1].indent > indent || (stack[stack.length - 1].item && stack[stack.length - 1].indent === indent))) stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent || parent.item) return undefined;
      const frame: Frame = { indent, key: String(parent.items), parent, item: { index: parent.items++, key: undefined, value: undefined, valueAt: undefined }, items: 0 };
      stack.push(frame);
      items.push(frame);
      at++;
      while (at < end && block.charCodeAt(at) === 32) at++;
      if (at === end) continue;
      indent = at - lineStart;
    } else {
      while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
    }
    // The key: plain (`[A-Za-z_][A-Za-z0-9_./-]*`) or quoted (anything but its quote), then blanks and `:`.
    const first = block.charCodeAt(at);
    let keyFrom = at;
    let keyTo: number;
    let i: number;
    if (first === 34 || first === 39) {
      const close = block.indexOf(block[at], at + 1);
      if (close === -1 || close >= end) return undefined;
      keyFrom = at + 1;
      keyTo = close;
      i = close + 1;
    } else {
      if (!isKeyStart(first)) return undefined;
      i = at + 1;
      while (i < end && isKeyChar(block.charCodeAt(i))) i++;
      keyTo = i;
    }
    while (block.charCodeAt(i) === 32 && i < end) i++;
    if (i === end || block.charCodeAt(i) !== 58) return undefined;
    i++;
    // The value: nothing, or blanks and the rest of the line (a value that is only a comment is no value).
    let valueFrom = end;
    let valueTo = end;
    if (i < end) {
      if (block.charCodeAt(i) !== 32) return undefined;
      while (i < end && block.charCodeAt(i) === 32) i++;
      if (i < end && block.charCodeAt(i) !== 35) {
        valueFrom = i;
        while (valueTo > valueFrom && block.charCodeAt(valueTo - 1) === 32) valueTo--;
      }
    }
    const top = stack[stack.length - 1];
    if (valueFrom === valueTo) {
      stack.push({ indent, key: block.slice(keyFrom, keyTo), parent: top, item: undefined, items: 0 });
      continue;
    }
    const isKey = isWord(block, keyFrom, keyTo, 'key');
    const field = top?.item !== undefined && indent > top.indent && (isKey || isWord(block, keyFrom, keyTo, 'value'));
    const c = block.charCodeAt(valueFrom);
    if ((c === 91 || c === 123) && !field) {
      if (!FLOW_ON_ONE_LINE.test(block.slice(valueFrom, valueTo))) return undefined;
      continue;
    }
    if (!field) {
      if (!isOneLineScalar(block, valueFrom, valueTo)) return undefined;
      continue;
    }
    const value = oneLineScalar(block.slice(valueFrom, end));
    if (value === undefined) return undefined;
    const item = top.item!;
    if (isKey) item.key = value;
    else {
      item.value = value;
      item.valueAt = { line: n, column: valueFrom - lineStart + 1 };
    }
  }
  const out: TextEntry[] = [];
  for (const frame of items) {
    const { key, value, valueAt: at, index } = frame.item!;
    if (key === undefined || value === undefined || !at) continue;
    // The path to the item: …, owner, list, index (owner is `container` or a name under `containers`).
    const list = frame.parent?.key;
    if (list !== 'env' && list !== 'files') continue;
    const owner = frame.parent?.parent;
    const container = owner?.key === 'container' ? undefined : owner?.parent?.key === 'containers' ? owner.key : null;
    if (container !== null) out.push({ container, list, index, key, value, line: at.line, column: at.column });
  }
  return out;
}
