import type { Finding } from './finding.js';

/** What `scope: changed` needs: the head findings, which files the PR touched, and the same rules run on the base. */
export interface ChangedScopeInput {
  /** Every finding on the PR head (the whole repository is always read, so references resolve). */
  head: readonly Finding[];
  /** Repository-relative paths the PR added, modified or renamed to (deleted paths may be included; harmless). */
  changedFiles: Iterable<string>;
  /**
   * Findings of the same rules on the PR base (undefined when there is no base, e.g. the first commit: then
   * only the changed files count). A finding in an untouched file that the base did not have was caused by the
   * change — a deleted Environment breaks the bindings naming it, a renamed Trait breaks its users.
   */
  base?: readonly Finding[];
}

/** Identity of a finding within one file revision: an untouched file has the same lines on base and head. */
export function findingKey(f: Finding): string {
  return `${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.ruleId}\u0000${f.severity}\u0000${f.message}`;
}

/**
 * Keeps the findings a PR is responsible for: every finding in a changed file, and any finding in an untouched
 * file that is new compared to the base. Findings that already existed before the PR, in files it did not
 * touch, are dropped. Rules need no dependency bookkeeping: running them on base and head is the dependency
 * analysis, and it is exact for every rule, present or future.
 */
export function filterToChangedScope(input: ChangedScopeInput): Finding[] {
  const changed = new Set(input.changedFiles);
  const before = new Set((input.base ?? []).map(findingKey));
  const hasBase = input.base !== undefined;
  return input.head.filter((f) => changed.has(f.file) || (hasBase && !before.has(findingKey(f))));
}
