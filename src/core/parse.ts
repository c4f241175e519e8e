import jsyaml from 'js-yaml';
import { readBlockYaml } from './block-yaml.js';
import type { Finding } from './finding.js';
import type { SourceFile } from './source.js';

/** One YAML document of a file, parsed for judging (positions are found later, only where needed). */
export interface YamlDocument {
  file: string;
  /** 0-based index among the non-empty documents of the file. */
  index: number;
  /** 1-based line where this document's text starts in the file. */
  startLine: number;
  /** The document's own text (from its `---` line, if any); positions are computed from it. */
  text: string;
  value: unknown;
}

export interface ParsedFile {
  file: string;
  documents: YamlDocument[];
  findings: Finding[];
}

/** YAML 1.2 core schema plus merge keys (`<<`), which the Go YAML library used by Flux and kubectl honours. */
const { types } = jsyaml as unknown as { types: { merge: jsyaml.Type } };
/** `!!binary` as Kubernetes' YAML-to-JSON conversion sees it: the base64 text itself, whitespace removed. */
const binaryAsBase64 = new jsyaml.Type('tag:yaml.org,2002:binary', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && /^[A-Za-z0-9+/=\s]*$/.test(data),
  construct: (data: string) => data.replace(/\s+/g, ''),
});
const schema = jsyaml.CORE_SCHEMA.extend({ implicit: [types.merge], explicit: [binaryAsBase64] });

/** A document whose alias expansion visits more nodes than this (relative to its size) is a YAML bomb. */
const ALIAS_EXPANSION_FACTOR = 4;
const ALIAS_EXPANSION_SLACK = 10_000;

interface Segment {
  text: string;
  startLine: number;
  /** True when the segment ends because a later `---` follows (so an empty one is an explicit empty document). */
  followedBySeparator: boolean;
  explicitStart: boolean;
}

const separator = /^(---|\.\.\.)(?=\s|$)/;

/**
 * Splits a YAML stream at document markers. A marker at column 0 ends any scalar (YAML's c-forbidden rule),
 * so this is exact, and it lets one broken document be reported without losing its neighbours.
 */
export function splitDocuments(text: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  let startLine = 1;
  let line = 1;
  let explicitStart = false;
  let pos = 0;
  const push = (end: number, followed: boolean) => {
    segments.push({ text: text.slice(start, end), startLine, followedBySeparator: followed, explicitStart });
  };
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const c = text.charCodeAt(pos);
    if ((c === 45 || c === 46) && separator.test(text.slice(pos, Math.min(lineEnd, pos + 4)))) {
      const isEnd = c === 46;
      if (pos > start || explicitStart) push(pos, !isEnd);
      if (isEnd) {
        start = nl === -1 ? text.length : nl + 1;
        startLine = line + 1;
        explicitStart = false;
      } else {
        start = pos;
        startLine = line;
        explicitStart = true;
      }
    }
    if (nl === -1) break;
    pos = nl + 1;
    line++;
  }
  if (start < text.length || explicitStart) push(text.length, false);
  return segments;
}

const blankOrComment = /^(?:\s*(?:#.*)?(?:\r?\n|$))*$/;
const directiveOrBlank = /^(?:\s*(?:#.*|%.*)?(?:\r?\n|$))*$/;

function isEmptySegment(seg: Segment): boolean {
  const body = seg.explicitStart ? seg.text.replace(/^---[ \t]*/, '') : seg.text;
  return blankOrComment.test(body);
}

/** Counts nodes reachable from value, stopping once over limit; shared (aliased) nodes count each time. */
function exceedsNodeBudget(value: unknown, limit: number): boolean {
  let visits = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.pop();
    if (++visits > limit) return true;
    if (node !== null && typeof node === 'object') {
      for (const child of Array.isArray(node) ? node : Object.values(node)) {
        if (child !== null && typeof child === 'object') stack.push(child);
        else visits++;
      }
    }
  }
  return false;
}

function yamlFinding(file: string, line: number, column: number, ruleId: string, message: string, hint: string): Finding {
  return { ruleId, severity: 'error', file, line, column, message, hint };
}

function describeYamlError(reason: string): { ruleId: string; hint: string } {
  if (/duplicated mapping key/.test(reason)) {
    return { ruleId: 'yaml/duplicate-key', hint: 'Remove or rename one of the two keys; Kubernetes rejects duplicate keys.' };
  }
  if (/tab/.test(reason)) {
    return { ruleId: 'yaml/tab-indentation', hint: 'Indent with spaces; YAML does not allow tab characters in indentation.' };
  }
  return { ruleId: 'yaml/syntax', hint: 'Fix the YAML syntax at this position (check indentation, quotes and colons).' };
}

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The text of each document of a file by its start line, as parseYamlFile gives it in YamlDocument.text. */
export function documentTexts(text: string): Map<number, string> {
  return new Map(splitDocuments(withoutBom(text)).map((seg) => [seg.startLine, seg.text]));
}

/** Parses every document of a YAML file. Syntax problems become findings; nothing throws. */
export function parseYamlFile(source: SourceFile): ParsedFile {
  const { path: file, text } = source;
  const documents: YamlDocument[] = [];
  const findings: Finding[] = [];
  const segments = splitDocuments(withoutBom(text));
  for (const seg of segments) {
    if (!seg.explicitStart && directiveOrBlank.test(seg.text)) continue;
    if (isEmptySegment(seg)) {
      if (seg.followedBySeparator) {
        findings.push({
          ruleId: 'yaml/empty-document',
          severity: 'note',
          file,
          line: seg.startLine,
          column: 1,
          message: 'Empty YAML document (two `---` separators with nothing between them).',
          hint: 'Remove the extra `---` line.',
        });
      }
      continue;
    }
    // The fast reader handles the common block style exactly as js-yaml would; everything else goes to js-yaml.
    let value = readBlockYaml(seg.text);
    const aliasesPossible = value === undefined;
    try {
      if (value === undefined) value = jsyaml.load(seg.text, { schema, filename: file, json: false });
    } catch (err) {
      const e = err as { reason?: string; message?: string; mark?: { line: number; column: number } };
      const reason = e.reason ?? e.message ?? String(err);
      const { ruleId, hint } = describeYamlError(reason);
      // An error at the very end (an unterminated quote or bracket) is reported by js-yaml past the last
      // line; keep it on the document's last line with content, where an annotation can show it.
      const lastLine = seg.startLine + seg.text.replace(/\s+$/, '').split('\n').length - 1;
      const line = Math.min(seg.startLine + (e.mark?.line ?? 0), lastLine);
      const column = line < seg.startLine + (e.mark?.line ?? 0) ? 1 : (e.mark?.column ?? 0) + 1;
      findings.push(yamlFinding(file, line, column, ruleId, `YAML error: ${reason}.`, hint));
      continue;
    }
    if (value === null || value === undefined) continue;
    if (aliasesPossible && seg.text.includes('*') && seg.text.includes('&')) {
      const limit = ALIAS_EXPANSION_FACTOR * seg.text.length + ALIAS_EXPANSION_SLACK;
      if (exceedsNodeBudget(value, limit)) {
        findings.push(
          yamlFinding(
            file,
            seg.startLine,
            1,
            'yaml/alias-expansion',
            'YAML aliases in this document expand to far more nodes than its text holds (a "billion laughs" document); it was not judged.',
            'Write the repeated values out instead of nesting aliases of aliases.',
          ),
        );
        continue;
      }
    }
    documents.push({ file, index: documents.length, startLine: seg.startLine, text: seg.text, value });
  }
  return { file, documents, findings };
}
