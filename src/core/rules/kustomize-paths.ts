import type { Finding } from '../finding.js';
import { findingAt } from '../finding-at.js';
import { dirName, fileTree, isKustomizeFile, isRemoteResource, joinRepoPath, kustomizeEntries } from '../kustomize.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import type { RuleInfo } from '../rule-info.js';
import { closest } from '../closest.js';

export const kustomizeRules: RuleInfo[] = [
  { id: 'kustomize/missing-resource', title: 'Kustomize resources exist', description: 'Every local `resources`/`components` entry of a kustomization.yaml must be a file or a directory with its own kustomization; otherwise the Flux build fails.' },
];

const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export function checkKustomizePaths(index: RepoIndex, positions: PositionIndex): Finding[] {
  if (index.filePaths.length === 0) return [];
  const tree = fileTree(index.filePaths);
  const out: Finding[] = [];
  for (const k of index.manifests) {
    if (!isKustomizeFile(k)) continue;
    const dir = dirName(k.doc.file);
    for (const { field, index: i, entry } of kustomizeEntries(k)) {
      if (isRemoteResource(entry)) continue;
      const target = joinRepoPath(dir, entry);
      if (target === undefined) continue; // outside this repository: cannot be judged
      if (tree.files.has(target)) continue;
      if (tree.dirs.has(target)) {
        if (KUSTOMIZATION_NAMES.some((n) => tree.files.has(target ? `${target}/${n}` : n))) continue;
        out.push(findingAt(positions, k.doc, [field, i], {
          ruleId: 'kustomize/missing-resource', severity: 'error',
          message: `${field}[${i}] "${entry}" is a directory without a kustomization.yaml: the Kustomize build fails`,
          hint: 'List the files themselves, or add a kustomization.yaml to that directory.',
        }));
        continue;
      }
      const siblings = tree.under(dirName(target)).filter((f) => dirName(f) === dirName(target));
      const near = closest(target, siblings);
      out.push(findingAt(positions, k.doc, [field, i], {
        ruleId: 'kustomize/missing-resource', severity: 'error',
        message: `${field}[${i}] "${entry}" does not exist in the repository: the Kustomize build fails`,
        hint: near ? `Did you mean "${near.slice(dir ? dir.length + 1 : 0)}"?` : 'Fix the path (it is relative to the kustomization.yaml).',
      }));
    }
  }
  return out;
}
