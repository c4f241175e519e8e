import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { matchBase } from '../core/base-match.js';
import { skipAroundErrors } from '../core/cel/skip.js';
import { filterToChangedScope } from '../core/changed-scope.js';
import { CONFIG_FILE, EMPTY_CONFIG, parseConfig, type RepoConfig } from '../core/config.js';
import type { Finding } from '../core/finding.js';
import { computeForcedNamespaces } from '../core/kustomize.js';
import { loadFiles } from '../core/load-stage.js';
import { PositionIndex } from '../core/position.js';
import { chooseRelease, mergeMarkers } from '../core/release-detect.js';
import { loadValidators, type Release } from '../core/releases.js';
import { buildRepoIndex } from '../core/repo-index.js';
import { countKinds, type Manifest, type Resource } from '../core/resource.js';
import type { RunFacts } from '../core/report/summary.js';
import type { RuleInfo } from '../core/rule-info.js';
import { immutabilityRuleInfo, checkImmutability } from '../core/rules/immutability.js';
import { celRuleInfo } from '../core/rules/cel-rules.js';
import { crossResourceRuleInfo, runCrossResourceRules } from '../core/rules/cross-resource.js';
import { isGitRepository, sourceRepositoryOf } from '../core/rules/flux-source.js';
import { checkSchema } from '../core/schema-check.js';
import type { SourceFile } from '../core/source.js';
import { isSlimmed } from '../core/transport.js';
import { baseKey, checkResources } from '../core/validate.js';
import { validateRuleInfo } from '../core/validate-rules.js';
import { Git, repositoryUrls } from '../shell/git.js';
import { changedFiles } from '../shell/git-diff.js';
import { readBaseFiles, resolveBaseRevision } from '../shell/read-base.js';
import { DEFAULT_MAX_BYTES, isYamlPath, listRepository, readRepository, readSources } from '../shell/read-repo.js';
import { localPart, workerPart, type CheckReport, type Part } from '../shell/validate-parts.js';

export interface ValidateOptions {
  /** Repository root (the checkout). */
  root: string;
  /** `auto` or a release such as `1.2`; overrides the config file. */
  openchoreoVersion?: string;
  /** Extra ignore globs, added to the config file's. */
  ignore?: readonly string[];
  /** Read-only repositories whose resources resolve references but are not reported. */
  context?: readonly string[];
  /** Git revision to judge the change against (transition rules, `changed` scope). */
  base?: string;
  /** `changed`: report only what the change is responsible for. Needs a base. */
  scope?: 'all' | 'changed';
  /** Bundle to start worker threads from (the running dist file); without it everything runs in process. */
  workerScript?: URL;
}

/** What every command returns: findings, the facts for the summary, and the rules that may have fired. */
export interface CommandResult {
  findings: Finding[];
  facts: RunFacts;
  rules: readonly RuleInfo[];
}

export const VALIDATE_RULES: readonly RuleInfo[] = [...validateRuleInfo, ...celRuleInfo, ...immutabilityRuleInfo, ...crossResourceRuleInfo];

/** Below this many files per thread, a worker thread costs more than it saves. */
const FILES_PER_THREAD = 400;
const MAX_THREADS = 4;

/** Reads `.openchoreo-gitops.yaml` when present. */
export async function loadConfig(root: string): Promise<{ config: RepoConfig; findings: Finding[] }> {
  let text: string;
  try {
    text = await readFile(join(root, CONFIG_FILE), 'utf8');
  } catch {
    return { config: EMPTY_CONFIG, findings: [] };
  }
  return parseConfig(text);
}

/** Splits paths into n shares, keeping each share in path order. */
function shares(paths: string[], n: number): string[][] {
  const out: string[][] = Array.from({ length: n }, () => []);
  paths.forEach((p, i) => out[Math.floor((i * n) / paths.length)].push(p));
  return out;
}

/**
 * Worker threads, one per core beyond this one (this thread takes a share too, so the work needs no transfer
 * for it), started before the files are listed so that loading the bundle overlaps the walk; given up
 * (terminated) when the repository turns out small.
 */
function startWorkers(script: URL | undefined): Part[] {
  const count = script ? Math.min(availableParallelism(), MAX_THREADS) - 1 : 0;
  return Array.from({ length: Math.max(0, count) }, () => workerPart(script!));
}

/**
 * Gives each part its share of the files and loads them. Workers come first in the list, so their requests
 * are posted before this thread starts on its own (synchronous) share.
 */
async function loadParts(workers: Part[], root: string, paths: string[], objectFormat: 'sha1' | 'sha256' | undefined) {
  let parts = [...workers, localPart()];
  if (paths.length < FILES_PER_THREAD * 2 || workers.length === 0) {
    for (const w of workers) w.close();
    parts = [localPart()];
  }
  const split = shares(paths, parts.length);
  const loads = await Promise.all(parts.map((p, i) => p.load({ root, paths: split[i], maxBytes: DEFAULT_MAX_BYTES, objectFormat })));
  return { parts, loads };
}

/** What lies outside the judged files: context repositories (never reported) and this repository's URLs. */
interface Surroundings {
  resources: Resource[];
  /** Flux/Kustomize and other manifests of the context repositories. */
  manifests: Manifest[];
  repositoryUrls: string[];
}

/** Resources (CRD defaults applied) and manifests of read-only context repositories; their findings are not reported. */
async function loadContext(dirs: readonly string[], release: Release): Promise<{ resources: Resource[]; manifests: Manifest[] }> {
  const resources: Resource[] = [];
  const manifests: Manifest[] = [];
  for (const dir of dirs) {
    const { config } = await loadConfig(dir);
    const read = await readRepository(dir, { include: isYamlPath, ignore: config.ignore });
    const loaded = loadFiles(read.files);
    for (const r of loaded.resources) if (release.crds[r.kind]) checkSchema(r.object, r.kind, release);
    resources.push(...loaded.resources);
    manifests.push(...loaded.manifests);
  }
  return { resources, manifests };
}

interface Judged {
  findings: Finding[];
  resources: Resource[];
  manifests: Manifest[];
}

/** Cross-resource rules over judged resources (and context), returned with the per-resource findings. */
function crossCheck(release: Release, judged: Judged, around: Surroundings, filePaths: string[], positions: PositionIndex) {
  const sources = [...judged.manifests, ...around.manifests].filter(isGitRepository);
  const repositoryOf = sourceRepositoryOf(around.repositoryUrls, sources);
  const index = buildRepoIndex({
    release,
    resources: judged.resources,
    context: around.resources,
    manifests: judged.manifests,
    forcedNamespace: computeForcedNamespaces(judged.manifests, filePaths, { readsOtherRepository: (k) => repositoryOf(k) === 'other' }),
    filePaths,
    contextManifests: around.manifests,
    repositoryUrls: around.repositoryUrls,
  });
  return { index, findings: runCrossResourceRules(index, positions) };
}

/** The same validation on a set of files held in memory (the PR base), for the `changed` scope. */
function validateInMemory(files: SourceFile[], release: Release, around: Surroundings): Finding[] {
  const loaded = loadFiles(files);
  const positions = new PositionIndex();
  const findings = [...loaded.findings, ...checkResources(loaded.resources, release, positions)];
  const judged = { findings, resources: loaded.resources, manifests: loaded.manifests };
  return [...findings, ...crossCheck(release, judged, around, files.map((f) => f.path), positions).findings];
}

/** The validate job: every OpenChoreo manifest of the repository judged as the API server and controllers would. */
export async function runValidate(options: ValidateOptions): Promise<CommandResult> {
  const started = performance.now();
  const { root } = options;
  let parts = startWorkers(options.workerScript);
  try {
    const { config, findings: configFindings } = await loadConfig(root);
    const ignore = [...config.ignore, ...(options.ignore ?? [])];
    const git = Git.at(root);
    const inGit = await git.isRepository();
    const wantsBase = options.base !== undefined || options.scope === 'changed';
    // Blob ids of the files are only needed to skip unchanged files at the base.
    const objectFormat = wantsBase ? (inGit ? await git.objectFormat() : 'sha1') : undefined;
    const listing = listRepository(root, { include: isYamlPath, ignore });
    const loaded = await loadParts(parts, root, listing.paths, objectFormat);
    parts = loaded.parts;
    const loads = loaded.loads;
    const requested = options.openchoreoVersion && options.openchoreoVersion !== 'auto' ? options.openchoreoVersion : (config.openchoreoVersion ?? 'auto');
    const choice = chooseRelease(mergeMarkers(loads.map((l) => l.markers)), requested);
    const release = await loadValidators(choice.release);

    // The PR base: only files whose blob changed are read, so transition rules cost little on a typical PR.
    const baseRev = wantsBase ? await resolveBaseRevision(root, options.base) : undefined;
    if (options.scope === 'changed' && !baseRev) throw new Error('scope "changed" needs a base revision; pass --base (or base-ref) or fetch the default branch.');
    const headBlobs = new Map(loads.flatMap((l) => l.blobs));
    const changedBase = baseRev ? loadFiles(await readBaseFiles(root, baseRev, headBlobs, { include: isYamlPath })) : undefined;
    const baseObjects: [string, unknown][] = [];
    for (const r of changedBase?.resources ?? []) {
      if (release.crds[r.kind]) checkSchema(r.object, r.kind, release);
      baseObjects.push([baseKey(r), r.object]);
    }

    const checks: CheckReport[] = await Promise.all(parts.map((p) => p.check(release.tag, baseObjects)));
    const judged: Judged = {
      findings: checks.flatMap((c) => c.findings),
      resources: checks.flatMap((c) => c.resources),
      manifests: checks.flatMap((c) => c.manifests),
    };
    const around: Surroundings = { ...(await loadContext(options.context ?? [], release)), repositoryUrls: await repositoryUrls(git, inGit) };
    const positions = new PositionIndex();
    const cross = crossCheck(release, judged, around, listing.paths, positions);
    let findings: Finding[] = [...configFindings, ...listing.findings, ...loads.flatMap((l) => l.findings), ...judged.findings, ...cross.findings];
    if (choice.mixed) {
      findings.push({
        ruleId: 'release/mixed', severity: 'warning', file: choice.mixed.file, line: choice.mixed.line, column: 1,
        message: `${choice.mixed.message} Validating against ${release.tag}.`,
        hint: 'Migrate the pre-1.0 manifests to the 1.x shapes, or set openchoreo-version to the release the cluster runs.',
      });
    }
    if (changedBase) {
      const { pairs } = matchBase(judged.resources, changedBase.resources, { headNamespace: cross.index.namespaceOf, isClusterScoped: cross.index.isClusterScoped });
      const fullPairs = pairs.map((p) => ({ ...p, head: isSlimmed(p.head) ? reloadFull(root, p.head, release) : p.head }));
      findings.push(...checkImmutability({ pairs: fullPairs, release, positions, skipFor: (r) => skipAroundErrors(errorPathsOf(r, release)) }));
    }
    if (options.scope === 'changed' && baseRev) {
      const prefix = inGit ? await git.prefix() : '';
      const changed = (await changedFiles(root, baseRev)).map((f) => f.path).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
      const allBase = await readBaseFiles(root, baseRev, undefined, { include: isYamlPath });
      findings = filterToChangedScope({ head: findings, changedFiles: changed, base: validateInMemory(allBase, release, around) });
    }
    return {
      findings,
      facts: {
        command: 'validate',
        release: { tag: release.tag, detected: choice.detected, evidence: choice.evidence },
        files: listing.paths.length,
        documents: loads.reduce((n, l) => n + l.documents, 0),
        resources: judged.resources.length,
        kinds: countKinds(judged.resources),
        durationMs: Math.round(performance.now() - started),
        extra: baseRev ? { base: baseRev, scope: options.scope ?? 'all' } : undefined,
      },
      rules: VALIDATE_RULES,
    };
  } finally {
    for (const p of parts) p.close();
  }
}

/** The full object of a resource that travelled slimmed from a worker: its document parsed again, defaults applied. */
function reloadFull(root: string, resource: Resource, release: Release): Resource {
  const doc = loadFiles(readSources(root, [resource.doc.file]).files).documents[resource.doc.index];
  if (!doc || doc.value === null || typeof doc.value !== 'object') return resource;
  const object = doc.value as Record<string, any>;
  if (release.crds[resource.kind]) checkSchema(object, resource.kind, release);
  return { ...resource, object };
}

/** Schema error paths of a head resource, recomputed for the few resources paired with the base. */
function errorPathsOf(resource: Resource, release: Release) {
  if (!release.crds[resource.kind]) return [];
  return checkSchema(structuredClone(resource.object), resource.kind, release).errorPaths;
}
