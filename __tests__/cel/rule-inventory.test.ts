import { describe, it, expect } from '@jest/globals';
import type { StructuralSchema } from '../../src/core/crd.js';
import { RELEASES } from '../../src/core/releases.js';
import { compileKindRules } from '../../src/core/cel/compile.js';
import { compileExpression, CelCompileError } from '../../src/core/cel/program.js';

/** Counts the rules of a schema subtree (by a plain walk, independent of the compiler). */
function countRules(schema: StructuralSchema): { all: number; transition: number } {
  const rules = schema['x-kubernetes-validations'] ?? [];
  let all = rules.length;
  let transition = rules.filter((r) => /\boldSelf\b/.test(r.rule)).length;
  const children = Object.values(schema.properties ?? {});
  if (schema.items) children.push(schema.items);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') children.push(schema.additionalProperties);
  for (const child of children) {
    const n = countRules(child);
    all += n.all;
    transition += n.transition;
  }
  return { all, transition };
}

/** Every rule outside `status` (which the evaluator leaves out on purpose: manifests never set status). */
function countKindRules(schema: StructuralSchema): { all: number; transition: number } {
  const { status: _status, ...properties } = schema.properties ?? {};
  return countRules({ ...schema, properties });
}

describe('every x-kubernetes-validations rule of every known release', () => {
  for (const release of RELEASES) {
    it(`compiles all rules of ${release.tag}`, () => {
      let total = 0;
      for (const [kind, crd] of Object.entries(release.crds)) {
        const compiled = compileKindRules(crd);
        expect({ kind, unsupported: compiled.unsupported }).toEqual({ kind, unsupported: [] });
        const expected = countKindRules(crd.schema);
        expect({ kind, rules: compiled.ruleCount, transition: compiled.transitionCount }).toEqual({ kind, rules: expected.all, transition: expected.transition });
        total += compiled.ruleCount;
      }
      expect(total).toBeGreaterThan(0);
    });
  }

  it('finds the documented number of rules in v1.2.3 (89, one of them on status)', () => {
    const release = RELEASES.find((r) => r.tag === 'v1.2.3')!;
    const kinds = Object.values(release.crds).map(compileKindRules);
    expect(kinds.reduce((n, k) => n + k.ruleCount, 0)).toBe(88);
    expect(kinds.reduce((n, k) => n + k.transitionCount, 0)).toBe(29);
  });

  it('is cached per CRD object and cheap', () => {
    const crd = RELEASES[RELEASES.length - 1].crds.ComponentRelease;
    expect(compileKindRules(crd)).toBe(compileKindRules(crd));
  });
});

describe('compileExpression rejects what the API server would reject or this evaluator cannot run', () => {
  it.each([
    ['self.?foo.orValue(1) == 1', /cannot parse/],
    ['isURL(self)', /calls "isURL"/],
    ['self.quantity().isGreaterThan(1)', /calls "(quantity|isGreaterThan)"/],
    ['other == self', /undeclared name "other"/],
    ['self ==', /cannot parse/],
  ])('%s', (rule, error) => {
    expect(() => compileExpression(rule)).toThrow(CelCompileError);
    expect(() => compileExpression(rule)).toThrow(error);
  });

  it('accepts strings-extension functions, macros with their own variables, and type names', () => {
    expect(compileExpression("self.lowerAscii().all(c, c != 'x') && type(self) == string").transition).toBe(false);
    expect(compileExpression('!has(oldSelf.a) || oldSelf.a == self.a').transition).toBe(true);
    expect(compileExpression('self == oldSelf').selfEqualsOldSelf).toBe(true);
    expect(compileExpression('1 == 1 // trailing comment').transition).toBe(false);
  });
});
