import { blockSource } from '../block-yaml.js';
import { compileKindRules } from '../cel/compile.js';
import { evaluateRules, type CelViolation } from '../cel/evaluate.js';
import { apiServerMessage } from '../cel/message.js';
import { skipAroundErrors } from '../cel/skip.js';
import type { Issue } from '../issue.js';
import type { PathSegment } from '../path.js';
import type { Release } from '../releases.js';
import type { Resource } from '../resource.js';
import type { RuleInfo } from '../rule-info.js';

export const celRuleInfo: RuleInfo[] = [
  { id: 'cel/rule', title: 'CRD validation rule fails', description: 'An x-kubernetes-validations (CEL) rule of the CRD evaluates to false, so the API server rejects the object.' },
  { id: 'cel/rule-error', title: 'CRD validation rule cannot be evaluated', description: 'A CEL rule of the CRD fails at run time (e.g. "no such key"); the API server rejects the object with that error.' },
];

/** Fix-it hints for the rule families OpenChoreo's CRDs use, keyed by rule text. */
const HINTS: [RegExp, string][] = [
  [/^!has\(self\.forEach\) \|\| has\(self\.var\)$/, 'Add `var: <name>` next to `forEach`; it names the loop variable the template uses.'],
  [/^!\(has\(self\.value\) && has\(self\.valueFrom\)\)$/, 'Keep either `value` or `valueFrom`, not both.'],
  [/^has\(self\.value\) != has\(self\.valueFrom\)$/, 'Set exactly one of `value` and `valueFrom`.'],
  [/self\.resources\.exists\(r, r\.id == self\.workloadType\)/, 'Give the primary resource `id: <workloadType>` (e.g. `id: deployment`), or use `workloadType: proxy`.'],
  [/has\(self\.validations\).*has\(self\.preRenderValidations\)/, 'Move the rules from the deprecated `validations` into `preRenderValidations`.'],
  [/self\.scope/, 'Add the broader scope field the narrower one needs (project; for a ClusterAuthzRoleBinding also namespace), or remove the narrower one.'],
  [/ClusterAuthzRole'\)$/, 'A ClusterAuthzRoleBinding can only grant ClusterAuthzRoles; use an AuthzRoleBinding for namespaced roles.'],
  [/ClusterObservabilityPlane'$/, 'Set `kind: ClusterObservabilityPlane`: a cluster-scoped plane cannot reference a namespaced ObservabilityPlane.'],
  [/secretKeyRef.*configMapKeyRef/, 'Set exactly one of `value`, `secretKeyRef` and `configMapKeyRef`.'],
  [/self\.all\(k, k\.size\(\) > 0 && self\[k\]\.size\(\) > 0\)/, 'Remove the entry with an empty key or value.'],
];

export function celHint(rule: string): string {
  return HINTS.find(([pattern]) => pattern.test(rule.trim()))?.[1] ?? '';
}

/** One violation as the finding text: the API server's reply, `<Kind>.<group> "<name>" is invalid: <line>`. */
export function violationMessage(resource: Resource, group: string, v: CelViolation): string {
  return apiServerMessage(resource.kind, group, resource.name, [v.message]);
}

export interface CelCheckOptions {
  /**
   * The same object at the PR base, when known. It enables validation ratcheting: a rule that already failed on
   * an unchanged part is reported as a warning, since the API server accepts such an update.
   */
  oldObjectOf?: (resource: Resource) => unknown;
}

/**
 * Plain (non-transition) CEL rules of the resource's CRD, as a per-resource check: run after the schema
 * check (which applied defaults in place), skipping nodes at, above or below a schema error.
 */
export function celRuleCheck(options: CelCheckOptions = {}) {
  return (resource: Resource, release: Release, errorPaths: readonly PathSegment[][]): Issue[] => {
    const crd = release.crds[resource.kind];
    if (!crd) return [];
    const compiled = compileKindRules(crd);
    if (!compiled.root?.hasPlain) return [];
    const old = options.oldObjectOf?.(resource);
    // Specs repeated verbatim (ComponentRelease snapshots) are judged once: their text identifies their value.
    const violations = evaluateRules(compiled, resource.object, old, { only: 'plain', skip: skipAroundErrors(errorPaths), sameAs: blockSource });
    return violations.map((v) => ({
      path: v.path,
      ruleId: v.outcome === 'error' ? 'cel/rule-error' : 'cel/rule',
      severity: v.ratcheted ? 'warning' : 'error',
      message: violationMessage(resource, crd.group, v) + (v.ratcheted ? ' (already so at the PR base; the API server lets an unchanged value through)' : ''),
      hint: celHint(v.rule),
    }));
  };
}
