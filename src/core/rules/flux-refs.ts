import { closest, didYouMean } from '../closest.js';
import type { Finding } from '../finding.js';
import { findingAt } from '../finding-at.js';
import { fileTree, isFluxKustomization, joinRepoPath } from '../kustomize.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import type { Manifest } from '../resource.js';
import type { RuleInfo } from '../rule-info.js';
import { gitSourceOf, isGitRepository, sourceRepositoryOf } from './flux-source.js';

export const fluxRules: RuleInfo[] = [
  { id: 'flux/missing-path', title: 'Flux Kustomization path exists', description: '`spec.path` of a Flux Kustomization must be a directory of the source repository; otherwise reconciliation fails. Paths of a GitRepository that is another repository (by URL, compared with this checkout\'s remote) are not judged.' },
  { id: 'flux/source-not-found', title: 'Flux source exists', description: '`spec.sourceRef` must name a GitRepository defined in the repository or its context repositories (judged when the repository defines any).' },
  { id: 'flux/depends-on', title: 'Flux dependencies exist', description: '`spec.dependsOn` names must be Flux Kustomizations of the repository or its context repositories; a missing one blocks reconciliation forever (warning: it may be defined in another repository).' },
];

function rec(value: unknown): Record<string, any> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, any>) : undefined;
}

/**
 * Flux Kustomizations of the repository: source, path and dependencies must resolve. Manifests of context
 * repositories (`--context`) resolve names too but are never reported; a path is only checked against this
 * repository when the source is this repository (or, when the repository's own URL is unknown, may be).
 */
export function checkFluxRefs(index: RepoIndex, positions: PositionIndex): Finding[] {
  const kustomizations = index.manifests.filter(isFluxKustomization);
  if (kustomizations.length === 0) return [];
  const known = [...kustomizations, ...index.contextManifests.filter(isFluxKustomization)];
  const tree = index.filePaths.length ? fileTree(index.filePaths) : undefined;
  const ownGitRepos = index.manifests.filter(isGitRepository);
  const gitRepos = [...ownGitRepos, ...index.contextManifests.filter(isGitRepository)];
  const urls = new Set(ownGitRepos.map((g) => String(rec(g.object.spec)?.url ?? '')));
  const repositoryOf = sourceRepositoryOf(index.repositoryUrls, gitRepos);
  const nsOf = (m: Manifest) => m.namespace ?? 'flux-system';
  const out: Finding[] = [];
  for (const k of kustomizations) {
    const spec = rec(k.object.spec);
    if (!spec) continue;
    const source = rec(spec.sourceRef);
    const sourceName = typeof source?.name === 'string' ? source.name : undefined;
    const sourceKind = typeof source?.kind === 'string' ? source.kind : 'GitRepository';
    const sourceNs = typeof source?.namespace === 'string' ? source.namespace : nsOf(k);
    // Judged only when this repository defines sources itself; context sources can still satisfy the reference.
    if (sourceName && sourceKind === 'GitRepository' && ownGitRepos.length > 0) {
      if (!gitSourceOf(k, gitRepos)) {
        out.push(findingAt(positions, k.doc, ['spec', 'sourceRef', 'name'], {
          ruleId: 'flux/source-not-found', severity: 'error',
          message: `GitRepository "${sourceName}" not found in namespace "${sourceNs}"`,
          hint: didYouMean(sourceName, gitRepos.map((g) => g.name)) || `Defined: ${gitRepos.map((g) => `${nsOf(g)}/${g.name}`).join(', ')}.`,
        }));
      }
    }
    const repository = repositoryOf(k);
    if (tree && typeof spec.path === 'string' && repository !== 'other') {
      const path = joinRepoPath('', spec.path);
      if (path !== undefined && !tree.dirs.has(path)) {
        const near = closest(path, tree.dirs);
        out.push(findingAt(positions, k.doc, ['spec', 'path'], {
          ruleId: 'flux/missing-path',
          // The source is known to be this repository: certain. Otherwise, when the repository points Flux at
          // several repositories, the path may live in another one.
          severity: repository === 'this' || urls.size <= 1 ? 'error' : 'warning',
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
        if (known.some((o) => o.name === name && nsOf(o) === ns)) return;
        out.push(findingAt(positions, k.doc, ['spec', 'dependsOn', i, 'name'], {
          ruleId: 'flux/depends-on', severity: 'warning',
          message: `Kustomization "${name}" (namespace "${ns}") is not defined: this Kustomization waits for it forever`,
          hint: didYouMean(name, known.map((o) => o.name)) || (index.contextManifests.length ? '' : 'If another repository defines it, pass that repository as context (--context DIR).'),
        }));
      });
    }
  }
  return out;
}
