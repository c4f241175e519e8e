import { ownersOf, patternForFile, type CodeownersFile, type Owner } from './codeowners/index.js';
import { CODEOWNERS_LOCATIONS } from './codeowners/locate.js';
import type { Finding } from './finding.js';
import type { OwnershipRequirement, PolicyConfig } from './policy-settings.js';
import { BINDING_KINDS } from './policy-kinds.js';
import type { PositionIndex } from './position.js';
import type { Resource } from './resource.js';
import type { RuleInfo } from './rule-info.js';

export const OWNERSHIP_RULES = {
  unowned: 'ownership/unowned',
  wrongOwner: 'ownership/wrong-owner',
  codeownersUnowned: 'ownership/codeowners-unowned',
  codeownersMissing: 'ownership/codeowners-missing',
} as const;

export const ownershipRuleInfo: readonly RuleInfo[] = [
  { id: OWNERSHIP_RULES.unowned, title: 'Protected resource has no code owner', description: 'The policy requires an owner for this resource (platform-level kind, production binding or a configured requirement), but no CODEOWNERS line gives its file one.' },
  { id: OWNERSHIP_RULES.wrongOwner, title: 'Protected resource owned by someone the policy does not name', description: 'The policy names which owners must own these resources; the CODEOWNERS line that decides this file lists none of them.' },
  { id: OWNERSHIP_RULES.codeownersUnowned, title: 'CODEOWNERS file has no owner', description: 'Anyone could change who reviews what: the CODEOWNERS file itself must be owned.' },
  { id: OWNERSHIP_RULES.codeownersMissing, title: 'No CODEOWNERS file', description: 'The policy requires owners for some resources, but the repository has no CODEOWNERS file GitHub would use.' },
];

/** A file that holds at least one resource the policy protects, and who owns it today. */
export interface ProtectedFile {
  path: string;
  /** Requirement names that select it. */
  requirements: string[];
  /** `Kind/name` of the protected resources in it. */
  resources: string[];
  /** Owners from CODEOWNERS ([] when none). */
  owners: Owner[];
  /** The CODEOWNERS line that decides its owners. */
  ownerLine: number | undefined;
  /** Owners the policy requires (any of them); [] = any owner. */
  requiredOwners: string[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Decides which environments are production: config names, else `isProduction` of the Environment, else the name pattern. */
export function productionJudge(resources: readonly Resource[], policy: PolicyConfig): (environment: string, namespace: string | undefined) => boolean {
  const flags = new Map<string, boolean>();
  const byName = new Map<string, boolean>();
  for (const r of resources) {
    if (r.kind !== 'Environment') continue;
    const flag = r.object?.spec?.isProduction;
    if (typeof flag !== 'boolean') continue;
    flags.set(`${r.namespace ?? ''}/${r.name}`, flag);
    byName.set(r.name, (byName.get(r.name) ?? false) || flag);
  }
  return (environment, namespace) => {
    if (policy.productionEnvironments?.includes(environment)) return true;
    const flag = flags.get(`${namespace ?? ''}/${environment}`) ?? byName.get(environment);
    if (flag !== undefined) return flag;
    return policy.productionEnvironments ? false : policy.productionPattern.test(environment);
  };
}

function selects(req: OwnershipRequirement, r: Resource, isProduction: (env: string, ns: string | undefined) => boolean): boolean {
  if (!req.kinds.includes('*') && !req.kinds.includes(r.kind)) return false;
  if (req.names && !req.names.some((re) => re.test(r.name))) return false;
  if (req.namespaces && !req.namespaces.includes(r.namespace ?? '')) return false;
  if (req.environments || req.production) {
    const env = BINDING_KINDS.includes(r.kind) ? str(r.object?.spec?.environment) : undefined;
    if (env === undefined) return false;
    if (req.environments && !req.environments.includes(env)) return false;
    if (req.production && !isProduction(env, r.namespace)) return false;
  }
  return true;
}

/** Which files hold protected resources, and which requirements select them. Pure; order follows the resources. */
export function protectedFiles(resources: readonly Resource[], policy: PolicyConfig, codeowners: CodeownersFile | undefined): Map<string, ProtectedFile> {
  const isProduction = productionJudge(resources, policy);
  const files = new Map<string, ProtectedFile>();
  for (const r of resources) {
    const reqs = policy.requirements.filter((req) => selects(req, r, isProduction));
    if (reqs.length === 0) continue;
    const path = r.doc.file;
    let entry = files.get(path);
    if (!entry) {
      const owned = codeowners ? ownersOf(codeowners, path) : undefined;
      entry = { path, requirements: [], resources: [], owners: owned?.owners ?? [], ownerLine: owned?.rule.line, requiredOwners: [] };
      files.set(path, entry);
    }
    entry.resources.push(`${r.kind}/${r.name}`);
    for (const req of reqs) {
      if (!entry.requirements.includes(req.name)) entry.requirements.push(req.name);
      for (const o of req.owners) if (!entry.requiredOwners.some((x) => x.toLowerCase() === o.toLowerCase())) entry.requiredOwners.push(o);
    }
  }
  return files;
}

/** Owners to write on a suggested line: the policy's, else those who own most protected files today. */
function suggestOwners(file: ProtectedFile, all: Iterable<ProtectedFile>, codeowners: CodeownersFile | undefined): string {
  if (file.requiredOwners.length) return file.requiredOwners.join(' ');
  const counts = new Map<string, number>();
  const tally = (owners: string) => counts.set(owners, (counts.get(owners) ?? 0) + 1);
  for (const f of all) if (f.owners.length) tally(f.owners.map((o) => o.text).join(' '));
  if (counts.size === 0) for (const r of codeowners?.rules ?? []) if (r.owners.length) tally(r.owners.map((o) => o.owner.text).join(' '));
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best ? best[0] : '@your-org/platform-team';
}

export interface OwnershipInput {
  resources: readonly Resource[];
  policy: PolicyConfig;
  /** The parsed CODEOWNERS GitHub would use; undefined when missing or not loaded (too large). */
  codeowners: CodeownersFile | undefined;
  /** Where that file is (even when not loaded), or undefined when there is none. */
  codeownersPath: string | undefined;
  positions: PositionIndex;
}

/** Ownership coverage: every protected resource's file, and the CODEOWNERS file itself, must have the right owner. */
export function checkOwnership(input: OwnershipInput): { findings: Finding[]; files: Map<string, ProtectedFile> } {
  const { resources, policy, codeowners, positions } = input;
  const files = protectedFiles(resources, policy, codeowners);
  const findings: Finding[] = [];
  const target = input.codeownersPath ?? CODEOWNERS_LOCATIONS[0];
  const verb = input.codeownersPath ? `append to ${target}` : `create ${target} with`;
  const firstResource = new Map<string, Resource>();
  for (const r of resources) if (!firstResource.has(r.doc.file)) firstResource.set(r.doc.file, r);
  for (const file of files.values()) {
    const required = file.requiredOwners.map((o) => o.toLowerCase());
    const ok = file.owners.length > 0 && (required.length === 0 || file.owners.some((o) => required.includes(o.text.toLowerCase())));
    if (ok) continue;
    const r = firstResource.get(file.path)!;
    const { line, column } = positions.locate(r.doc, ['kind']);
    const fix = `${patternForFile(file.path)} ${suggestOwners(file, files.values(), codeowners)}`;
    const what = `${file.resources.join(', ')} (${file.requirements.join('; ')})`;
    const unowned = file.owners.length === 0;
    findings.push({
      ruleId: unowned ? OWNERSHIP_RULES.unowned : OWNERSHIP_RULES.wrongOwner,
      severity: 'error',
      file: file.path,
      line,
      column,
      message: unowned
        ? `${file.path} holds ${what} but has no code owner${file.ownerLine ? ` (CODEOWNERS line ${file.ownerLine} lists no owners)` : ''}.`
        : `${file.path} holds ${what}; it is owned by ${file.owners.map((o) => o.text).join(' ')} (CODEOWNERS line ${file.ownerLine}) but the policy requires one of ${file.requiredOwners.join(' ')}.`,
      hint: `To fix, ${verb} the line: ${fix}`,
    });
  }
  if (input.codeownersPath === undefined) {
    if (files.size > 0) {
      findings.push({
        ruleId: OWNERSHIP_RULES.codeownersMissing,
        severity: 'error',
        file: target,
        line: 1,
        column: 1,
        message: `The policy protects ${files.size} file(s) but the repository has no CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS).`,
        hint: `Create ${target}; each uncovered file's finding gives the line to add, and add \`${patternForFile(target)} @your-org/platform-team\` so the file itself is owned.`,
      });
    }
  } else if (codeowners) {
    const own = ownersOf(codeowners, codeowners.path);
    if (!own || own.owners.length === 0) {
      const fallback = codeowners.rules.find((r) => r.owners.length)?.owners.map((o) => o.owner.text).join(' ') ?? '@your-org/platform-team';
      findings.push({
        ruleId: OWNERSHIP_RULES.codeownersUnowned,
        severity: 'error',
        file: codeowners.path,
        line: own?.rule.line ?? 1,
        column: 1,
        message: `${codeowners.path} itself has no code owner${own ? ` (line ${own.rule.line} lists no owners)` : ''}, so anyone with write access can change who must review what.`,
        hint: `Append the line: ${patternForFile(codeowners.path)} ${fallback}`,
      });
    }
  }
  return { findings, files };
}
