import type { Finding } from '../finding.js';
import { findingAt } from '../finding-at.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import { resourceKey, type Resource } from '../resource.js';
import type { RuleInfo } from '../rule-info.js';

export const duplicateRules: RuleInfo[] = [
  { id: 'reference/duplicate-resource', title: 'Each object is defined once', description: 'The same kind/namespace/name twice fails the Kustomize build ("already registered") or makes two Flux Kustomizations overwrite each other.' },
];

/** Same kind, effective namespace and name defined more than once: a finding at each own definition. */
export function checkDuplicates(index: RepoIndex, positions: PositionIndex): Finding[] {
  const groups = new Map<string, Resource[]>();
  for (const r of [...index.resources, ...index.context]) {
    if (!r.name) continue;
    const key = resourceKey(r.kind, index.namespaceOf(r), r.name);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const out: Finding[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const r of group) {
      if (index.isContext(r)) continue;
      const others = group.filter((o) => o !== r).map((o) => `${o.doc.file}${index.isContext(o) ? ' (context)' : ''}:${o.doc.startLine}`);
      const ns = index.isClusterScoped(r.kind) ? '' : ` in namespace "${index.namespaceOf(r)}"`;
      out.push(findingAt(positions, r.doc, ['metadata', 'name'], {
        ruleId: 'reference/duplicate-resource',
        severity: 'error',
        message: `${r.kind} "${r.name}"${ns} is defined ${group.length} times (also at ${others.join(', ')})`,
        hint: 'Keep one definition: Kustomize rejects duplicate objects, and two Flux Kustomizations would overwrite each other.',
      }));
    }
  }
  return out;
}
