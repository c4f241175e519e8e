import type { Finding } from './finding.js';
import { findingAt } from './finding-at.js';
import type { Issue } from './issue.js';
import { checkKind } from './kinds.js';
import type { PathSegment } from './path.js';
import type { PositionIndex } from './position.js';
import type { Release } from './releases.js';
import { resourceKey, type Resource } from './resource.js';
import { celRuleCheck } from './rules/cel-rules.js';
import { snapshotTemplateIssues } from './rules/template-refs.js';
import { checkSchema } from './schema-check.js';

/** Per-resource checks that need nothing but the resource and the release. */
export interface ResourceCheck {
  (resource: Resource, release: Release, errorPaths: readonly PathSegment[][]): Issue[];
}

/** Identity of a resource for matching against the PR base inside one stage (namespace as written). */
export const baseKey = (r: { kind: string; namespace: string | undefined; name: string }) => resourceKey(r.kind, r.namespace ?? 'default', r.name);

/**
 * Second stage, per resource (so it can run in a worker): served kind and apiVersion, CRD schema (defaults
 * applied in place), metadata, then the CRD's CEL rules on the nodes the schema accepted and the template
 * references of ComponentRelease snapshots. `baseObjects` (by
 * baseKey) enables CEL validation ratcheting for objects that existed at the PR base.
 */
export function checkResources(
  resources: readonly Resource[],
  release: Release,
  positions: PositionIndex,
  baseObjects?: ReadonlyMap<string, unknown>,
): Finding[] {
  const checks: ResourceCheck[] = [
    celRuleCheck({ oldObjectOf: baseObjects ? (r) => baseObjects.get(baseKey(r)) : undefined }),
    snapshotTemplateIssues,
  ];
  const findings: Finding[] = [];
  for (const resource of resources) {
    const kindIssue = checkKind(resource, release);
    const issues: Issue[] = [];
    if (kindIssue) {
      issues.push(kindIssue);
    } else {
      const schema = checkSchema(resource.object, resource.kind, release);
      issues.push(...schema.issues);
      for (const check of checks) issues.push(...check(resource, release, schema.errorPaths));
    }
    for (const issue of issues) findings.push(findingAt(positions, resource.doc, issue.path, issue));
  }
  return findings;
}
