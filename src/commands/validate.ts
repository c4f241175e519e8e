import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { matchBase } from '../core/base-match.js';
import { skipAroundErrors } from '../core/cel/skip.js';
import { filterToChangedScope } from '../core/changed-scope.js';
import { parseConfig } from '../core/config.js';
import { readDocuments } from '../core/documents.js';
import type { CelFindings, EncodedFileReport, FileReport } from '../core/file-report.js';
import type { Finding } from '../core/finding.js';
import { computeForcedNamespaces } from '../core/kustomize.js';
import { PositionIndex } from '../core/position.js';
import { chooseRelease, mergeMarkers } from '../core/release-detect.js';
import { findRelease, LATEST_RELEASE, loadValidators, type Release } from '../core/releases.js';
import { CONFIG_FILE, EMPTY_CONFIG, type RepoConfig } from '../core/repo-config.js';
import { buildRepoIndex } from '../core/repo-index.js';
import { classify, countKinds, type Manifest, type Resource } from '../core/resource.js';
import type { RunFacts } from '../core/report/summary.js';
import type { RuleInfo } from '../core/rule-info.js';
import { immutabilityRuleInfo, checkImmutability } from '../core/rules/immutability.js';
import { celRuleInfo } from '../core/rules/cel-rules.js';
import { crossResourceRuleInfo, runCrossResourceRules } from '../core/rules/cross-resource.js';
import { isGitRepository, sourceRepositoryOf } from '../core/rules/flux-source.js';
import { checkSchema } from '../core/schema-check.js';
import type { SourceFile } from '../core/source.js';
import { isSlimmed } from '../core/transport.js';
import { baseKey, checkResource, checkResources } from '../core/validate.js';
import { cachedRelease, cacheOf, cachedReports, reuseReport, type ValidateCache } from '../core/validate-cache.js';
import { validateRuleInfo } from '../core/validate-rules.js';
import { Git, repositoryUrls } from '../shell/git.js';
import { changedFiles } from '../shell/git-diff.js';
import { blobId, readBaseFiles, resolveBaseRevision } from '../shell/read-base.js';
import { DEFAULT_MAX_BYTES, isYamlPath, listRepository, readRepository, readSource, readSources } from '../shell/read-repo.js';
import { runningWorkers, type PartWorkers } from '../shell/part-workers.js';
import { readValidateCache, writeValidateCache } from '../shell/validate-cache-file.js';
import { readAhead, readHere } from '../shell/read-ahead.js';
import { localPart, soloPart, workerPart, type Part, type PartInput } from '../shell/validate-parts.js';

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
  /** Worker threads to share the work with (from the running bundle); without them everything runs in process. */
  workers?: PartWorkers;
  /**
   * Keep each file's report in `dir` and reuse it while the file's bytes (git blob id) and `build` (the code's
   * fingerprint) are the same, so a run re-parses only what changed.
   */
  cache?: { dir: string; build: string };
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

/**
 * The parts of a run: this thread, plus the worker threads when the repository is large enough to pay for
 * them; or, with no such workers, this thread alone, with the files read ahead by `reader` when there is one.
 */
function choosePartsFor(workers: Worker[], reader: Worker | undefined, files: number): Part[] {
  const large = files >= FILES_PER_THREAD * 2;
  const used = large ? runningWorkers(workers) : [];
  for (const w of workers) if (!used.includes(w)) void w.terminate();
  if (used.length === 0 && reader && large) {
    // The reader serves the first pass; a second one (another release) reads here.
    let passes = 0;
    return [soloPart((input) => (passes++ === 0 ? readAhead(reader, input.root, input.paths, input.maxBytes) : readHere(input.root, input.paths, input.maxBytes)))];
  }
  if (reader) void reader.terminate();
  // Workers first, so their requests are posted before this thread starts on its own (synchronous) share.
  return [...used.map(workerPart), localPart()];
}

/**
 * Reads, parses and judges every file with the given release: the parts take files from one shared counter
 * until none is left, so a thread that started late or runs slower simply takes fewer. When a worker thread
 * fails, this thread judges every file again.
 */
async function runParts(parts: Part[], input: Omit<PartInput, 'next'>): Promise<FileReport[]> {
  if (input.paths.length === 0) return [];
  const next = new SharedArrayBuffer(4);
  try {
    return (await Promise.all(parts.map((p) => p.run({ ...input, next })))).flat();
  } catch (err) {
    // A worker thread stopped (crashed, ran out of memory, or its bundle is missing) after taking files:
    // which ones is not known, so this thread judges them all.
    if (parts.length === 1) throw err;
    return runParts([localPart()], input);
  }
}

/** Puts what the parts report back into listing order, so that a run's result does not depend on which thread read what. */
function inListingOrder<T extends { doc: { file: string; index: number } }>(items: T[], order: ReadonlyMap<string, number>): T[] {
  const at = (x: T) => order.get(x.doc.file) ?? 0;
  return items.sort((a, b) => at(a) - at(b) || a.doc.index - b.doc.index);
}

/** The cached reports still valid: each file is read and hashed; those whose bytes changed are judged again. */
function reuseCached(root: string, paths: readonly string[], cached: ReadonlyMap<string, EncodedFileReport>, format: 'sha1' | 'sha256'): FileReport[] {
  if (cached.size === 0) return [];
  const out: FileReport[] = [];
  for (const path of paths) {
    const entry = cached.get(path);
    if (!entry) continue;
    const read = readSource(root, path, DEFAULT_MAX_BYTES);
    const report = 'text' in read ? reuseReport(entry, blobId(read.text, format), read.text) : undefined;
    if (report) out.push(report);
  }
  return out;
}

/** Writes the validation cache; a directory that cannot be written is a note, not a failed run. */
function saveCache(options: { dir: string }, cache: ValidateCache): Finding[] {
  try {
    writeValidateCache(options.dir, cache);
    return [];
  } catch (err) {
    return [{
      ruleId: 'cache/not-saved', severity: 'note', file: CONFIG_FILE, line: 1, column: 1,
      message: `The validation cache could not be written to ${options.dir}: ${(err as Error).message}`,
      hint: 'Give a writable directory (e.g. one under $RUNNER_TEMP) as --cache / cache-dir, or drop the option.',
    }];
  }
}

/**
 * CEL findings after validation ratcheting: a resource that existed at the PR base (by kind/namespace/name)
 * is judged again, whole and with its old object, since the API server lets a rule fail on an unchanged part.
 */
function ratchet(root: string, entries: readonly CelFindings[], release: Release, baseObjects: ReadonlyMap<string, unknown>, positions: PositionIndex): Finding[] {
  return entries.flatMap((entry) => {
    const old = baseObjects.get(entry.key);
    if (old === undefined) return entry.findings;
    const resource = reloadResource(root, entry.file, entry.index);
    return resource ? checkResource(resource, release, positions, old).cel : entry.findings;
  });
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
    const loaded = readDocuments(read.files);
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
  const loaded = readDocuments(files);
  const positions = new PositionIndex();
  const findings = [...loaded.findings, ...checkResources(loaded.resources, release, positions)];
  const judged = { findings, resources: loaded.resources, manifests: loaded.manifests };
  return [...findings, ...crossCheck(release, judged, around, files.map((f) => f.path), positions).findings];
}

/** The validate job: every OpenChoreo manifest of the repository judged as the API server and controllers would. */
export async function runValidate(options: ValidateOptions): Promise<CommandResult> {
  const started = performance.now();
  const { root } = options;
  const workers = options.workers?.take('validate') ?? [];
  const reader = options.workers?.takeReader();
  let parts: Part[] = [];
  try {
    const { config, findings: configFindings } = await loadConfig(root);
    const ignore = [...config.ignore, ...(options.ignore ?? [])];
    const git = Git.at(root);
    const inGit = await git.isRepository();
    const wantsBase = options.base !== undefined || options.scope === 'changed';
    // Blob ids of the files are only needed to skip unchanged files at the base.
    const objectFormat = wantsBase ? (inGit ? await git.objectFormat() : 'sha1') : undefined;
    const listing = listRepository(root, { include: isYamlPath, ignore });
    const order = new Map(listing.paths.map((p, i) => [p, i]));
    parts = choosePartsFor(workers, reader, listing.paths.length);

    // Files are judged as they are parsed, with the release asked for or, until the repository's own is
    // known, the one of the cache or the newest; a repository that turns out to target another release is
    // judged again with it. Files the cache holds unchanged are not parsed at all.
    const requested = options.openchoreoVersion && options.openchoreoVersion !== 'auto' ? options.openchoreoVersion : (config.openchoreoVersion ?? 'auto');
    const cacheFile = options.cache ? readValidateCache(options.cache.dir) : undefined;
    const explicit = requested === 'auto' ? undefined : chooseRelease({ markers: [], projectsWithoutType: [] }, requested).release;
    let tag = explicit?.tag ?? cachedRelease(cacheFile, (t) => findRelease(t) !== undefined) ?? LATEST_RELEASE.tag;
    const hashFormat = objectFormat ?? (options.cache ? 'sha1' : undefined);
    const judge = async (releaseTag: string) => {
      const reused = options.cache && hashFormat ? reuseCached(root, listing.paths, cachedReports(cacheFile, { build: options.cache.build, release: releaseTag, objectFormat: hashFormat }), hashFormat) : [];
      const done = new Set(reused.map((r) => r.path));
      const judged = await runParts(parts, { root, paths: listing.paths.filter((p) => !done.has(p)), maxBytes: DEFAULT_MAX_BYTES, objectFormat: hashFormat, releaseTag });
      return { reports: [...reused, ...judged], reused: reused.length };
    };
    let run = await judge(tag);
    const choice = chooseRelease(mergeMarkers(run.reports.map((r) => r.markers), (file) => order.get(file) ?? 0), requested);
    if (choice.release.tag !== tag) {
      tag = choice.release.tag;
      run = await judge(tag);
    }
    const reports = run.reports;
    const cacheFindings = options.cache && hashFormat && run.reused < reports.length ? saveCache(options.cache, cacheOf({ build: options.cache.build, release: tag, objectFormat: hashFormat }, reports)) : [];
    const release = await loadValidators(choice.release);

    // The PR base: only files whose blob changed are read, so transition rules cost little on a typical PR.
    const baseRev = wantsBase ? await resolveBaseRevision(root, options.base) : undefined;
    if (options.scope === 'changed' && !baseRev) throw new Error('scope "changed" needs a base revision; pass --base (or base-ref) or fetch the default branch.');
    const headBlobs = new Map(reports.map((r) => [r.path, r.blob]));
    const changedBase = baseRev ? readDocuments(await readBaseFiles(root, baseRev, headBlobs, { include: isYamlPath })) : undefined;
    const baseObjects = new Map<string, unknown>();
    for (const r of changedBase?.resources ?? []) {
      if (release.crds[r.kind]) checkSchema(r.object, r.kind, release);
      baseObjects.set(baseKey(r), r.object);
    }

    const positions = new PositionIndex();
    const judged: Judged = {
      findings: [...reports.flatMap((r) => r.findings), ...ratchet(root, reports.flatMap((r) => r.cel), release, baseObjects, positions)],
      resources: inListingOrder(reports.flatMap((r) => r.resources), order),
      manifests: inListingOrder(reports.flatMap((r) => r.manifests), order),
    };
    const around: Surroundings = { ...(await loadContext(options.context ?? [], release)), repositoryUrls: await repositoryUrls(git, inGit) };
    const cross = crossCheck(release, judged, around, listing.paths, positions);
    let findings: Finding[] = [...configFindings, ...cacheFindings, ...listing.findings, ...judged.findings, ...cross.findings];
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
        documents: reports.reduce((n, r) => n + r.documents, 0),
        resources: judged.resources.length,
        kinds: countKinds(judged.resources),
        durationMs: Math.round(performance.now() - started),
        extra: baseRev ? { base: baseRev, scope: options.scope ?? 'all' } : undefined,
      },
      rules: VALIDATE_RULES,
    };
  } finally {
    for (const p of parts) p.close();
    for (const w of workers) void w.terminate();
    if (reader) void reader.terminate();
  }
}

/** A resource's document read and parsed again, whole (a kept ComponentRelease lost its templates). */
function reloadResource(root: string, file: string, index: number): Resource | undefined {
  const doc = readDocuments(readSources(root, [file]).files).documents[index];
  const c = doc ? classify(doc) : undefined;
  return c?.type === 'openchoreo' ? c.resource : undefined;
}

/** The full object of a kept (slimmed) resource, CRD defaults applied. */
function reloadFull(root: string, resource: Resource, release: Release): Resource {
  const full = reloadResource(root, resource.doc.file, resource.doc.index);
  if (!full) return resource;
  if (release.crds[full.kind]) checkSchema(full.object, full.kind, release);
  return { ...resource, object: full.object };
}

/** Schema error paths of a head resource, recomputed for the few resources paired with the base. */
function errorPathsOf(resource: Resource, release: Release) {
  if (!release.crds[resource.kind]) return [];
  return checkSchema(structuredClone(resource.object), resource.kind, release).errorPaths;
}
