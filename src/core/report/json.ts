import { sortFindings, type Finding } from '../finding.js';
import type { RunSummary } from './summary.js';

export interface JsonOptions {
  /** Two-space indentation; otherwise one compact line. */
  pretty?: boolean;
}

/**
 * `{"findings":[…],"summary":{…}}` with keys in a fixed order, whatever order the inputs were built in,
 * so the output can be diffed and asserted on byte for byte. Ends with a newline.
 */
export function formatJson(findings: readonly Finding[], summary: RunSummary, options: JsonOptions = {}): string {
  const document = {
    findings: sortFindings(findings).map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      file: f.file,
      line: f.line,
      column: f.column,
      message: f.message,
      hint: f.hint,
    })),
    summary: orderedSummary(summary),
  };
  return `${JSON.stringify(document, null, options.pretty ? 2 : undefined)}\n`;
}

/** Optional keys that are absent stay absent (JSON.stringify drops `undefined`). */
function orderedSummary(s: RunSummary): Record<keyof RunSummary, unknown> {
  return {
    command: s.command,
    release: s.release && { tag: s.release.tag, detected: s.release.detected, evidence: s.release.evidence },
    files: s.files,
    documents: s.documents,
    resources: s.resources,
    kinds: s.kinds,
    errors: s.errors,
    warnings: s.warnings,
    notes: s.notes,
    byRule: s.byRule,
    byFile: s.byFile,
    durationMs: s.durationMs,
    extra: s.extra,
  };
}
