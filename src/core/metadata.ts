import type { Issue } from './issue.js';

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const ANNOTATIONS_MAX_BYTES = 256 * 1024;

/** ObjectMeta fields the API server knows; anything else is an unknown field under server-side apply. */
const OBJECT_META_FIELDS = new Set([
  'name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp',
  'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers', 'managedFields',
]);

function toLower(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
}

/** Checks a qualified name (`prefix/name`) as used for label and annotation keys; returns why it is bad, or ''. */
export function qualifiedNameProblem(key: string): string {
  const parts = key.split('/');
  if (parts.length > 2) return 'a qualified name may contain at most one "/"';
  const name = parts[parts.length - 1];
  if (parts.length === 2) {
    const prefix = parts[0];
    if (!prefix) return 'the prefix before "/" must not be empty';
    if (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix)) return `prefix "${prefix}" must be a lowercase DNS subdomain`;
  }
  if (!name) return 'the name part must not be empty';
  if (name.length > 63) return 'the name part must be no more than 63 characters';
  if (!LABEL_NAME.test(name)) return 'the name part must consist of alphanumerics, "-", "_" or "." and start and end with an alphanumeric';
  return '';
}

function stringMapIssues(meta: Record<string, unknown>, field: 'labels' | 'annotations'): Issue[] {
  const map = meta[field];
  const issues: Issue[] = [];
  if (map === undefined || map === null) return issues;
  if (typeof map !== 'object' || Array.isArray(map)) {
    return [{ path: ['metadata', field], ruleId: 'metadata/invalid', severity: 'error', message: `metadata.${field}: Invalid value: must be a map of string keys to string values.`, hint: `Write ${field} as \`key: "value"\` pairs.` }];
  }
  let size = 0;
  for (const [key, value] of Object.entries(map)) {
    const path = ['metadata', field, key];
    const problem = qualifiedNameProblem(key);
    if (problem) {
      issues.push({ path, ruleId: `metadata/${field}`, severity: 'error', message: `metadata.${field}: Invalid value: "${key}": ${problem}.`, hint: 'Use a key like `example.com/my-key` or `my-key`.' });
    }
    if (typeof value !== 'string') {
      issues.push({ path, ruleId: `metadata/${field}`, severity: 'error', message: `metadata.${field}.${key}: Invalid value: must be of type string, got ${value === null ? 'null' : typeof value}.`, hint: 'Quote the value, e.g. `"true"` or `"8080"`.' });
      continue;
    }
    size += key.length + value.length;
    if (field === 'labels' && (value.length > 63 || !LABEL_VALUE.test(value))) {
      issues.push({ path, ruleId: 'metadata/labels', severity: 'error', message: `metadata.labels.${key}: Invalid value: "${value.slice(0, 80)}": a label value must be at most 63 characters of alphanumerics, "-", "_" or ".", starting and ending with an alphanumeric.`, hint: 'Shorten the value or move it to an annotation.' });
    }
  }
  if (field === 'annotations' && size > ANNOTATIONS_MAX_BYTES) {
    issues.push({ path: ['metadata', field], ruleId: 'metadata/annotations', severity: 'error', message: `metadata.annotations: Too long: must have at most ${ANNOTATIONS_MAX_BYTES} bytes.`, hint: 'Move large data out of annotations.' });
  }
  return issues;
}

/** Judges `metadata` the way the API server does for a custom resource (CRDs only declare it as an object). */
export function checkMetadata(object: Record<string, unknown>, clusterScoped: boolean): Issue[] {
  const meta = object.metadata;
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) return [];
  const m = meta as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(m)) {
    if (!OBJECT_META_FIELDS.has(key)) {
      issues.push({ path: ['metadata', key], ruleId: 'schema/unknown-field', severity: 'error', message: `.metadata.${key}: field not declared in schema.`, hint: 'Remove the field; put custom data in metadata.labels or metadata.annotations.' });
    }
  }
  const name = m.name;
  if (name === undefined || name === null || name === '') {
    issues.push({ path: ['metadata', 'name'], ruleId: 'metadata/name', severity: 'error', message: 'metadata.name: Required value: name is required.', hint: 'Give the resource a lowercase DNS-1123 name, e.g. `name: my-service`.' });
  } else if (typeof name !== 'string') {
    issues.push({ path: ['metadata', 'name'], ruleId: 'metadata/name', severity: 'error', message: 'metadata.name: Invalid value: must be of type string.', hint: 'Quote the name.' });
  } else if (name.length > 253 || !DNS1123_SUBDOMAIN.test(name)) {
    const fixed = toLower(name);
    issues.push({ path: ['metadata', 'name'], ruleId: 'metadata/name', severity: 'error', message: `metadata.name: Invalid value: "${name.slice(0, 100)}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (at most 253).`, hint: fixed && fixed !== name ? `Rename it, e.g. "${fixed}".` : 'Rename it using lowercase letters, digits and "-".' });
  }
  const ns = m.namespace;
  if (ns !== undefined && ns !== null) {
    if (clusterScoped) {
      issues.push({ path: ['metadata', 'namespace'], ruleId: 'metadata/namespace', severity: 'warning', message: `metadata.namespace is set on the cluster-scoped kind ${String(object.kind)}; the API server ignores it.`, hint: 'Remove metadata.namespace.' });
    } else if (typeof ns !== 'string' || ns.length > 63 || !DNS1123_LABEL.test(ns)) {
      issues.push({ path: ['metadata', 'namespace'], ruleId: 'metadata/namespace', severity: 'error', message: `metadata.namespace: Invalid value: "${String(ns).slice(0, 100)}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', start and end with an alphanumeric character, and be at most 63 characters.`, hint: 'Use an existing namespace name such as `default`.' });
    }
  }
  issues.push(...stringMapIssues(m, 'labels'), ...stringMapIssues(m, 'annotations'));
  return issues;
}
