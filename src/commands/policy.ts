import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { approvingLogins, judgeApprovals, membershipQuestions, requiredReviews, type ApprovalStatus } from '../core/approvals.js';
import {
  CODEOWNERS_LOCATIONS,
  checkCodeowners,
  githubErrorFindings,
  judgeOwnerAccess,
  locateCodeowners,
  ownersToLookUp,
  parseCodeowners,
  type CodeownersCandidate,
  type CodeownersFile,
} from '../core/codeowners/index.js';
import { readDocuments } from '../core/documents.js';
import type { Finding } from '../core/finding.js';
import { globToRegExp, matchesAny } from '../core/glob.js';
import { checkOwnership, OWNERSHIP_RULES, protectedFiles } from '../core/ownership.js';
import type { YamlDocument } from '../core/parse.js';
import { DEFAULT_POLICY, type PolicyConfig } from '../core/policy-settings.js';
import { policyRuleInfo, POLICY_RULES, type OwnersReport } from '../core/policy-report.js';
import type { PositionIndex } from '../core/position.js';
import { CONFIG_FILE, EMPTY_CONFIG, type RepoConfig } from '../core/repo-config.js';
import { countKinds } from '../core/resource.js';
import { isScannedTextFile, mergeJudged, scanSecrets, type AllowedHit } from '../core/secrets/index.js';
import type { SourceFile } from '../core/source.js';
import { changedFiles, changedLines, readAtRevision } from '../shell/git-diff.js';
import { Git } from '../shell/git.js';
import type { GitHubClient } from '../shell/github-client.js';
import { GitHub } from '../shell/github.js';
import { lookUpOwners, teamMembers } from '../shell/github-policy.js';
import { DEFAULT_MAX_BYTES, isYamlPath, listRepository, readSources, type ReadResult } from '../shell/read-repo.js';
import { secretScanInWorkers, type PartWorkers } from '../shell/part-workers.js';
import { readAhead, readHere } from '../shell/read-ahead.js';
import { scanHere, scanInParts, SECRET_FILES_PER_WORKER, secretWorkers, type PartsResult, type SecretWorkers } from '../shell/secret-parts.js';
import { POLICY_CHECKS, type PolicyCheck } from '../cli/args.js';
import type { CommandResult } from './validate.js';

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
}

export interface PolicyOptions {
  /** Repository root (the checkout). */
  root: string;
  /** Base ref or SHA the pull request merges into; the diff is `base...HEAD`. */
  base?: string;
  /** `changed`: scan only the lines the pull request adds for secrets. */
  scope: 'all' | 'changed';
  /** Extra ignore globs, added to the config file's. */
  ignore: readonly string[];
  /** Fail when a changed protected resource lacks an approval from its owners. */
  requireOwnerApproval: boolean;
  pullRequest?: PullRequestRef;
  /** Authenticated client; without it, owners are not looked up and reviews are not read. */
  github?: GitHubClient;
  /** Look up every user and team owner through the API (needs a token that can read the organization's teams). */
  verifyOwners?: boolean;
  /** Config file text to use instead of reading `.openchoreo-gitops.yaml` from root. */
  config?: { text: string; file?: string };
  /** The checks to run (default all); the work of the others is skipped. */
  checks?: readonly PolicyCheck[];
  /** Worker threads: when only checks that need no parsed manifests run, the secret scan reads and scans in them too. */
  workers?: PartWorkers;
}

/** Same contract as every command (findings, facts, rules), plus the owners report for the job summary. */
export interface PolicyResult extends CommandResult {
  owners: OwnersReport;
}

const isCodeownersLocation = (path: string) => (CODEOWNERS_LOCATIONS as readonly string[]).includes(path);

/**
 * The config file's settings and their findings. Its readers (and the `yaml` library their positions come
 * from) are loaded only here, so that a run without a config file does not load them.
 */
async function parseSettings({ text, file }: { text: string; file: string }): Promise<{ config: RepoConfig; policy: PolicyConfig; findings: Finding[] }> {
  const { parseConfig } = await import('../core/config.js');
  const { parsePolicyConfig } = await import('../core/policy-config.js');
  const repo = parseConfig(text, file);
  const section = parsePolicyConfig(text, file);
  return { config: repo.config, policy: section.policy, findings: [...repo.findings, ...section.findings] };
}

async function readConfig(options: PolicyOptions): Promise<{ text: string; file: string } | undefined> {
  if (options.config) return { text: options.config.text, file: options.config.file ?? CONFIG_FILE };
  try {
    return { text: await readFile(join(options.root, CONFIG_FILE), 'utf8'), file: CONFIG_FILE };
  } catch {
    return undefined;
  }
}

/** Reads the CODEOWNERS GitHub would use at a revision (the pull request's base governs its reviews). */
async function codeownersAt(root: string, revision: string): Promise<CodeownersFile | undefined> {
  for (const location of CODEOWNERS_LOCATIONS) {
    const text = await readAtRevision(root, revision, location);
    if (text !== undefined) return Buffer.byteLength(text) < 3 * 1024 * 1024 ? parseCodeowners(location, text) : undefined;
  }
  return undefined;
}

/**
 * The policy job: CODEOWNERS judged as GitHub judges it, ownership coverage, owner approvals and plaintext secrets.
 * `checks` picks some of them; the work only the others need (parsing every manifest, the diff, API calls) is skipped.
 */
export async function runPolicy(options: PolicyOptions): Promise<PolicyResult> {
  const started = Date.now();
  const on = new Set<PolicyCheck>(options.checks ?? POLICY_CHECKS);
  // Ownership and approvals judge parsed resources; without them nothing needs every file's text in this
  // thread, and the secret scan reads and scans its files in worker threads (taken first, so that loading
  // their code overlaps reading the config and walking the tree).
  const needDocs = on.has('ownership') || on.has('approvals');
  const threads = secretScanInWorkers([...on]) ? (options.workers?.take('secrets') ?? []) : [];
  const workers = threads.length ? secretWorkers(threads) : undefined;
  try {
    return await policyRun(options, on, needDocs, workers, started);
  } finally {
    workers?.close();
  }
}

async function policyRun(options: PolicyOptions, on: ReadonlySet<PolicyCheck>, needDocs: boolean, workers: SecretWorkers | undefined, started: number): Promise<PolicyResult> {
  const { root } = options;
  const notes: string[] = [];
  const findings: Finding[] = [];
  const note = (message: string, hint = '') => {
    notes.push(message);
    findings.push({ ruleId: POLICY_RULES.degraded, severity: 'note', file: CONFIG_FILE, line: 1, column: 1, message, hint });
  };

  // Settings: the config file's ignore list and policy section.
  const configText = await readConfig(options);
  const { config, policy, findings: configFindings } = configText ? await parseSettings(configText) : { config: EMPTY_CONFIG, policy: DEFAULT_POLICY, findings: [] };
  findings.push(...configFindings);
  const ignore = [...config.ignore, ...options.ignore].filter((g) => g.trim()).map(globToRegExp);

  // One walk: every path (CODEOWNERS patterns are judged against all of them) and the files to read.
  const allPaths: string[] = [];
  const wanted = (path: string) => (needDocs && isYamlPath(path)) || (on.has('secrets') && isScannedTextFile(path));
  const listing = listRepository(root, {
    ignore: [],
    include: (path) => {
      allPaths.push(path);
      // CODEOWNERS is read even when ignored: GitHub reads it regardless.
      return isCodeownersLocation(path) || (wanted(path) && !matchesAny(path, ignore));
    },
  });

  // CODEOWNERS: the file GitHub uses (kept out of the secret scan), its lines, and its owners through the API.
  const candidates: CodeownersCandidate[] = [];
  for (const location of CODEOWNERS_LOCATIONS) {
    if (allPaths.includes(location)) candidates.push({ path: location, bytes: (await stat(join(root, location))).size });
  }
  const located = locateCodeowners(candidates);
  const scanPaths = listing.paths.filter((p) => p !== located.path);

  // The files this thread reads up front: all wanted files when resources are judged; otherwise only the
  // CODEOWNERS file, and the secret scan reads each file right before scanning it (in worker threads too,
  // when there are some and enough files), so the texts are never all held at once.
  const streamSecrets = on.has('secrets') && !needDocs;
  const pool = workers && scanPaths.length >= SECRET_FILES_PER_WORKER * 2 ? workers : undefined;
  if (workers && !pool) workers.close();
  const read: ReadResult = streamSecrets
    ? readSources(root, located.path && listing.paths.includes(located.path) ? [located.path] : [], DEFAULT_MAX_BYTES)
    : readSources(root, listing.paths, DEFAULT_MAX_BYTES);
  findings.push(...[...listing.findings, ...read.findings].filter((f) => isYamlPath(f.file)));
  const docs = needDocs ? readDocuments(read.files.filter((f) => isYamlPath(f.path))) : readDocuments([]);
  // Positions in parsed manifests come from the `yaml` library, loaded only when a check reads manifests.
  const positions: PositionIndex | undefined = needDocs ? new (await import('../core/position.js')).PositionIndex() : undefined;

  const codeownersText = located.loaded ? read.files.find((f) => f.path === located.path)?.text : undefined;
  const codeowners = codeownersText !== undefined && located.path ? parseCodeowners(located.path, codeownersText) : undefined;
  if (on.has('codeowners')) {
    findings.push(...located.findings);
    if (codeowners) findings.push(...codeowners.findings, ...checkCodeowners(codeowners, allPaths));
  }
  const github = options.github ? new GitHub(options.github) : undefined;
  const pr = options.pullRequest;
  if (on.has('codeowners') && codeowners && github && pr) {
    if (options.verifyOwners) {
      const access = await lookUpOwners(github, pr, ownersToLookUp(codeowners));
      findings.push(...judgeOwnerAccess(codeowners, access));
    }
    try {
      const errors = await github.getCodeownersErrors({ owner: pr.owner, repo: pr.repo, ref: pr.headSha });
      findings.push(...githubErrorFindings(errors ?? [], findings));
    } catch (error) {
      note(`GitHub's CODEOWNERS errors could not be read (${(error as { status?: number }).status ?? 'request failed'}).`);
    }
  }

  // Ownership coverage by content (the protected files are also what approvals are judged on).
  const ownership = positions ? checkOwnership({ resources: docs.resources, policy, codeowners, codeownersPath: located.path, positions }) : { findings: [], files: new Map() };
  if (on.has('ownership')) findings.push(...ownership.findings);

  // What the pull request changes: the files for approvals, the added lines for the secret scan's changed scope.
  const wantLines = on.has('secrets') && options.scope === 'changed';
  let changed: { path: string; deleted: boolean }[] | undefined;
  let lines: Map<string, Set<number>> | undefined;
  let baseRevision: string | undefined;
  if (options.base && (on.has('approvals') || wantLines)) {
    try {
      changed = (await changedFiles(root, options.base)).map((f) => ({ path: f.path, deleted: f.status === 'D' }));
      if (wantLines) lines = await changedLines(root, options.base);
      if (on.has('approvals')) baseRevision = await Git.at(root).mergeBase(options.base, 'HEAD');
    } catch (error) {
      note(`The diff against ${options.base} could not be computed: ${(error as Error).message}.`, 'Check out with `fetch-depth: 0` so the base commit is present.');
    }
  }
  if (!changed && github && pr && (on.has('approvals') || wantLines)) {
    const files = await github.listPullRequestFiles({ owner: pr.owner, repo: pr.repo, pullNumber: pr.number });
    changed = files.flatMap((f) => [
      { path: f.path, deleted: f.status === 'removed' },
      ...(f.previousPath ? [{ path: f.previousPath, deleted: true }] : []),
    ]);
  }
  if (wantLines && !lines) {
    if (changed) {
      lines = new Map();
      for (const c of changed) if (!c.deleted) lines.set(c.path, new Set(lineNumbers(fileText(root, read, scanPaths, c.path))));
      note('Changed lines were not available; the secret scan covered the whole of each changed file.');
    } else {
      note('scope is `changed` but no base ref or pull request was given; the whole repository was scanned for secrets.');
    }
  }

  // Plaintext secrets.
  let secrets: { findings: Finding[]; allowed: AllowedHit[] } = { findings: [], allowed: [] };
  let filesRead = read.files.length;
  let scanThreads = on.has('secrets') ? 1 : 0;
  if (on.has('secrets') && !streamSecrets) {
    const parsed = new Map<string, YamlDocument[]>();
    for (const d of docs.documents) parsed.set(d.file, [...(parsed.get(d.file) ?? []), d]);
    const secretFiles = read.files.filter((f) => f.path !== located.path);
    secrets = scanSecrets({ files: secretFiles, parsed, ...(lines ? { changedLines: lines } : {}), allow: policy.secretAllow, ...(positions ? { positions } : {}) });
  } else if (streamSecrets) {
    const setup = { root, paths: scanPaths, maxBytes: DEFAULT_MAX_BYTES, allow: policy.secretAllow, ...(lines ? { changedLines: [...lines].map(([p, l]): [string, number[]] => [p, [...l]]) } : {}) };
    let parts: PartsResult;
    if (pool) parts = await scanInParts(pool, setup);
    else {
      // With no scanning threads, one that reads the files ahead (when started) while this one scans.
      const reader = options.workers?.takeReader();
      parts = await scanHere(reader ? readAhead(reader, root, scanPaths, DEFAULT_MAX_BYTES) : readHere(root, scanPaths, DEFAULT_MAX_BYTES), setup);
    }
    findings.push(...parts.findings.filter((f) => isYamlPath(f.file)));
    filesRead = parts.files + read.files.length;
    scanThreads = parts.threads;
    secrets = mergeJudged(parts.judged);
  }
  findings.push(...secrets.findings);

  // Approvals for the changed files.
  let approvals: ApprovalStatus[] = [];
  if (changed && on.has('approvals')) {
    const governing = baseRevision ? await codeownersAt(root, baseRevision) : codeowners;
    if (!baseRevision) notes.push('Owners of changed files were taken from the head CODEOWNERS (the base was not available).');
    const protectedNow = new Map(ownership.files);
    const deletedYaml = changed.filter((c) => c.deleted && isYamlPath(c.path)).map((c) => c.path);
    if (baseRevision && deletedYaml.length) {
      const before: SourceFile[] = [];
      for (const path of deletedYaml) {
        const text = await readAtRevision(root, baseRevision, path);
        if (text !== undefined) before.push({ path, text });
      }
      for (const [path, entry] of protectedFiles(readDocuments(before).resources, policy, governing)) protectedNow.set(path, entry);
    }
    const required = requiredReviews(changed.map((c) => c.path), governing, protectedNow, [...CODEOWNERS_LOCATIONS]);
    let approvers = new Set<string>();
    let members = new Map<string, Set<string>>();
    if (github && pr) {
      approvers = approvingLogins((await github.listPullRequestReviews({ owner: pr.owner, repo: pr.repo, pullNumber: pr.number })).flatMap((r) => (r.login ? [{ login: r.login, state: r.state }] : [])));
      members = await teamMembers(options.github!, membershipQuestions(required, approvers));
    } else if (options.requireOwnerApproval) {
      note('require-owner-approval is on but no pull request and token were given, so no review could be read.');
    }
    const firstDoc = new Map<string, YamlDocument>();
    for (const d of docs.documents) if (!firstDoc.has(d.file)) firstDoc.set(d.file, d);
    const judged = judgeApprovals(required, approvers, members, {
      enforce: options.requireOwnerApproval,
      locate: (path) => {
        const doc = firstDoc.get(path);
        return doc && positions ? positions.locate(doc, ['kind']) : { line: 1, column: 1 };
      },
    });
    findings.push(...judged.findings);
    approvals = judged.statuses;
  }

  const owners: OwnersReport = {
    codeowners: located.path,
    protectedFiles: ownership.files.size,
    unowned: ownership.findings.filter((f) => f.ruleId === OWNERSHIP_RULES.unowned || f.ruleId === OWNERSHIP_RULES.wrongOwner).length,
    changedFiles: changed?.length,
    approvals,
    allowedSecrets: secrets.allowed,
    scope: options.scope,
    notes,
  };
  const kinds: Record<string, number> = {};
  for (const r of docs.resources) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
  return {
    findings,
    facts: {
      command: 'policy',
      files: filesRead,
      documents: docs.documents.length,
      resources: docs.resources.length,
      kinds,
      durationMs: Date.now() - started,
      extra: { owners, checks: [...on], secretScanThreads: scanThreads },
    },
    rules: policyRuleInfo(),
    owners,
  };
}

/** A scanned file's text, from what this thread read or (secret scan in parts) from disk. */
function fileText(root: string, read: ReadResult, scanPaths: readonly string[], path: string): SourceFile | undefined {
  const held = read.files.find((f) => f.path === path);
  if (held || !scanPaths.includes(path)) return held;
  return readSources(root, [path], DEFAULT_MAX_BYTES).files[0];
}

function lineNumbers(file: SourceFile | undefined): number[] {
  if (!file) return [];
  const count = file.text.split('\n').length;
  return Array.from({ length: count }, (_, i) => i + 1);
}
