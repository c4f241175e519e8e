import { sortFindings, type Finding } from '../finding.js';
import type { SourceFile } from '../source.js';
import { ALLOW_MARKER, indexAllowList, inlineAllowFor, missingReasonFinding } from './allow-list.js';
import { secretFingerprint } from './fingerprint.js';
import { LineIndex } from './line-index.js';
import { scanFile } from './scan-file.js';
import type { AllowedHit, ScanSecretsInput, ScanSecretsResult, SecretHit } from './secret-hit.js';
import { secretHint } from './secret-rules.js';
import { YamlValueLines } from './yaml-value-lines.js';

/** Removes every occurrence of the secret from a text meant for output (a last guard; messages never quote it). */
function scrub(text: string, value: string): string {
  return value.length >= 4 && text.includes(value) ? text.split(value).join('[redacted]') : text;
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
 * Finds plaintext secrets in the given files. Pure: reads only its input. No secret value appears in any
 * returned string; each found value is named by its fingerprint (`fingerprint.ts`).
 */
export function scanSecrets(input: ScanSecretsInput): ScanSecretsResult {
  const byPath = new Map<string, SourceFile>(input.files.map((f) => [f.path, f]));
  const ctx = { parsed: input.parsed, lookup: (p: string) => byPath.get(p), valueLines: new YamlValueLines() };
  const { valid, reasonless } = indexAllowList(input.allow);
  const lineIndexes = new Map<string, LineIndex>();
  const hits: SecretHit[] = [];
  for (const file of input.files) {
    if (input.changedLines && !input.changedLines.has(file.path)) continue;
    const scanned = scanFile(file, ctx);
    lineIndexes.set(file.path, scanned.lines);
    hits.push(...scanned.hits);
  }

  const markerFiles = new Map<string, boolean>();
  const hasMarker = (file: string): boolean => {
    let has = markerFiles.get(file);
    if (has === undefined) markerFiles.set(file, (has = byPath.get(file)?.text.includes(ALLOW_MARKER) ?? false));
    return has;
  };
  const linesOf = (file: string): LineIndex => {
    let lines = lineIndexes.get(file);
    if (!lines) lineIndexes.set(file, (lines = new LineIndex(byPath.get(file)?.text ?? '')));
    return lines;
  };
  const findings: Finding[] = [];
  const allowed: AllowedHit[] = [];
  const seen = new Set<string>();
  const reasonlessMarkers = new Set<string>();
  for (const hit of hits) {
    if (input.changedLines && !touchesChangedLines(hit, input.changedLines.get(hit.file))) continue;
    const fp = secretFingerprint(hit.value);
    const key = `${hit.file}\n${hit.line}\n${fp}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const configReason = valid.get(fp);
    if (configReason) {
      allowed.push({ file: hit.file, line: hit.line, ruleId: hit.ruleId, fingerprint: fp, reason: configReason, how: 'config' });
      continue;
    }
    const inline = hasMarker(hit.file) ? inlineAllowFor(linesOf(hit.file), hit) : undefined;
    if (inline && inline.reason) {
      allowed.push({ file: hit.file, line: hit.line, ruleId: hit.ruleId, fingerprint: fp, reason: inline.reason, how: 'inline' });
      continue;
    }
    if (inline && !reasonlessMarkers.has(`${hit.file}\n${inline.line}`)) {
      reasonlessMarkers.add(`${hit.file}\n${inline.line}`);
      findings.push(missingReasonFinding(hit.file, inline.line));
    }
    const note = reasonless.has(fp) ? ' The allow-list entry for this fingerprint has no reason, so it does not apply.' : '';
    findings.push({
      ruleId: hit.ruleId,
      severity: 'error',
      file: hit.file,
      line: hit.line,
      column: hit.column,
      message: scrub(message(hit, fp, note), hit.value),
      hint: scrub(secretHint(hit.context, hit.name), hit.value),
    });
  }
  allowed.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { findings: sortFindings(findings), allowed };
}

export { isScannedTextFile } from './scanned-files.js';
