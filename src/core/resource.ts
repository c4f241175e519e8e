import type { YamlDocument } from './parse.js';

export const OPENCHOREO_GROUP = 'openchoreo.dev';

/** A Kubernetes-style document of the repository: apiVersion, kind, identity and the parsed object. */
interface KubeDocument {
  apiVersion: string;
  kind: string;
  /** `metadata.name`, or '' when missing. */
  name: string;
  /** `metadata.namespace` as written, or undefined. */
  namespace: string | undefined;
  doc: YamlDocument;
  /** The parsed object. Schema checking applies CRD defaults to OpenChoreo objects in place. */
  object: Record<string, any>;
}

/** An `openchoreo.dev` object found in the repository, recognised by its apiVersion and kind. */
export type Resource = KubeDocument;

/** Any other Kubernetes-style document (Flux, Kustomize, core objects): indexed, not judged by OpenChoreo rules. */
export type Manifest = KubeDocument;

export type Classified =
  | { type: 'openchoreo'; resource: Resource }
  | { type: 'kubernetes'; manifest: Manifest }
  | { type: 'other' }
  | { type: 'not-a-mapping' };

function isRecord(value: unknown): value is Record<string, any> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Group of an apiVersion (`openchoreo.dev/v1alpha1` → `openchoreo.dev`, `v1` → ''). */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

/** Decides by content alone what a document is. */
export function classify(doc: YamlDocument): Classified {
  const value = doc.value;
  if (!isRecord(value)) return { type: 'not-a-mapping' };
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return { type: 'other' };
  const meta = isRecord(value.metadata) ? value.metadata : {};
  const name = typeof meta.name === 'string' ? meta.name : '';
  const namespace = typeof meta.namespace === 'string' ? meta.namespace : undefined;
  if (apiGroup(apiVersion) === OPENCHOREO_GROUP) {
    return { type: 'openchoreo', resource: { apiVersion, kind, name, namespace, doc, object: value } };
  }
  return { type: 'kubernetes', manifest: { apiVersion, kind, name, namespace, doc, object: value } };
}

/** Identity used for duplicates and for matching a resource against the PR base: `Kind/namespace/name`. */
export function resourceKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ''}/${name}`;
}

/** Resources per kind, for the run summary. */
export function countKinds(resources: readonly { kind: string }[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const r of resources) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
  return kinds;
}
