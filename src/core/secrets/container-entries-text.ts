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

const keyLine = /^("[^"]*"|'[^']*'|[A-Za-z_][A-Za-z0-9_.\/-]*)[ \t]*:(?:[ \t]+(.*))?$/;

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
  const lines = block.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n];
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (indent === line.length || line[indent] === '#') continue;
    let content = line.slice(indent);
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
    const m = keyLine.exec(content);
    if (!m) return undefined;
    const key = unquoteKey(m[1]);
    const rest = m[2]?.replace(/^[ \t]*#.*$/, '') ?? '';
    const top = stack[stack.length - 1];
    if (rest.trim() === '') {
      stack.push({ indent, key, items: 0 });
      continue;
    }
    const field = top?.item && indent > top.indent && (key === 'key' || key === 'value');
    if (/^[[{]/.test(rest.trim()) && !field) {
      if (!/^(?:\[[^\[\]{}]*\]|\{[^\[\]{}]*\})[ \t]*(?:#.*)?$/.test(rest.trim())) return undefined;
      continue;
    }
    const value = oneLineScalar(rest);
    if (value === undefined) return undefined;
    if (field) {
      top!.item!.fields.set(key, value);
      if (key === 'value') top!.item!.valueAt = { line: n, column: line.length - rest.trimStart().length + 1 };
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
