import type { Finding } from '../finding.js';
import { findingAt } from '../finding-at.js';
import type { PathSegment } from '../path.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import type { Resource } from '../resource.js';
import { list, lookup, missingReference, rec, str } from './reference-lookup.js';
import { didYouMean } from '../closest.js';

/**
 * `env[]`/`files[]` `valueFrom.secretKeyRef {name, key}` under the container at `containerPath` must name a
 * SecretReference in the same namespace whose `spec.data[].secretKey` holds the key (else the ReleaseBinding
 * render fails: "Failed to collect SecretReferences").
 */
export function checkSecretKeyRefs(index: RepoIndex, positions: PositionIndex, resource: Resource, containerPath: readonly PathSegment[], out: Finding[]): void {
  let container: unknown = resource.object;
  for (const seg of containerPath) container = rec(container)?.[seg as string];
  const ns = index.namespaceOf(resource);
  for (const field of ['env', 'files'] as const) {
    list(rec(container)?.[field]).forEach((entry, i) => {
      const ref = rec(rec(rec(entry)?.valueFrom)?.secretKeyRef);
      const name = str(ref?.name);
      if (!ref || !name) return;
      const base = [...containerPath, field, i, 'valueFrom', 'secretKeyRef'];
      const found = lookup(index, 'SecretReference', ns, name);
      const missing = missingReference(index, positions, {
        ruleId: 'reference/secret-reference', from: resource, path: [...base, 'name'], kind: 'SecretReference', name, namespace: ns,
        consequence: 'rendering fails with "Failed to collect SecretReferences"',
      }, found);
      if (missing) out.push(missing);
      const key = str(ref.key);
      if (!found.target || !key) return;
      const keys = list(rec(found.target.object.spec)?.data).map((d) => str(rec(d)?.secretKey)).filter((k): k is string => !!k);
      if (!keys.includes(key)) {
        out.push(findingAt(positions, resource.doc, [...base, 'key'], {
          ruleId: 'reference/secret-key',
          severity: 'error',
          message: `key "${key}" not found in SecretReference "${name}"; available keys: [${keys.join(', ')}]`,
          hint: didYouMean(key, keys) || `Add a spec.data entry with secretKey: ${key} to the SecretReference, or use one of its keys.`,
        }));
      }
    });
  }
}
