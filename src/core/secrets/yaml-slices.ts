import jsyaml from 'js-yaml';
import { parseYamlFile, splitDocuments, type YamlDocument } from '../parse.js';
import { apiGroup, OPENCHOREO_GROUP } from '../resource.js';
import type { SourceFile } from '../source.js';
import { literalEntriesFromText, type TextEntry } from './container-entries-text.js';
import { TEXT_LOCATION } from './yaml-value-lines.js';
import { childBlockEnd, countNewlines, findIn, indentAt, lineStartIndexOf, type Find } from './yaml-lines.js';

/**
 * Documents for the structural rules when the caller did not hand in parsed YAML. Only documents of a kind a
 * rule reads are parsed at all, and of OpenChoreo documents only the one `spec` child that holds container
 * specs (a ComponentRelease is mostly its frozen ComponentType; its `spec.workload` is a tenth of it).
 *
 * Slicing is exact for block-style YAML: a line at column 0 always starts a new top-level key (YAML's
 * indentation rule), and inside `spec` a line at the first child's indentation that is not a `- ` item starts
 * the next child key. A document that is not plain block style (flow or JSON style, anchors, aliases, tags,
 * odd top-level lines) is parsed whole instead.
 */

const CONTAINER_HOLDERS = new Map<string, string[]>([
  ['Workload', ['container', 'containers']],
  ['ComponentRelease', ['workload']],
  ['ReleaseBinding', ['workloadOverrides']],
]);
const FULL_PARSE_KINDS = new Set(['Secret', 'HelmRelease', 'Kustomization']);

const topKey = /^([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*:(?:[ \t]+(.*))?$/;

function plainScalar(rest: string | undefined): string | undefined {
  if (rest === undefined) return undefined;
  const text = rest.replace(/[ \t]+#.*$/, '').trim();
  if (/^["']/.test(text)) return text.length >= 2 && text.endsWith(text[0]) ? text.slice(1, -1) : undefined;
  return /^[^&*!{[|>]/.test(text) ? text : undefined;
}

interface TopKey {
  /** Offset of the line start and of the next line. */
  start: number;
  next: number;
  rest: string | undefined;
}

/**
 * A top-level key, found by the literal `\n<name>:` (or at the very start). A key that is not written plainly at
 * column 0 is not found, and the caller then parses the document whole.
 */
function topKeyLine(text: string, name: string, find: Find | undefined): TopKey | undefined {
  const at = lineStartIndexOf(text, `${name}:`, 0, 0, find);
  if (at === -1) return undefined;
  const nl = text.indexOf('\n', at);
  const next = nl === -1 ? text.length + 1 : nl + 1;
  const k = topKey.exec(text.slice(at, next - 1).replace(/\r$/, ''));
  return k ? { start: at, next, rest: k[2] } : undefined;
}

/**
 * The wanted `spec.<child>` blocks: none when there are none, undefined when the spec is not plain
 * block style. A child is found by the literal `\n<indent><name>:`; its block runs to the next line indented
 * no deeper than it (a sibling key, or the next top-level key) that is not one of its `- ` items.
 */
interface Piece {
  text: string;
  /** Offset of the piece in the document text, and of its end. */
  at: number;
  end: number;
}

function specChildren(text: string, spec: TopKey | undefined, wanted: readonly string[], find: Find | undefined): Piece[] | undefined {
  if (!spec) return [];
  if (spec.rest !== undefined && !spec.rest.trim().startsWith('#')) return undefined;
  let first = spec.next;
  let indent = indentAt(text, first);
  while (indent === -1 && first < text.length) {
    const nl = text.indexOf('\n', first);
    if (nl === -1) return [];
    first = nl + 1;
    indent = indentAt(text, first);
  }
  if (indent <= 0) return [];
  const out: Piece[] = [];
  for (const name of wanted) {
    const at = lineStartIndexOf(text, `${name}:`, spec.next, indent, find);
    if (at === -1) {
      if (includes(text, `"${name}"`, find) || includes(text, `'${name}'`, find)) return undefined;
      continue;
    }
    const end = childBlockEnd(text, at, indent);
    out.push({ text: text.slice(at, end), at, end });
  }
  return out;
}

/** The document value the workload rule reads, built from the entries read as text (list positions kept). */
function entriesObject(kind: string, apiVersion: string, entries: TextEntry[]): unknown {
  // Entries carry the line (in the document's text) where the text reader saw their value.
  const holder = kind === 'ComponentRelease' ? 'workload' : kind === 'ReleaseBinding' ? 'workloadOverrides' : undefined;
  const specs: Record<string, unknown> = {};
  const root: Record<string, unknown> = holder ? { [holder]: specs } : specs;
  for (const e of entries) {
    let container: Record<string, unknown[]>;
    if (e.container === undefined) container = (specs.container ??= {}) as Record<string, unknown[]>;
    else container = (((specs.containers ??= {}) as Record<string, unknown>)[e.container] ??= {}) as Record<string, unknown[]>;
    (container[e.list] ??= [])[e.index] = { key: e.key, value: e.value, [TEXT_LOCATION]: { line: e.line, column: e.column } };
  }
  return { apiVersion, kind, spec: root };
}

/** 0-based line of an offset of the text. */
export type LineOf = (offset: number) => number;

/**
 * What the caller already knows of a file's text (see TextScan): where its lines are and a search that skips
 * blocks known not to hold a literal.
 */
export interface KnownText {
  lineOf: LineOf;
  find: Find;
}

const includes = (text: string, needle: string, find: Find | undefined) => (find ? find(needle, 0) : text.indexOf(needle)) !== -1;

/**
 * The entries of every piece, with lines counted from the document's first line (1-based); undefined →
 * parse. Every entry is kept: the workload rule judges entries under any key (a known credential format in
 * a value counts wherever it is), exactly as it judges a parsed document.
 */
function entriesFromPieces(text: string, pieces: Piece[], lineOf: LineOf | undefined): TextEntry[] | undefined {
  const out: TextEntry[] = [];
  for (const piece of pieces) {
    const entries = literalEntriesFromText(text, piece.at, piece.end);
    if (entries === undefined) return undefined;
    if (entries.length === 0) continue;
    const line = 1 + (lineOf ? lineOf(piece.at) : countNewlines(text, 0, piece.at));
    for (const e of entries) {
      e.line += line;
      out.push(e);
    }
  }
  return out;
}

/** Parses a document whole (with the project's parser and its alias-bomb guard), keeping its file position. */
function parseWhole(file: string, text: string, startLine: number, index: number): YamlDocument[] {
  return parseYamlFile({ path: file, text }).documents.map((d) => ({ ...d, index, startLine: startLine + d.startLine - 1 }));
}

function sliceDocument(file: string, text: string, startLine: number, index: number, known: KnownText | undefined): YamlDocument[] {
  const find = known?.find;
  const kind = plainScalar(topKeyLine(text, 'kind', find)?.rest);
  const apiVersion = plainScalar(topKeyLine(text, 'apiVersion', find)?.rest);
  if (kind === undefined || apiVersion === undefined || FULL_PARSE_KINDS.has(kind)) {
    return parseWhole(file, text, startLine, index);
  }
  const holders = CONTAINER_HOLDERS.get(kind);
  if (!holders || apiGroup(apiVersion) !== OPENCHOREO_GROUP) return [];
  const pieces = specChildren(text, topKeyLine(text, 'spec', find), holders, find);
  if (pieces === undefined) return parseWhole(file, text, startLine, index);
  const block = pieces.length === 1 ? pieces[0].text : pieces.map((p) => p.text).join('\n');
  if (/[&*!]/.test(block) && /[&*!]/.test(block.replace(/"[^"\n]*"|'[^'\n]*'/g, ''))) return parseWhole(file, text, startLine, index);
  const entries = entriesFromPieces(text, pieces, known?.lineOf);
  if (entries !== undefined) {
    return entries.length ? [{ file, index, startLine, text, value: entriesObject(kind, apiVersion, entries) }] : [];
  }
  let spec: unknown;
  try {
    spec = block.trim() === '' ? {} : jsyaml.load(block, { schema: jsyaml.CORE_SCHEMA });
  } catch {
    return parseWhole(file, text, startLine, index);
  }
  return [{ file, index, startLine, text, value: { apiVersion, kind, spec } }];
}

/** Kinds read by a structural rule, as written after `kind:`. */
const STRUCTURAL_KIND = /^[ \t]*["']?(?:Workload|ComponentRelease|ReleaseBinding|Secret|HelmRelease|Kustomization)\b/;

/**
 * `text.includes('secretGenerator')`, searched by its rare `Generator` part: a pattern that starts with a
 * common letter makes `indexOf` fall back to a slower search, and this test reads every YAML file whole.
 */
function includesSecretGenerator(text: string, find: Find): boolean {
  for (let i = find('Generator', 6); i !== -1; i = find('Generator', i + 9)) {
    if (text.startsWith('secret', i - 6)) return true;
  }
  return false;
}

/** Cheap test for "this YAML text may hold a document a structural rule reads": a `kind:` naming one. */
function mayBeStructural(text: string, find: Find): boolean {
  if (includesSecretGenerator(text, find)) return true;
  for (let i = find('kind:', 0); i !== -1; i = find('kind:', i + 5)) {
    if (STRUCTURAL_KIND.test(text.slice(i + 5, i + 40))) return true;
  }
  return false;
}

/**
 * The documents of a YAML file that the structural rules need, parsed only as far as they read them.
 * `known` is what the caller knows of the file's text already.
 */
export function structuralDocuments(source: SourceFile, known?: KnownText): YamlDocument[] {
  const { path, text } = source;
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  // What is known is of the file's text: it holds for the body only when there is no byte order mark.
  const given = bom ? undefined : known;
  const find: Find = given?.find ?? findIn(body);
  if (!mayBeStructural(body, find)) return [];
  const docs: YamlDocument[] = [];
  const single = lineStartIndexOf(body, '---', 0, 0, find) === -1 && lineStartIndexOf(body, '...', 0, 0, find) === -1 && !body.startsWith('%');
  const segments = single ? [{ text: body, startLine: 1 }] : splitDocuments(body);
  segments.forEach((seg, index) => {
    if (!single && !mayBeStructural(seg.text, findIn(seg.text))) return;
    docs.push(...sliceDocument(path, seg.text, seg.startLine, index, single ? given : undefined));
  });
  return docs;
}
