import type { Finding } from './finding.js';
import { findingAt } from './finding-at.js';
import type { Issue } from './issue.js';
import { checkKind } from './kinds.js';
import type { PositionIndex } from './position.js';
import type { Release } from './releases.js';
import type { Resource } from './resource.js';
import { checkSchema } from './schema-check.js';
import type { PathSegment } from './path.js';

/** Per-resource checks that need nothing but the resource and the release. */
export interface ResourceCheck {
  (resource: Resource, release: Release, errorPaths: readonly PathSegment[][]): Issue[];
}

/**
 * Judges each resource on its own: served kind and apiVersion, CRD schema (with defaults applied in place),
 * metadata, then any extra per-resource checks (CEL rules, webhook rules), which only see schema-valid nodes.
 */
export function checkResources(
  resources: readonly Resource[],
  release: Release,
  positions: PositionIndex,
  extraChecks: readonly ResourceCheck[] = [],
): Finding[] {
  const findings: Finding[] = [];
  for (const resource of resources) {
    const kindIssue = checkKind(resource, release);
    const issues: Issue[] = [];
    if (kindIssue) {
      issues.push(kindIssue);
    } else {
      const schema = checkSchema(resource.object, resource.kind, release);
      issues.push(...schema.issues);
      for (const check of extraChecks) issues.push(...check(resource, release, schema.errorPaths));
    }
    for (const issue of issues) findings.push(findingAt(positions, resource.doc, issue.path, issue));
  }
  return findings;
}
