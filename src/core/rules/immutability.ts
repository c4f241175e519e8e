import type { ResourcePair } from '../base-match.js';
import { firstDifference } from '../cel/compare.js';
import { compileKindRules } from '../cel/compile.js';
import { withDefaults } from '../cel/defaults.js';
import { evaluateRules, type CelViolation } from '../cel/evaluate.js';
import type { StructuralSchema } from '../crd.js';
import type { Finding } from '../finding.js';
import { findingAt } from '../finding-at.js';
import { formatPath, type Path, type PathSegment } from '../path.js';
import type { PositionIndex } from '../position.js';
import type { Release } from '../releases.js';
import type { Resource } from '../resource.js';
import type { RuleInfo } from '../rule-info.js';
import { violationMessage } from './cel-rules.js';

export const immutabilityRuleInfo: RuleInfo[] = [
  {
    id: 'cel/transition',
    title: 'Immutable field changed since the PR base',
    description: 'A CRD transition rule (oldSelf) fails against the object at the PR base: the API server rejects the update, so Flux cannot apply it.',
  },
  {
    id: 'immutable/component-release',
    title: 'ComponentRelease edited after it was cut',
    description: 'A ComponentRelease is an immutable snapshot; editing its spec is rejected by the API server (or silently diverges from what was deployed).',
  },
];

export interface ImmutabilityInput {
  pairs: readonly ResourcePair[];
  release: Release;
  positions: PositionIndex;
  /** Per head resource, nodes to leave alone (where the schema check failed); see skipAroundErrors. */
  skipFor?: (head: Resource) => ((path: Path) => boolean) | undefined;
}

const where = (positions: PositionIndex, r: Resource, path: Path) => `${r.doc.file}:${positions.locate(r.doc, path).line}`;

const NEW_NAME_HINT = (kind: string) =>
  `This field cannot change once the ${kind} exists. Revert it, or create a ${kind} under a new name (Flux prunes the old one).`;

/**
 * Transition rules (`oldSelf`) of every head/base pair, plus the whole-spec ComponentRelease check. Findings
 * point at the changed node in the head file and name the base file and line.
 */
export function checkImmutability(input: ImmutabilityInput): Finding[] {
  const { release, positions } = input;
  const out: Finding[] = [];
  for (const { head, base } of input.pairs) {
    const crd = release.crds[head.kind];
    if (!crd) continue;
    const compiled = compileKindRules(crd);
    const skip = input.skipFor?.(head);
    const violations = compiled.root?.hasTransition ? evaluateRules(compiled, head.object, base.object, { only: 'transition', skip }) : [];
    if (head.kind === 'ComponentRelease') {
      const finding = componentReleaseChange(head, base, crd.schema, violations, positions);
      if (finding) out.push(finding);
      continue;
    }
    for (const v of violations) {
      out.push(
        findingAt(positions, head.doc, v.path, {
          ruleId: 'cel/transition',
          severity: 'error',
          message: `${violationMessage(head, crd.group, v)} (base: ${where(positions, base, v.path)})`,
          hint: NEW_NAME_HINT(head.kind),
        }),
      );
    }
  }
  return out;
}

/**
 * A ComponentRelease whose spec differs from the base at all. An error when a transition rule rejects it; a
 * warning when the API server would accept it (an optional field such as componentProfile added or removed),
 * since the release then no longer describes what was deployed from it.
 */
function componentReleaseChange(head: Resource, base: Resource, schema: StructuralSchema, violations: CelViolation[], positions: PositionIndex): Finding | undefined {
  const specSchema = schema.properties?.spec;
  const oldSpec = withDefaults(base.object, schema)?.spec;
  const diff = firstDifference(head.object.spec, oldSpec, specSchema);
  if (!diff) return undefined;
  const path: PathSegment[] = ['spec', ...diff];
  const rejected = violations.length > 0;
  const consequence = rejected
    ? ` The API server rejects the update: ${violations.map((v) => v.message).join('; ')}.`
    : ' The API server accepts this change, but the release no longer matches what was deployed from it.';
  return findingAt(positions, head.doc, path, {
    ruleId: 'immutable/component-release',
    severity: rejected ? 'error' : 'warning',
    message: `ComponentRelease "${head.name}" is immutable: ${formatPath(path)} changed (base: ${where(positions, base, path)}, now: ${where(positions, head, path)}).${consequence}`,
    hint: 'Cut a new ComponentRelease (new name) and point the ReleaseBindings at it instead of editing this one.',
  });
}
