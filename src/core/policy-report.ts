import type { ApprovalStatus } from './approvals.js';
import { approvalRuleInfo } from './approvals.js';
import { codeownersRuleInfo } from './codeowners/index.js';
import { ownershipRuleInfo } from './ownership.js';
import { policyConfigRuleInfo } from './policy-settings.js';
import { escapeCell } from './report/markdown-escape.js';
import type { RuleInfo } from './rule-info.js';
import type { AllowedHit } from './secrets/index.js';
import { secretRuleInfo } from './secrets/index.js';

export const POLICY_RULES = {
  /** Part of the job could not run as asked (no base commit, no token); says what was done instead. */
  degraded: 'policy/degraded',
} as const;

/** What the policy job knows besides its findings: who owns what, who must approve, what was allowed. */
export interface OwnersReport {
  /** The CODEOWNERS file GitHub uses, if any. */
  codeowners: string | undefined;
  /** Files holding resources the policy protects. */
  protectedFiles: number;
  /** Of those, how many lack the owner the policy requires. */
  unowned: number;
  /** Files the pull request changes (undefined when no base or pull request was given). */
  changedFiles: number | undefined;
  /** Changed files that are owned or protected, with their owners and approval. */
  approvals: ApprovalStatus[];
  /** Secrets found but allowed (fingerprint and reason only; never a value). */
  allowedSecrets: AllowedHit[];
  scope: 'all' | 'changed';
  notes: string[];
}

export function policyRuleInfo(): RuleInfo[] {
  return [
    ...codeownersRuleInfo,
    ...ownershipRuleInfo,
    ...approvalRuleInfo,
    ...policyConfigRuleInfo,
    ...secretRuleInfo,
    { id: POLICY_RULES.degraded, title: 'Policy check ran with less information than asked', description: 'A base commit, the pull request or a token was missing, so part of the policy job fell back (e.g. scanned whole files).' },
  ];
}

const MAX_ROWS = 100;

/** Job-summary section of the policy job: required reviews, approvals and allowed secrets. Ends with a newline. */
export function formatOwnersMarkdown(report: OwnersReport): string {
  const out: string[] = ['### Code owners', ''];
  out.push(
    report.codeowners
      ? `CODEOWNERS file: \`${report.codeowners}\`. Protected files: ${report.protectedFiles}, without the required owner: ${report.unowned}.`
      : `No CODEOWNERS file. Protected files: ${report.protectedFiles}.`,
    '',
  );
  if (report.changedFiles !== undefined) {
    const pending = report.approvals.filter((a) => !a.approvedBy);
    out.push(`Changed files: ${report.changedFiles}; needing an owner review: ${report.approvals.length}, still unapproved: ${pending.length}.`, '');
    if (report.approvals.length) {
      out.push('| File | Owners | Protected | Approved by |', '| --- | --- | --- | --- |');
      for (const a of report.approvals.slice(0, MAX_ROWS)) {
        const owners = a.owners.length ? a.owners.join(' ') : '(none)';
        const line = a.ownerLine ? ` (line ${a.ownerLine})` : '';
        out.push(`| ${escapeCell(a.path)} | ${escapeCell(owners + line)} | ${a.protected ? 'yes' : 'no'} | ${a.approvedBy ? escapeCell('@' + a.approvedBy) : '—'} |`);
      }
      if (report.approvals.length > MAX_ROWS) out.push('', `… and ${report.approvals.length - MAX_ROWS} more.`);
      out.push('');
    }
  }
  if (report.allowedSecrets.length) {
    out.push('### Allowed secrets', '', '| Location | Rule | Fingerprint | Allowed by | Reason |', '| --- | --- | --- | --- | --- |');
    for (const a of report.allowedSecrets.slice(0, MAX_ROWS)) {
      out.push(`| ${escapeCell(`${a.file}:${a.line}`)} | ${escapeCell(a.ruleId)} | \`${escapeCell(a.fingerprint)}\` | ${a.how === 'config' ? 'config file' : 'inline comment'} | ${escapeCell(a.reason)} |`);
    }
    out.push('');
  }
  for (const n of report.notes) out.push(`> ${n}`, '');
  return `${out.join('\n')}\n`;
}
