/** Test helper: judge one object (and optionally its old version) the way the validator pipeline will. */
import { findRelease } from '../../src/core/releases.js';
import { compileKindRules } from '../../src/core/cel/compile.js';
import { evaluateRules, type CelViolation, type EvaluateOptions } from '../../src/core/cel/evaluate.js';

/** Applies CRD defaults with the release's generated validator (as the schema check does), then runs the rules. */
export function violations(tag: string, object: Record<string, any>, old?: Record<string, any>, options?: EvaluateOptions): CelViolation[] {
  const release = findRelease(tag);
  if (!release) throw new Error(`unknown release ${tag}`);
  const crd = release.crds[object.kind];
  if (!crd) throw new Error(`${object.kind} is not in ${tag}`);
  const copy = structuredClone(object);
  const validate = release.validators[object.kind];
  if (!validate(copy)) throw new Error(`fixture is not schema-valid: ${JSON.stringify(validate.errors)}`);
  return evaluateRules(compileKindRules(crd), copy, old === undefined ? undefined : structuredClone(old), options);
}

/** Runs the rules on the object as given: no defaults, no schema check (for what the schema would catch first). */
export function unchecked(tag: string, object: Record<string, any>, old?: Record<string, any>, options?: EvaluateOptions): CelViolation[] {
  const crd = findRelease(tag)!.crds[object.kind];
  return evaluateRules(compileKindRules(crd), object, old, options);
}

/** Only the API server lines. */
export function messages(tag: string, object: Record<string, any>, old?: Record<string, any>): string[] {
  return violations(tag, object, old).map((v) => v.message);
}

export const meta = (name: string) => ({ name, namespace: 'default' });
