import { describe, it, expect } from '@jest/globals';
import { plural } from '../../src/core/report/plural.js';
import { rankCounts, summarize } from '../../src/core/report/summary.js';
import { facts, finding, three } from './sample.js';

describe('summarize', () => {
  it('counts severities, rules and files once, with sorted keys', () => {
    const s = summarize(three, facts);
    expect(s).toEqual({
      command: 'validate',
      release: facts.release,
      files: 42,
      documents: 130,
      resources: 120,
      kinds: { Component: 3, Project: 1 },
      errors: 2,
      warnings: 1,
      notes: 0,
      byRule: { 'refs/missing-owner': 1, 'schema/unknown-field': 2 },
      byFile: { 'apps/api/workload.yaml': 1, 'apps/web/component.yaml': 2 },
    });
    expect(Object.keys(s.kinds)).toEqual(['Component', 'Project']);
    expect(Object.keys(s.byFile)).toEqual(['apps/api/workload.yaml', 'apps/web/component.yaml']);
    expect('durationMs' in s || 'extra' in s).toBe(false);
  });

  it('keeps duration and extra facts when given', () => {
    const s = summarize([], { ...facts, release: undefined, durationMs: 1234, extra: { skipped: 2 } });
    expect(s.durationMs).toBe(1234);
    expect(s.extra).toEqual({ skipped: 2 });
    expect('release' in s).toBe(false);
  });

  it('counts a file named __proto__ like any other', () => {
    const s = summarize([finding({ file: '__proto__' }), finding({ file: '__proto__', ruleId: 'constructor' })], facts);
    expect(Object.entries(s.byFile)).toEqual([['__proto__', 2]]);
    expect(Object.entries(s.byRule)).toEqual([['constructor', 1], ['schema/unknown-field', 1]]);
    expect(JSON.parse(JSON.stringify(s)).byFile).toEqual(JSON.parse('{"__proto__":2}'));
  });
});

describe('rankCounts', () => {
  it.each([
    [{ b: 2, a: 2, c: 5 }, Infinity, [['c', 5], ['a', 2], ['b', 2]]],
    [{ b: 2, a: 2, c: 5 }, 2, [['c', 5], ['a', 2]]],
    [{}, 3, []],
  ])('%j limit %s', (counts, limit, expected) => {
    expect(rankCounts(counts, limit)).toEqual(expected);
  });
});

describe('plural', () => {
  it.each([
    [0, 'error', '0 errors'],
    [1, 'error', '1 error'],
    [2, 'more file', '2 more files'],
  ])('%s %s', (n, word, expected) => expect(plural(n, word)).toBe(expected));
});
