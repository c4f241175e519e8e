import { closest, didYouMean } from '../closest.js';
import type { Finding } from '../finding.js';
import { findingAt } from '../finding-at.js';
import { fileTree, isFluxKustomization, joinRepoPath } from '../kustomize.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import type { Manifest } from '../resource.js';
import type { RuleInfo } from '../rule-info.js';

export const fluxRules: RuleInfo[] = [
  { id: 'flux/missing-path', title: 'Flux Kustomization path exists', description: '`spec.path` of a Flux Kustomization must be a directory of the source repository; otherwise reconciliation fails.' },
  { id: 'flux/source-not-found', title: 'Flux source exists', description: '`spec.sourceRef` must name a GitRepository defined in the repository (when the repository defines any).' },
  { id: 'flux/depends-on', title: 'Flux dependencies exist', description: '`spec.dependsOn` names must be Flux Kustomizations; a missing one blocks reconciliation forever (warning: it may be defined in another repository).' },
];

function rec(value: unknown): Record<string, any> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, any>) : undefined;
}

export function checkFluxRefs(index: RepoIndex, positions: PositionIndex): Finding[] {
  const kustomizations = index.manifests.filter(isFluxKustomization);
  if (kustomizations.length === 0) return [];
  const tree = index.filePaths.length ? fileTree(index.filePaths) : undefined;
  const gitRepos = index.manifests.filter((m) => m.kind === 'GitRepository' && m.apiVersion.startsWith('source.toolkit.fluxcd.io/'));
  const urls = new Set(gitRepos.map((g) => String(rec(g.object.spec)?.url ?? '')));
  const nsOf = (m: Manifest) => m.namespace ?? 'flux-system';
  const out: Finding[] = [];
  for (const k of kustomizations) {
    const spec = rec(k.object.spec);
    if (!spec) continue;
    const source = rec(spec.sourceRef);
    const sourceName = typeof source?.name === 'string' ? source.name : undefined;
    const sourceKind = typeof source?.kind === 'string' ? source.kind : 'GitRepository';
    const sourceNs = typeof source?.namespace === 'string' ? source.namespace : nsOf(k);
    if (sourceName && sourceKind === 'GitRepository' && gitRepos.length > 0) {
      if (!gitRepos.some((g) => g.name === sourceName && nsOf(g) === sourceNs)) {
        out.push(findingAt(positions, k.doc, ['spec', 'sourceRef', 'name'], {
          ruleId: 'flux/source-not-found', severity: 'error',
          message: `GitRepository "${sourceName}" not found in namespace "${sourceNs}"`,
          hint: didYouMean(sourceName, gitRepos.map((g) => g.name)) || `Defined: ${gitRepos.map((g) => `${nsOf(g)}/${g.name}`).join(', ')}.`,
        }));
      }
    }
    if (tree && typeof spec.path === 'string') {
      const path = joinRepoPath('', spec.path);
      if (path !== undefined && !tree.dirs.has(path)) {
        const near = closest(path, tree.dirs);
        out.push(findingAt(positions, k.doc, ['spec', 'path'], {
          ruleId: 'flux/missing-path',
          // When the repository points Flux at several repositories, the path may live in another one.
          severity: urls.size > 1 ? 'warning' : 'error',
          message: `spec.path "${spec.path}" is not a directory of this repository: reconciliation fails`,
          hint: near !== undefined ? `Did you mean "./${near}"?` : 'The path is relative to the root of the source repository.',
        }));
      }
    }
    if (Array.isArray(spec.dependsOn)) {
      spec.dependsOn.forEach((d: unknown, i: number) => {
        const name = rec(d)?.name;
        const ns = typeof rec(d)?.namespace === 'string' ? rec(d)!.namespace : nsOf(k);
        if (typeof name !== 'string') return;
        if (kustomizations.some((o) => o.name === name && nsOf(o) === ns)) return;
        out.push(findingAt(positions, k.doc, ['spec', 'dependsOn', i, 'name'], {
          ruleId: 'flux/depends-on', severity: 'warning',
          message: `Kustomization "${name}" (namespace "${ns}") is not defined: this Kustomization waits for it forever`,
          hint: didYouMean(name, kustomizations.map((o) => o.name)),
        }));
      });
    }
  }
  return out;
}
