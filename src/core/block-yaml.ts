import jsyaml from 'js-yaml';

/**
 * A fast reader for the block-style YAML that Kubernetes manifests are written in: block mappings and sequences
 * indented with spaces, plain and quoted scalars on one line, one-line flow collections, literal block scalars,
 * comments. Anything else — anchors, aliases, tags, multi-line flow or plain scalars, folded scalars, complex
 * keys, merge keys, tabs, CR line ends, rare escapes — and anything malformed makes it give up (undefined), and
 * the caller parses the document with js-yaml. So its results are always exactly js-yaml's (checked by a
 * differential test on every corpus we have); it exists because it is several times faster on the common case.
 */

/** The YAML 1.2 core schema's implicit types (null, bool, int, float) in js-yaml's order: plain scalars resolve through them. */
const implicitTypes = (jsyaml.CORE_SCHEMA as unknown as { compiledImplicit: jsyaml.Type[] }).compiledImplicit;

/** Characters js-yaml refuses anywhere in a stream, plus the non-ASCII line breaks: such a text goes to js-yaml. */
const unusual = /[\t\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** Printable ASCII and line feeds only: the common case, checked much faster than `unusual`. */
const plainAscii = /^[\n\x20-\x7e]*$/;

const isOrdinary = (text: string) => plainAscii.test(text) || !unusual.test(text);

const GIVE_UP: unique symbol = Symbol('give up');

let src = '';
let len = 0;
/** Start of the line being read (always a line start between calls). */
let p = 0;
/** Collections open around the one being read. */
let depth = 0;
/** Deeper documents are left to js-yaml, so that absurd nesting gets its verdict (and no deep recursion here). */
const MAX_DEPTH = 64;

function giveUp(): never {
  throw GIVE_UP;
}

function lineEndFrom(at: number): number {
  const nl = src.indexOf('\n', at);
  return nl === -1 ? len : nl;
}

function nextLine(lineEnd: number): void {
  p = lineEnd === len ? len : lineEnd + 1;
}

/** Skips blank and comment-only lines; returns the indentation of the next content line (p at its start), or -1 at the end. */
function nextContent(): number {
  while (p < len) {
    let k = p;
    while (k < len && src.charCodeAt(k) === 32) k++;
    if (k === len) break;
    const c = src.charCodeAt(k);
    if (c === 10) {
      p = k + 1;
    } else if (c === 35 /* # */) {
      nextLine(lineEndFrom(k));
    } else {
      return k - p;
    }
  }
  p = len;
  return -1;
}

/** Only spaces, or spaces and a comment, from at to lineEnd. */
function restIsEmpty(at: number, lineEnd: number): boolean {
  let k = at;
  while (k < lineEnd && src.charCodeAt(k) === 32) k++;
  return k === lineEnd || (src.charCodeAt(k) === 35 && k > at);
}

/** What a plain scalar denotes under the YAML 1.2 core schema, as js-yaml resolves it: null, a boolean, a number or the text. */
export function resolvePlainScalar(text: string): unknown {
  const c = text.charCodeAt(0);
  // Letters other than n/N/t/T/f/F, and most punctuation, can only start a string.
  const maybeTyped =
    (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
  if (!maybeTyped) return text;
  for (const type of implicitTypes) {
    if (type.resolve(text)) return type.construct(text);
  }
  return text;
}

/** After readQuoted: the position after the closing quote. */
let quotedEnd = 0;
/** Reads a quoted scalar starting at `at` (the quote) on this line (sets quotedEnd). */
function readQuoted(at: number, lineEnd: number): string {
  const quote = src.charCodeAt(at);
  let out = '';
  let from = at + 1;
  let k = from;
  for (;;) {
    if (k >= lineEnd) giveUp();
    const c = src.charCodeAt(k);
    if (quote === 39 /* ' */) {
      if (c === 39) {
        if (src.charCodeAt(k + 1) === 39) {
          out += src.slice(from, k + 1);
          k += 2;
          from = k;
          continue;
        }
        break;
      }
    } else if (c === 34) {
      break;
    } else if (c === 92 /* \ */) {
      out += src.slice(from, k);
      const e = src.charCodeAt(k + 1);
      if (e === 34 || e === 92 || e === 47) out += String.fromCharCode(e);
      else if (e === 110) out += '\n';
      else if (e === 116) out += '\t';
      else giveUp();
      k += 2;
      from = k;
      continue;
    }
    k++;
  }
  quotedEnd = k + 1;
  return out + src.slice(from, k);
}

const flowStop = (c: number) => c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 58 || c === 35;

function skipSpaces(at: number, lineEnd: number): number {
  while (at < lineEnd && src.charCodeAt(at) === 32) at++;
  return at;
}

let flowEnd = 0;
/** A flow collection or scalar inside one, all on this line; sets flowEnd after it. */
function readFlowNode(at: number, lineEnd: number): unknown {
  const c = src.charCodeAt(at);
  if (c === 34 || c === 39) {
    const value = readQuoted(at, lineEnd);
    flowEnd = quotedEnd;
    return value;
  }
  if (c === 91 /* [ */) {
    if (++depth > MAX_DEPTH) giveUp();
    const list: unknown[] = [];
    let k = skipSpaces(at + 1, lineEnd);
    if (src.charCodeAt(k) === 93) {
      flowEnd = k + 1;
      depth--;
      return list;
    }
    for (;;) {
      list.push(readFlowNode(k, lineEnd));
      k = skipSpaces(flowEnd, lineEnd);
      const d = src.charCodeAt(k);
      if (d === 93) break;
      if (d !== 44) giveUp();
      k = skipSpaces(k + 1, lineEnd);
      if (k >= lineEnd || src.charCodeAt(k) === 93) giveUp();
    }
    flowEnd = k + 1;
    depth--;
    return list;
  }
  if (c === 123 /* { */) {
    if (++depth > MAX_DEPTH) giveUp();
    const map: Record<string, unknown> = {};
    let k = skipSpaces(at + 1, lineEnd);
    if (src.charCodeAt(k) === 125) {
      flowEnd = k + 1;
      depth--;
      return map;
    }
    for (;;) {
      const key = readFlowNode(k, lineEnd);
      if (typeof key !== 'string' || key === '__proto__' || Object.hasOwn(map, key)) giveUp();
      k = flowEnd;
      if (src.charCodeAt(k) !== 58 || src.charCodeAt(k + 1) !== 32) giveUp();
      map[key] = readFlowNode(skipSpaces(k + 1, lineEnd), lineEnd);
      k = skipSpaces(flowEnd, lineEnd);
      const d = src.charCodeAt(k);
      if (d === 125) break;
      if (d !== 44) giveUp();
      k = skipSpaces(k + 1, lineEnd);
      if (k >= lineEnd || src.charCodeAt(k) === 125) giveUp();
    }
    flowEnd = k + 1;
    depth--;
    return map;
  }
  let k = at;
  while (k < lineEnd && !flowStop(src.charCodeAt(k))) k++;
  let end = k;
  while (end > at && src.charCodeAt(end - 1) === 32) end--;
  if (end === at || isIndicator(c)) giveUp();
  flowEnd = end;
  return resolvePlainScalar(src.slice(at, end));
}

/** Characters that cannot start a plain scalar, or start one of the constructs this reader leaves to js-yaml. */
function isIndicator(c: number): boolean {
  return (
    c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 35 || c === 38 || c === 42 || c === 33 || c === 124 ||
    c === 62 || c === 37 || c === 64 || c === 96 || c === 63 || c === 58 || c === 34 || c === 39
  );
}

/** A literal block scalar whose header (`|`, `|-`, `|+`) starts at `at`; consumes its lines. */
function readLiteral(at: number, lineEnd: number, parentIndent: number): string {
  let k = at + 1;
  const chomp = src.charCodeAt(k);
  if (chomp === 45 || chomp === 43) k++;
  if (!restIsEmpty(k, lineEnd)) giveUp();
  nextLine(lineEnd);
  let indent = -1;
  const lines: string[] = [];
  let lastContent = -1;
  while (p < len) {
    const end = lineEndFrom(p);
    let s = p;
    while (s < end && src.charCodeAt(s) === 32) s++;
    const spaces = s - p;
    if (s === end) {
      if (indent === -1 || spaces > indent) giveUp();
      if (end === len) break;
      lines.push('');
    } else {
      if (indent === -1) {
        if (spaces <= parentIndent) break;
        indent = spaces;
      } else if (spaces < indent) {
        break;
      }
      if (end === len) giveUp();
      lines.push(src.slice(p + indent, end));
      lastContent = lines.length - 1;
    }
    nextLine(end);
  }
  if (chomp === 43) return lines.length ? lines.join('\n') + '\n' : '';
  const body = lines.slice(0, lastContent + 1).join('\n');
  return chomp === 45 || lastContent === -1 ? body : body + '\n';
}

/** The value after `key:` or `- ` on this line, at `at`; leaves p at the next line. */
function readInline(at: number, lineEnd: number, parentIndent: number): unknown {
  const c = src.charCodeAt(at);
  if (c === 34 || c === 39 || c === 91 || c === 123) {
    const value = readFlowNode(at, lineEnd);
    if (!restIsEmpty(flowEnd, lineEnd)) giveUp();
    nextLine(lineEnd);
    return value;
  }
  if (c === 124) return readLiteral(at, lineEnd, parentIndent);
  const end = plainScalarEnd(src, at, lineEnd);
  if (end === -1) giveUp();
  const text = src.slice(at, end);
  nextLine(lineEnd);
  return resolvePlainScalar(text);
}

/**
 * The end of the one-line plain scalar that starts at `at` (not a space) in text[at, lineEnd): before its comment
 * and the spaces ahead of it. -1 when it is not one this reader takes: it starts with an indicator (or `- `), or
 * holds `: ` or ends with `:` (a mapping where a scalar was expected, which js-yaml refuses).
 */
export function plainScalarEnd(text: string, at: number, lineEnd: number): number {
  const c = text.charCodeAt(at);
  if (at >= lineEnd || isIndicator(c) || (c === 45 && (at + 1 === lineEnd || text.charCodeAt(at + 1) === 32))) return -1;
  let end = lineEnd;
  for (let k = at + 1; k < lineEnd; k++) {
    const d = text.charCodeAt(k);
    if (d === 35 && text.charCodeAt(k - 1) === 32) {
      end = k;
      break;
    }
    if (d === 58 && (k + 1 === lineEnd || text.charCodeAt(k + 1) === 32)) return -1;
  }
  while (text.charCodeAt(end - 1) === 32) end--;
  return end;
}

/** Whether the content at `at` is a mapping entry (`key: …` or `key:`), not a scalar. */
function isMappingEntry(at: number, lineEnd: number): boolean {
  const c = src.charCodeAt(at);
  if (c === 34 || c === 39) {
    readQuoted(at, lineEnd);
    const k = skipSpaces(quotedEnd, lineEnd);
    return src.charCodeAt(k) === 58;
  }
  if (c === 91 || c === 123) return false;
  for (let k = at; k < lineEnd; k++) {
    const d = src.charCodeAt(k);
    if (d === 58) {
      if (k + 1 === lineEnd || src.charCodeAt(k + 1) === 32) return true;
    } else if (d === 35 && src.charCodeAt(k - 1) === 32) {
      return false;
    }
  }
  return false;
}

/** A block mapping whose entries sit at column `indent`; its first key starts at `at` (mid-line after `- `). */
function readMapping(indent: number, at: number): Record<string, unknown> {
  if (++depth > MAX_DEPTH) giveUp();
  const map: Record<string, unknown> = {};
  for (;;) {
    const lineEnd = lineEndFrom(at);
    const c = src.charCodeAt(at);
    let key: string;
    let k: number;
    if (c === 34 || c === 39) {
      key = readQuoted(at, lineEnd);
      k = skipSpaces(quotedEnd, lineEnd);
      if (src.charCodeAt(k) !== 58) giveUp();
    } else {
      if (isIndicator(c) || c === 45 && (at + 1 === lineEnd || src.charCodeAt(at + 1) === 32)) giveUp();
      k = at;
      for (;;) {
        if (k >= lineEnd) giveUp();
        const d = src.charCodeAt(k);
        if (d === 58 && (k + 1 === lineEnd || src.charCodeAt(k + 1) === 32)) break;
        if (d === 35 && src.charCodeAt(k - 1) === 32) giveUp();
        k++;
      }
      let end = k;
      while (src.charCodeAt(end - 1) === 32) end--;
      const resolved = resolvePlainScalar(src.slice(at, end));
      if (typeof resolved !== 'string' || resolved === '<<') giveUp();
      key = resolved;
    }
    if (key === '__proto__' || Object.hasOwn(map, key)) giveUp();
    const v = skipSpaces(k + 1, lineEnd);
    if (v === lineEnd || src.charCodeAt(v) === 35) {
      if (v < lineEnd && v === k + 1) giveUp();
      nextLine(lineEnd);
      map[key] = readBlockValue(indent, true, (key === 'spec' && indent > 0) || key === 'openAPIV3Schema');
    } else {
      if (v === k + 1) giveUp();
      map[key] = readInline(v, lineEnd, indent);
    }
    const next = nextContent();
    if (next < indent) {
      depth--;
      return map;
    }
    if (next > indent) giveUp();
    at = p + indent;
  }
}

/** A block sequence whose `-` entries sit at column `indent` (p at the first entry's line). */
function readSequence(indent: number): unknown[] {
  if (++depth > MAX_DEPTH) giveUp();
  const list: unknown[] = [];
  for (;;) {
    const lineEnd = lineEndFrom(p);
    const dash = p + indent;
    const v = skipSpaces(dash + 1, lineEnd);
    if (v === lineEnd || src.charCodeAt(v) === 35) {
      if (v < lineEnd && v === dash + 1) giveUp();
      nextLine(lineEnd);
      list.push(readBlockValue(indent, false, false));
    } else {
      const c = src.charCodeAt(v);
      if (c === 45 && (v + 1 === lineEnd || src.charCodeAt(v + 1) === 32)) giveUp();
      if (isMappingEntry(v, lineEnd)) list.push(readMapping(v - p, v));
      else list.push(readInline(v, lineEnd, indent));
    }
    const next = nextContent();
    if (next > indent) giveUp();
    if (next < indent || !isSequenceEntry(p + indent)) {
      depth--;
      return list;
    }
  }
}

function isSequenceEntry(at: number): boolean {
  if (src.charCodeAt(at) !== 45) return false;
  const d = src.charCodeAt(at + 1);
  return d === 32 || d === 10 || at + 1 === len;
}

/** The block node on the lines after `key:` or `-` (more indented than the parent, or a same-column sequence under a key); null when there is none. */
function readBlockValue(parentIndent: number, sequenceMayShareColumn: boolean, keepSource: boolean): unknown {
  const indent = nextContent();
  if (indent === -1) return null;
  const at = p + indent;
  if (indent > parentIndent) {
    if (isSequenceEntry(at)) return readSequence(indent);
    if (!isMappingEntry(at, lineEndFrom(at))) giveUp();
    if (!keepSource) return readMapping(indent, at);
    const start = p;
    const end = blockEnd(indent);
    const text = src.slice(start, end);
    const seen = repeated.get(text);
    if (seen) {
      known.push(start, end);
      p = end;
      const copy = copyTree(seen.value) as Record<string, unknown>;
      // The first reading's text, not this one: keyed by one string object, caches find it without comparing it.
      sources.set(copy, seen.text);
      return copy;
    }
    const map = readMapping(indent, at);
    if (p !== end || !isOrdinary(text)) giveUp();
    // Checked now, so not again at the end: this range replaces the repeated blocks inside it.
    while (known.length && known[known.length - 2] >= start) known.length -= 2;
    known.push(start, end);
    sources.set(map, text);
    if (repeatedBytes + text.length <= REPEATED_MAX_BYTES) {
      repeated.set(text, { text, value: copyTree(map) });
      repeatedBytes += text.length;
    }
    return map;
  }
  if (indent === parentIndent && sequenceMayShareColumn && isSequenceEntry(at)) return readSequence(indent);
  return null;
}

/**
 * The source text of nested `spec:` and of `openAPIV3Schema:` block mappings (the lines they were read from,
 * indentation included), by object: equal texts give equal values, so a check repeated across thousands of
 * snapshots (the embedded ComponentType and Trait specs of ComponentReleases, and their parameter schemas) can
 * be keyed by it instead of by a serialisation of the value. Only these few are kept: a weak map of every
 * node would cost more than it saves.
 */
const sources = new WeakMap<object, string>();

/**
 * Nested `spec:` (and `openAPIV3Schema:`) blocks already read, by their text: a ComponentRelease embeds its
 * ComponentType's and Traits' specs verbatim, so in a repository most bytes are such blocks repeated across
 * releases. A repeated block is not read again but copied from the first (values are never shared between
 * documents: callers may change theirs). Bounded (texts and values are kept for the process): past the bound,
 * blocks are simply read.
 */
const repeated = new Map<string, { text: string; value: unknown }>();
const REPEATED_MAX_BYTES = 8 * 1024 * 1024;
let repeatedBytes = 0;
/** Ranges of the text being read whose characters are already checked (kept blocks), in order, not overlapping. */
const known: number[] = [];

/** Whether the text outside the `known` ranges holds only characters this reader handles. */
function restIsOrdinary(): boolean {
  let from = 0;
  for (let i = 0; i < known.length; i += 2) {
    if (known[i] > from && !isOrdinary(src.slice(from, known[i]))) return false;
    from = known[i + 1];
  }
  return from >= len || isOrdinary(from === 0 ? src : src.slice(from));
}

function copyTree(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyTree);
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const child = (value as Record<string, unknown>)[key];
    const copy = copyTree(child);
    // Kept blocks inside a repeated one keep their text in the copy.
    if ((key === 'spec' || key === 'openAPIV3Schema') && copy !== null && typeof copy === 'object') {
      const text = sources.get(child as object);
      if (text !== undefined) sources.set(copy, text);
    }
    out[key] = copy;
  }
  return out;
}

/**
 * Where the block whose first content line starts at p (indented by `indent`) ends: at the start of the next
 * line, after blank and comment lines, indented less. Every line of the block, literal block scalars included,
 * is indented at least as much (blank lines aside), so this is exactly where readMapping stops.
 */
function blockEnd(indent: number): number {
  let at = p;
  while (at < len) {
    let k = at;
    while (k < len && src.charCodeAt(k) === 32) k++;
    const lineEnd = lineEndFrom(k);
    if (k < lineEnd && k - at < indent && src.charCodeAt(k) !== 35) return at;
    at = lineEnd === len ? len : lineEnd + 1;
  }
  return len;
}

/** The text a nested `spec:` or an `openAPIV3Schema:` block mapping was read from by readBlockYaml; undefined for any other object. */
export function blockSource(node: object): string | undefined {
  return sources.get(node);
}

/**
 * Parses one YAML document (as split by splitDocuments: optionally starting with a bare `---` line) into what
 * js-yaml's core schema gives, or returns undefined when the document is outside the subset read here.
 */
export function readBlockYaml(text: string): unknown {
  src = text;
  len = text.length;
  p = 0;
  depth = 0;
  known.length = 0;
  try {
    if (text.startsWith('---')) {
      const end = lineEndFrom(0);
      if (!restIsEmpty(3, end)) return undefined;
      nextLine(end);
    }
    const indent = nextContent();
    if (indent === -1) return undefined;
    const at = p + indent;
    let value: unknown;
    if (isSequenceEntry(at)) value = readSequence(indent);
    else if (isMappingEntry(at, lineEndFrom(at))) value = readMapping(indent, at);
    else return undefined;
    // Tabs, CRs and characters js-yaml refuses may have been read as ordinary ones: such a text is js-yaml's.
    if (nextContent() !== -1 || !restIsOrdinary()) return undefined;
    return value;
  } catch {
    // GIVE_UP, or a stack overflow on absurd nesting: either way js-yaml reads it (and reports what is wrong).
    return undefined;
  } finally {
    src = '';
  }
}
