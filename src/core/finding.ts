/** One problem found in the repository. Every check returns these; every output format reads them. */
export type Severity = 'error' | 'warning' | 'note';

export interface Finding {
  /** Stable identifier of the rule, e.g. `schema/unknown-field`. Used for SARIF, allow-lists and counts. */
  ruleId: string;
  severity: Severity;
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line of the offending node. */
  line: number;
  /** 1-based column of the offending node. */
  column: number;
  /** What is wrong, in one sentence. Never contains a secret value. */
  message: string;
  /** How to fix it. Empty string when there is nothing useful to add. */
  hint: string;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** Errors first, then by file, line, column and rule, so every output lists findings in the same order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Findings are often sorted already (a command's result on its way to the output): one pass tells.
  for (let i = 1; i < findings.length; i++) if (compareFindings(findings[i - 1], findings[i]) > 0) return [...findings].sort(compareFindings);
  return [...findings];
}

/** The lowest severity that fails the run, or `never`. */
export type FailOn = Severity | 'never';

/** Exit code of a command that produced these findings: 1 when any finding is at or above failOn, else 0. */
export function exitCodeFor(findings: readonly Finding[], failOn: FailOn = 'error'): 0 | 1 {
  if (failOn === 'never') return 0;
  const limit = severityRank[failOn];
  return findings.some((f) => severityRank[f.severity] <= limit) ? 1 : 0;
}

export function isSeverity(value: string): value is Severity {
  return value === 'error' || value === 'warning' || value === 'note';
}
