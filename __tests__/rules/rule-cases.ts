import { expect } from '@jest/globals';
import type { Finding } from '../../src/core/finding.js';
import { runCrossResourceRules } from '../../src/core/rules/cross-resource.js';
import { platformFiles } from './platform-fixture.js';
import { indexOf } from './rule-harness.js';

/** One broken repository: the finding it must produce, where, and (optionally) what the hint says. */
export interface RuleCase {
  name: string;
  files: (base: Record<string, string>) => Record<string, string>;
  ruleId: string;
  severity: Finding['severity'];
  file: string;
  line: number;
  message?: string;
  hint?: string;
}

export function findingsOf(files: Record<string, string>, options?: Parameters<typeof indexOf>[1]): Finding[] {
  const built = indexOf(files, options);
  return runCrossResourceRules(built.index, built.positions);
}

/** The failing fixture reports the rule at the right place; its passing twin (the clean base) does not. */
export function expectCase(c: RuleCase): void {
  const findings = findingsOf(c.files(platformFiles()));
  const hit = findings.find((f) => f.ruleId === c.ruleId && f.file === c.file && f.line === c.line);
  const all = findings.map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`).join('\n');
  expect(hit ? 'found' : `not found among:\n${all}`).toBe('found');
  expect(hit!.severity).toBe(c.severity);
  if (c.message) expect(hit!.message).toContain(c.message);
  if (c.hint) expect(hit!.hint).toContain(c.hint);
  expect(findingsOf(platformFiles()).filter((f) => f.ruleId === c.ruleId)).toEqual([]);
}
