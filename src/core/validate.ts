import type { Finding } from './finding.js';
import { findingAt } from './finding-at.js';
import type { Issue } from './issue.js';
import { checkKind } from './kinds.js';
import type { PositionIndex } from './position.js';
import type { Release } from './releases.js';
import { resourceKey, type Resource } from './resource.js';
import { celRuleCheck } from './rules/cel-rules.js';
import { snapshotTemplateIssues } from './rules/template-refs.js';
import { checkSchema } from './schema-check.js';

/** Identity of a resource for matching against the PR base inside one stage (namespace as written). */
export const baseKey = (r: { kind: string; namespace: string | undefined; name: string }) => resourceKey(r.kind, r.namespace ?? 'default', r.name);

/** One resource's findings; those of CEL rules apart, since validation ratcheting may soften them. */
export interface ResourceFindings {
  findings: Finding[];
  cel: Finding[];
}

const plainCel = celRuleCheck();

/**
 * The checks of one resource on its own (so they run wherever it was parsed): served kind and apiVersion, CRD
 * schema (defaults applied in place), metadata, then the CRD's CEL rules on the nodes the schema accepted and
 * the template references of ComponentRelease snapshots. `oldObject` (the same resource at the PR base)
 * enables CEL validation ratcheting.
 */
export function checkResource(resource: Resource, release: Release, positions: PositionIndex, oldObject?: unknown): ResourceFindings {
  const locate = (issues: readonly Issue[]) => issues.map((issue) => findingAt(positions, resource.doc, issue.path, issue));
  const kindIssue = checkKind(resource, release);
  if (kindIssue) return { findings: locate([kindIssue]), cel: [] };
  const schema = checkSchema(resource.object, resource.kind, release);
  const cel = oldObject === undefined ? plainCel : celRuleCheck({ oldObjectOf: () => oldObject });
  return {
    findings: locate([...schema.issues, ...snapshotTemplateIssues(resource)]),
    cel: locate(cel(resource, release, schema.errorPaths)),
  };
}

/** checkResource for many resources; `baseObjects` (by baseKey) are the old objects for ratcheting. */
export function checkResources(
  resources: readonly Resource[],
  release: Release,
  positions: PositionIndex,
  baseObjects?: ReadonlyMap<string, unknown>,
): Finding[] {
  return resources.flatMap((resource) => {
    const checked = checkResource(resource, release, positions, baseObjects?.get(baseKey(resource)));
    return [...checked.findings, ...checked.cel];
  });
}
