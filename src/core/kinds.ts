import { didYouMean } from './closest.js';
import type { Issue } from './issue.js';
import { ALL_KINDS, RELEASES, type Release } from './releases.js';
import type { Resource } from './resource.js';

/** Checks that the release serves this apiVersion and kind; returns the issue when it does not. */
export function checkKind(resource: Resource, release: Release): Issue | undefined {
  const crd = release.crds[resource.kind];
  if (!crd) {
    const servedBy = RELEASES.filter((r) => r.crds[resource.kind]).map((r) => r.tag);
    if (servedBy.length) {
      return {
        path: ['kind'],
        ruleId: 'kind/not-in-release',
        severity: 'error',
        message: `Kind ${resource.kind} is not served by OpenChoreo ${release.tag} (it exists in ${servedBy.join(', ')}).`,
        hint: `Migrate the resource to a ${release.tag} kind, or set openchoreo-version to the release the cluster runs.`,
      };
    }
    const hint = didYouMean(resource.kind, Object.keys(release.crds)) || didYouMean(resource.kind, ALL_KINDS);
    return {
      path: ['kind'],
      ruleId: 'kind/unknown',
      severity: 'error',
      message: `Unknown OpenChoreo kind "${resource.kind}": no openchoreo.dev CRD defines it, so the API server rejects it.`,
      hint: hint || `Known kinds: ${Object.keys(release.crds).join(', ')}.`,
    };
  }
  if (!crd.apiVersions.includes(resource.apiVersion)) {
    return {
      path: ['apiVersion'],
      ruleId: 'kind/api-version',
      severity: 'error',
      message: `apiVersion "${resource.apiVersion}" is not served for ${resource.kind} by OpenChoreo ${release.tag}.`,
      hint: `Use apiVersion: ${crd.apiVersions[0]}.`,
    };
  }
  return undefined;
}
