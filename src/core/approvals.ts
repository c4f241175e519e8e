import { ownersOf, type CodeownersFile, type Owner } from './codeowners/index.js';
import type { Finding } from './finding.js';
import type { ProtectedFile } from './ownership.js';
import type { RuleInfo } from './rule-info.js';

export const APPROVAL_RULES = {
  ownersMustReview: 'approvals/owners-must-review',
  missingOwnerApproval: 'approvals/missing-owner-approval',
} as const;

export const approvalRuleInfo: readonly RuleInfo[] = [
  { id: APPROVAL_RULES.ownersMustReview, title: 'Changed file needs a code owner review', description: 'Lists, for each file the pull request changes, the code owners one of whom must review it.' },
  { id: APPROVAL_RULES.missingOwnerApproval, title: 'Protected change lacks an approval from its owners', description: 'With require-owner-approval, each changed protected resource needs an approving review from one of its code owners.' },
];

/** A pull request review as the API lists it (oldest first). */
export interface Review {
  login: string;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING. */
  state: string;
}

/**
 * Logins (lower-cased) whose latest deciding review approves. Comments neither give nor take an approval;
 * a later change request or a dismissal takes it back; pending reviews are not submitted.
 */
export function approvingLogins(reviews: readonly Review[]): Set<string> {
  const latest = new Map<string, string>();
  for (const r of reviews) {
    if (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED') latest.set(r.login.toLowerCase(), r.state);
  }
  return new Set([...latest].filter(([, state]) => state === 'APPROVED').map(([login]) => login));
}

/** One changed file and who must review it. */
export interface RequiredReview {
  path: string;
  owners: Owner[];
  ownerLine: number | undefined;
  /** True when the file holds a resource the policy protects (or is the CODEOWNERS file). */
  protected: boolean;
  requirements: string[];
}

/**
 * For each changed path: its owners by the CODEOWNERS that governs the review (GitHub uses the base branch's)
 * and whether it is protected. Paths neither owned nor protected are left out.
 */
export function requiredReviews(changed: readonly string[], codeowners: CodeownersFile | undefined, protectedAtHead: ReadonlyMap<string, ProtectedFile>, alsoProtected: readonly string[] = []): RequiredReview[] {
  const out: RequiredReview[] = [];
  for (const path of [...new Set(changed)].sort()) {
    const owned = codeowners ? ownersOf(codeowners, path) : undefined;
    const prot = protectedAtHead.get(path);
    const isProtected = prot !== undefined || alsoProtected.includes(path);
    if (!isProtected && !owned?.owners.length) continue;
    out.push({
      path,
      owners: owned?.owners ?? [],
      ownerLine: owned?.rule.line,
      protected: isProtected,
      requirements: prot?.requirements ?? (isProtected ? ['CODEOWNERS file'] : []),
    });
  }
  return out;
}

/** Team owners whose membership must be asked for each approver, to see whether an approval counts. */
export function membershipQuestions(required: readonly RequiredReview[], approvers: ReadonlySet<string>): { team: Owner & { kind: 'team' }; login: string }[] {
  const teams = new Map<string, Owner & { kind: 'team' }>();
  for (const r of required) for (const o of r.owners) if (o.kind === 'team') teams.set(o.text.toLowerCase(), o);
  return [...teams.values()].flatMap((team) => [...approvers].sort().map((login) => ({ team, login })));
}

export interface ApprovalStatus {
  path: string;
  owners: string[];
  ownerLine: number | undefined;
  protected: boolean;
  /** The approver whose review counts, or undefined. */
  approvedBy: string | undefined;
}

export interface ApprovalJudgement {
  findings: Finding[];
  statuses: ApprovalStatus[];
}

/**
 * Who approved what. `members` maps `@org/team` (lower-cased) to the approvers known to be its members.
 * With `enforce`, every protected change without an owner's approval is an error.
 */
export function judgeApprovals(
  required: readonly RequiredReview[],
  approvers: ReadonlySet<string>,
  members: ReadonlyMap<string, ReadonlySet<string>>,
  options: { enforce: boolean; locate?: (path: string) => { line: number; column: number } },
): ApprovalJudgement {
  const findings: Finding[] = [];
  const statuses: ApprovalStatus[] = [];
  for (const r of required) {
    const approvedBy = [...approvers].sort().find((login) =>
      r.owners.some((o) => (o.kind === 'user' && o.login.toLowerCase() === login) || (o.kind === 'team' && members.get(o.text.toLowerCase())?.has(login))),
    );
    const owners = r.owners.map((o) => o.text);
    statuses.push({ path: r.path, owners, ownerLine: r.ownerLine, protected: r.protected, approvedBy });
    const { line, column } = options.locate?.(r.path) ?? { line: 1, column: 1 };
    const base = { file: r.path, line, column };
    const who = owners.length ? `one of ${owners.join(' ')}` : 'nobody (no code owner)';
    const from = r.ownerLine ? ` (CODEOWNERS line ${r.ownerLine})` : '';
    if (owners.length) {
      findings.push({
        ...base,
        ruleId: APPROVAL_RULES.ownersMustReview,
        severity: 'note',
        message: approvedBy ? `Changed; approved by code owner @${approvedBy}${from}.` : `Changed; needs a review from ${who}${from}.`,
        hint: '',
      });
    }
    if (options.enforce && r.protected && !approvedBy) {
      const emailOnly = owners.length > 0 && r.owners.every((o) => o.kind === 'email');
      findings.push({
        ...base,
        ruleId: APPROVAL_RULES.missingOwnerApproval,
        severity: 'error',
        message: `This change to a protected file (${r.requirements.join('; ')}) has no approving review from ${who}${from}.`,
        hint: owners.length === 0
          ? 'Give the file an owner in CODEOWNERS (see the ownership finding), then ask that owner to approve.'
          : emailOnly
            ? 'Its owners are e-mail addresses, which cannot be matched to reviewers; list @users or @org/teams in CODEOWNERS.'
            : `Ask ${who} to approve the pull request; re-run this check after the review.`,
      });
    }
  }
  return { findings, statuses };
}
