/**
 * Reads the env/file entries of container specs straight from block-style YAML lines, so that the common
 * case (a ComponentRelease or Workload with a handful of `- key: … value: …` entries) needs no YAML parse.
 *
 * It understands exactly: `key:` lines (plain or quoted key, one-line plain or quoted value or none, or a
 * one-line flow collection that is not an entry's key/value), `- ` sequence items (also `- key: value`),
 * comments and blank lines. Anything else — block scalars, flow
 * collections, multi-line scalars, tabs — makes it return undefined, and the caller parses with js-yaml.
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

interface Frame {
  indent: number;
  key: string;
  /** For a sequence item: its index and the one-line fields read so far. */
  item?: { index: number; fields: Map<string, string>; valueAt?: { line: number; column: number } };
  /** For a key whose value is a sequence: items seen so far. */
  items: number;
}

const isKeyStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isKeyChar = (c: number) => isKeyStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 47 || c === 45;
const isLineTerminator = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** What splitKeyLine read: the key as written (quotes kept), and what follows `: ` (undefined: nothing). */
const keyLineParts: { key: string; rest: string | undefined } = { key: '', rest: undefined };

/**
 * A `key:` line (content without indentation): a plain key (`[A-Za-z_][A-Za-z0-9_./-]*`) or a quoted one
 * without its quote inside, blanks, `:`, then nothing or blanks and the rest of the line. Fills keyLineParts
 * and returns true; false when the line is anything else. (The regex
 * `^("[^"]*"|'[^']*'|[A-Za-z_][A-Za-z0-9_./-]*)[ \t]*:(?:[ \t]+(.*))?$`, spelt out: it runs on every line.)
 */
function splitKeyLine(content: string): boolean {
  const length = content.length;
  const first = content.charCodeAt(0);
  let i: number;
  if (first === 34 || first === 39) {
    const close = content.indexOf(content[0], 1);
    if (close === -1) return false;
    i = close + 1;
  } else {
    if (!isKeyStart(first)) return false;
    i = 1;
    while (i < length && isKeyChar(content.charCodeAt(i))) i++;
  }
  const keyEnd = i;
  while (content.charCodeAt(i) === 32 || content.charCodeAt(i) === 9) i++;
  if (content.charCodeAt(i) !== 58) return false;
  i++;
  keyLineParts.key = content.slice(0, keyEnd);
  if (i === length) {
    keyLineParts.rest = undefined;
    return true;
  }
  if (content.charCodeAt(i) !== 32 && content.charCodeAt(i) !== 9) return false;
  while (content.charCodeAt(i) === 32 || content.charCodeAt(i) === 9) i++;
  for (let j = i; j < length; j++) if (isLineTerminator(content.charCodeAt(j))) return false;
  keyLineParts.rest = content.slice(i);
  return true;
}

/** The string a one-line scalar denotes, or undefined when it is not a complete one-line scalar. */
export function oneLineScalar(raw: string): string | undefined {
  const rest = raw.trim();
  if (rest.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"[ \t]*(?:#.*)?$/.exec(rest);
    if (!m) return undefined;
    try {
      return JSON.parse(`"${m[1]}"`) as string;
    } catch {
      return undefined;
    }
  }
  if (rest.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'[ \t]*(?:#.*)?$/.exec(rest);
    return m ? m[1].replace(/''/g, "'") : undefined;
  }
  if (/^[|>[{&*!%@`]/.test(rest)) return undefined;
  const comment = rest.search(/[ \t]#/);
  return (comment === -1 ? rest : rest.slice(0, comment)).trim();
}

const unquoteKey = (k: string) => (k.startsWith('"') || k.startsWith("'") ? k.slice(1, -1) : k);

/** Entries with both `key` and a one-line `value` under `…container.(env|files)` or `…containers.<n>.(env|files)`. */
export function literalEntriesFromText(block: string): TextEntry[] | undefined {
  if (block.includes('\t')) return undefined;
  const stack: Frame[] = [];
  const items: { frame: Frame; path: string[] }[] = [];
  // Line by line without splitting: blank and comment lines are passed over without making a string.
  for (let n = 0, start = 0; start <= block.length; n++) {
    const newline = block.indexOf('\n', start);
    let end = newline === -1 ? block.length : newline;
    const lineStart = start;
    start = end + 1;
    if (end > lineStart && block.charCodeAt(end - 1) === 13) end--;
    const lineLength = end - lineStart;
    let indent = 0;
    while (indent < lineLength && block.charCodeAt(lineStart + indent) === 32) indent++;
    if (indent === lineLength || block.charCodeAt(lineStart + indent) === 35) continue;
    let content = block.slice(lineStart + indent, end);
    if (content === '-' || content.startsWith('- ')) {
      while (stack.length && (stack[stack.length - 1].indent > indent || (stack[stack.length - 1].item && stack[stack.length - 1].indent === indent))) stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent || parent.item) return undefined;
      const frame: Frame = { indent, key: String(parent.items), item: { index: parent.items++, fields: new Map() }, items: 0 };
      stack.push(frame);
      items.push({ frame, path: stack.map((f) => f.key) });
      const inner = content.slice(1).trimStart();
      if (inner === '') continue;
      indent += content.length - inner.length;
      content = inner;
    } else {
      while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
    }
    if (!splitKeyLine(content)) return undefined;
    const key = unquoteKey(keyLineParts.key);
    // A value that is only a comment is no value.
    const rest = keyLineParts.rest === undefined || keyLineParts.rest.charCodeAt(0) === 35 ? '' : keyLineParts.rest;
    const trimmed = rest.trim();
    const top = stack[stack.length - 1];
    if (trimmed === '') {
      stack.push({ indent, key, items: 0 });
      continue;
    }
    const field = top?.item && indent > top.indent && (key === 'key' || key === 'value');
    if ((trimmed.charCodeAt(0) === 91 || trimmed.charCodeAt(0) === 123) && !field) {
      if (!/^(?:\[[^\[\]{}]*\]|\{[^\[\]{}]*\})[ \t]*(?:#.*)?$/.test(trimmed)) return undefined;
      continue;
    }
    const value = oneLineScalar(rest);
    if (value === undefined) return undefined;
    if (field) {
      top!.item!.fields.set(key, value);
      if (key === 'value') top!.item!.valueAt = { line: n, column: lineLength - rest.trimStart().length + 1 };
    }
  }
  const out: TextEntry[] = [];
  for (const { frame, path } of items) {
    const key = frame.item?.fields.get('key');
    const value = frame.item?.fields.get('value');
    const at = frame.item?.valueAt;
    if (key === undefined || value === undefined || !at) continue;
    const list = path[path.length - 2];
    if (list !== 'env' && list !== 'files') continue;
    const owner = path[path.length - 3];
    if (owner === 'container') out.push({ container: undefined, list, index: frame.item!.index, key, value, ...at });
    else if (path[path.length - 4] === 'containers') out.push({ container: owner, list, index: frame.item!.index, key, value, ...at });
  }
  return out;
}
