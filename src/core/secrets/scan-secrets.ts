import { sortFindings, type Finding } from '../finding.js';
import { ownString } from '../own-string.js';
import type { YamlDocument } from '../parse.js';
import type { SourceFile } from '../source.js';
import { ALLOW_MARKER, indexAllowList, inlineAllowFor, missingReasonFinding } from './allow-list.js';
import { secretFingerprint } from './fingerprint.js';
import { LineIndex } from './line-index.js';
import { scanFile } from './scan-file.js';
import type { AllowedHit, AllowEntry, ScanSecretsInput, ScanSecretsResult, SecretHit } from './secret-hit.js';
import { secretHint } from './secret-rules.js';
import { SweptBlocks } from './text-scan.js';
import { YamlValueLines, type NodeLocator } from './yaml-value-lines.js';

/**
 * Removes every occurrence of the secret from a text meant for output (a last guard; messages never quote it).
 * The result is a copy of its own (`ownString`): a finding outlives the file text its names were cut from.
 */
function scrub(text: string, value: string): string {
  return ownString(value.length >= 4 && text.includes(value) ? text.split(value).join('[redacted]') : text);
}

function message(hit: SecretHit, fp: string, note: string): string {
  const what = hit.kind ? `Plaintext ${hit.kind}` : 'Plaintext secret';
  const where = hit.where ? ` in ${hit.where}` : '';
  const name = hit.name ? ` "${hit.name}"` : '';
  return `${what}${where}${name} (fingerprint ${fp}); the value is not shown.${note}`;
}

function touchesChangedLines(hit: { line: number; endLine: number }, changed: ReadonlySet<number> | undefined): boolean {
  if (!changed) return false;
  for (let l = hit.line; l <= hit.endLine; l++) if (changed.has(l)) return true;
  return false;
}

/**
 * One hit, judged where its file was scanned: plain data without the secret (it may cross a thread boundary).
 * Either allowed, or a finding (with, for a marker that gives no reason, that marker's line).
 */
export interface JudgedHit {
  /** Same file, line and value is one finding: `file \n line \n fingerprint`. */
  key: string;
  allowed?: AllowedHit;
  finding?: Finding;
  /** Line of an inline allow marker without a reason that applies to this hit. */
  reasonlessMarker?: number;
}

export interface JudgeContext {
  /** Any scanned file by path (Kustomize generators read env files; inline markers are looked up in the hit's file). */
  lookup: (path: string) => SourceFile | undefined;
  parsed?: ReadonlyMap<string, readonly YamlDocument[]>;
  changedLines?: ReadonlyMap<string, ReadonlySet<number>>;
  allow?: readonly AllowEntry[];
  /** Repeated blocks already swept (`text-scan.ts`): pass the same object to consecutive calls of one scan. */
  blocks?: SweptBlocks;
  /** Positions by re-parsing, for the rare value a text search cannot place; without it such a file throws PositionsNeeded. */
  positions?: NodeLocator;
}

/**
 * Scans some of the files and judges each hit against the allow list and inline markers. Pure. Judging a
 * repository's files in consecutive shares and merging the shares in order (`mergeJudged`) gives exactly
 * what one call over all files gives.
 */
export function judgeFiles(files: Iterable<SourceFile>, context: JudgeContext): JudgedHit[] {
  const ctx = { parsed: context.parsed, lookup: context.lookup, valueLines: new YamlValueLines(context.positions), blocks: context.blocks ?? new SweptBlocks() };
  const { valid, reasonless } = indexAllowList(context.allow);
  const changedLines = context.changedLines;
  // Hits are judged file by file as the files come (a caller may read them one at a time); a hit in another
  // file (a Kustomize env file) reads that file through lookup.
  const markerFiles = new Map<string, boolean>();
  const otherLines = new Map<string, LineIndex>();
  let current: { file: SourceFile; lines: LineIndex; marker?: boolean } | undefined;
  // The file at hand is searched once, whole: a native search for a needle this long skips most of the text.
  const hasMarker = (file: string): boolean => {
    if (current?.file.path === file) return (current.marker ??= current.file.text.includes(ALLOW_MARKER));
    let has = markerFiles.get(file);
    if (has === undefined) markerFiles.set(file, (has = context.lookup(file)?.text.includes(ALLOW_MARKER) ?? false));
    return has;
  };
  const linesOf = (file: string): LineIndex => {
    if (current?.file.path === file) return current.lines;
    let lines = otherLines.get(file);
    if (!lines) otherLines.set(file, (lines = new LineIndex(context.lookup(file)?.text ?? '')));
    return lines;
  };
  // Hints are long and the same for every value under one key: made (and copied, see scrub) once per key.
  const hints = new Map<string, string>();
  const hintFor = (hit: SecretHit) => {
    const key = `${hit.context}\n${hit.name}`;
    let hint = hints.get(key);
    if (hint === undefined) hints.set(ownString(key), (hint = ownString(secretHint(hit.context, hit.name))));
    return hint.includes(hit.value) ? scrub(hint, hit.value) : hint;
  };
  const judged: JudgedHit[] = [];
  for (const file of files) {
    if (changedLines && !changedLines.has(file.path)) continue;
    const scanned = scanFile(file, ctx);
    current = { file, lines: scanned.lines };
    for (const hit of scanned.hits) {
      if (changedLines && !touchesChangedLines(hit, changedLines.get(hit.file))) continue;
      const fp = secretFingerprint(hit.value);
      const key = `${hit.file}\n${hit.line}\n${fp}`;
      const configReason = valid.get(fp);
      if (configReason) {
        judged.push({ key, allowed: { file: hit.file, line: hit.line, ruleId: hit.ruleId, fingerprint: fp, reason: configReason, how: 'config' } });
        continue;
      }
      const inline = hasMarker(hit.file) ? inlineAllowFor(linesOf(hit.file), hit) : undefined;
      if (inline && inline.reason) {
        judged.push({ key, allowed: { file: hit.file, line: hit.line, ruleId: hit.ruleId, fingerprint: fp, reason: ownString(inline.reason), how: 'inline' } });
        continue;
      }
      const note = reasonless.has(fp) ? ' The allow-list entry for this fingerprint has no reason, so it does not apply.' : '';
      judged.push({
        key,
        ...(inline ? { reasonlessMarker: inline.line } : {}),
        finding: {
          ruleId: hit.ruleId,
          severity: 'error',
          file: hit.file,
          line: hit.line,
          column: hit.column,
          message: scrub(message(hit, fp, note), hit.value),
          hint: hintFor(hit),
        },
      });
    }
  }
  return judged;
}

/** Findings and allowed secrets of judged hits, in scan order: one finding per file, line and value. */
export function mergeJudged(judged: Iterable<JudgedHit>): ScanSecretsResult {
  const findings: Finding[] = [];
  const allowed: AllowedHit[] = [];
  const seen = new Set<string>();
  const reasonlessMarkers = new Set<string>();
  for (const j of judged) {
    if (seen.has(j.key)) continue;
    seen.add(j.key);
    if (j.allowed) {
      allowed.push(j.allowed);
      continue;
    }
    if (!j.finding) continue;
    if (j.reasonlessMarker !== undefined && !reasonlessMarkers.has(`${j.finding.file}\n${j.reasonlessMarker}`)) {
      reasonlessMarkers.add(`${j.finding.file}\n${j.reasonlessMarker}`);
      findings.push(missingReasonFinding(j.finding.file, j.reasonlessMarker));
    }
    findings.push(j.finding);
  }
  allowed.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { findings: sortFindings(findings), allowed };
}

/**
 * Finds plaintext secrets in the given files. Pure: reads only its input. No secret value appears in any
 * returned string; each found value is named by its fingerprint (`fingerprint.ts`).
 */
export function scanSecrets(input: ScanSecretsInput): ScanSecretsResult {
  const byPath = new Map<string, SourceFile>(input.files.map((f) => [f.path, f]));
  return mergeJudged(
    judgeFiles(input.files, {
      lookup: (p: string) => byPath.get(p),
      ...(input.parsed ? { parsed: input.parsed } : {}),
      ...(input.changedLines ? { changedLines: input.changedLines } : {}),
      ...(input.allow ? { allow: input.allow } : {}),
      ...(input.positions ? { positions: input.positions } : {}),
    }),
  );
}

export { isScannedTextFile } from './scanned-files.js';
