import { describe, it, expect } from '@jest/globals';
import { runCrossResourceRules } from '../../src/core/rules/cross-resource.js';
import { platformFiles } from './platform-fixture.js';
import { indexOf, summary } from './rule-harness.js';

describe('the shared rule fixture', () => {
  it('is clean: every failing fixture below differs from it by one edit', () => {
    const built = indexOf(platformFiles());
    expect(summary(runCrossResourceRules(built.index, built.positions))).toEqual([]);
  });
});
