import type { Finding } from '../finding.js';

/** Which OpenChoreo release the run validated against, and why that one. */
export interface ReleaseFacts {
  /** Full tag, e.g. `v1.2.3`. */
  tag: string;
  /** True when found from the repository's content; false when taken from an input or the default. */
  detected: boolean;
  /** Human-readable reasons for the choice, e.g. `apiVersion openchoreo.dev/v1alpha1 in 12 files`. */
  evidence: string[];
}

/** Everything the formatters print besides the findings themselves. Counts are computed once, by `summarize`. */
export interface RunSummary {
  command: 'validate' | 'policy';
  release?: ReleaseFacts;
  /** Files read. */
  files: number;
  /** YAML documents parsed. */
  documents: number;
  /** OpenChoreo resources recognised. */
  resources: number;
  /** Resources per kind, keys sorted. */
  kinds: Record<string, number>;
  errors: number;
  warnings: number;
  notes: number;
  /** Findings per rule id, keys sorted. */
  byRule: Record<string, number>;
  /** Findings per file, keys sorted. */
  byFile: Record<string, number>;
  durationMs?: number;
  extra?: Record<string, unknown>;
}

/** What the command knows about the run that cannot be derived from the findings. */
export interface RunFacts {
  command: RunSummary['command'];
  release?: ReleaseFacts;
  files: number;
  documents: number;
  resources: number;
  kinds: Record<string, number>;
  durationMs?: number;
  extra?: Record<string, unknown>;
}

export function summarize(findings: readonly Finding[], facts: RunFacts): RunSummary {
  // Maps, not objects: a file may well be named `__proto__`.
  const byRule = new Map<string, number>();
  const byFile = new Map<string, number>();
  const bySeverity = { error: 0, warning: 0, note: 0 };
  for (const f of findings) {
    bySeverity[f.severity]++;
    byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    byFile.set(f.file, (byFile.get(f.file) ?? 0) + 1);
  }
  const summary: RunSummary = {
    command: facts.command,
    ...(facts.release && { release: { ...facts.release, evidence: [...facts.release.evidence] } }),
    files: facts.files,
    documents: facts.documents,
    resources: facts.resources,
    kinds: sortedKeys(Object.entries(facts.kinds)),
    errors: bySeverity.error,
    warnings: bySeverity.warning,
    notes: bySeverity.note,
    byRule: sortedKeys(byRule),
    byFile: sortedKeys(byFile),
  };
  if (facts.durationMs !== undefined) summary.durationMs = facts.durationMs;
  if (facts.extra !== undefined) summary.extra = facts.extra;
  return summary;
}

/** Entries with the highest counts first (ties by key), at most `limit` of them. */
export function rankCounts(counts: Record<string, number>, limit = Infinity): Array<[string, number]> {
  return Object.entries(counts)
    .sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .slice(0, limit);
}

/** Object.fromEntries defines own properties, so even a `__proto__` key stays an ordinary count. */
function sortedKeys(counts: Iterable<[string, number]>): Record<string, number> {
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
