import type { Finding } from '../../src/core/finding.js';
import { summarize, type RunFacts, type RunSummary } from '../../src/core/report/summary.js';

/** A finding with defaults for everything a test does not care about. */
export function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'schema/unknown-field',
    severity: 'error',
    file: 'apps/web/component.yaml',
    line: 12,
    column: 3,
    message: 'Unknown field "replica".',
    hint: 'Did you mean "replicas"?',
    ...over,
  };
}

export const facts: RunFacts = {
  command: 'validate',
  release: { tag: 'v1.2.3', detected: true, evidence: ['apiVersion openchoreo.dev/v1alpha1 in 3 files'] },
  files: 42,
  documents: 130,
  resources: 120,
  kinds: { Project: 1, Component: 3 },
};

/** Three findings in two files: 2 errors, 1 warning. Deliberately out of order. */
export const three: Finding[] = [
  finding({ severity: 'warning', ruleId: 'refs/missing-owner', file: 'apps/api/workload.yaml', line: 4, column: 1, message: 'Owner project "shop" not found.', hint: '' }),
  finding({ line: 20, column: 5, message: 'Unknown field "port".', hint: '' }),
  finding(),
];

export function summaryOf(findings: Finding[], over: Partial<RunFacts> = {}): RunSummary {
  return summarize(findings, { ...facts, ...over });
}
