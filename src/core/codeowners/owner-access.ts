import type { Finding } from '../finding.js';
import type { Owner } from './owner.js';
import type { CodeownersFile } from './parse.js';
import { CODEOWNERS_RULES } from './rules.js';

/** What the GitHub API says about one owner (looked up once per distinct owner). */
export type OwnerAccess =
  | { status: 'ok' }
  | { status: 'missing' }
  | { status: 'no-write'; permission: string }
  /** The lookup could not be made (e.g. token may not read teams); reported as a note, never as an error. */
  | { status: 'unknown'; reason: string };

/** Distinct user and team owners of a file (e-mail owners cannot be looked up through the API). */
export function ownersToLookUp(file: CodeownersFile): Owner[] {
  const byKey = new Map<string, Owner>();
  for (const rule of file.rules) {
    for (const { owner } of rule.owners) {
      if (owner.kind !== 'email') byKey.set(owner.text.toLowerCase(), owner);
    }
  }
  return [...byKey.values()];
}

/** Turns API lookups into findings at every place the owner is written. */
export function judgeOwnerAccess(file: CodeownersFile, access: ReadonlyMap<string, OwnerAccess>): Finding[] {
  const findings: Finding[] = [];
  const reportedUnknown = new Set<string>();
  for (const rule of file.rules) {
    for (const { owner, column } of rule.owners) {
      const result = access.get(owner.text.toLowerCase());
      if (!result || result.status === 'ok') continue;
      const base = { file: file.path, line: rule.line, column };
      const what = owner.kind === 'team' ? 'team' : 'user';
      if (result.status === 'missing') {
        findings.push({
          ...base,
          ruleId: CODEOWNERS_RULES.unknownOwner,
          severity: 'error',
          message:
            owner.kind === 'team'
              ? `Team \`${owner.text}\` does not exist or is not visible to this token; GitHub ignores it as an owner.`
              : `User \`${owner.text}\` does not exist; GitHub ignores it as an owner.`,
          hint: owner.kind === 'team' ? 'Check the team slug (Organization → Teams) and that the team is visible, not secret.' : 'Check the spelling of the username.',
        });
      } else if (result.status === 'no-write') {
        findings.push({
          ...base,
          ruleId: CODEOWNERS_RULES.ownerWithoutWriteAccess,
          severity: 'error',
          message: `The ${what} \`${owner.text}\` has ${result.permission} access to this repository; code owners need write access, so GitHub ignores it.`,
          hint: `Give the ${what} write access (Settings → Collaborators and teams)${owner.kind === 'team' ? '; a team needs its own explicit grant' : ''}.`,
        });
      } else if (!reportedUnknown.has(owner.text.toLowerCase())) {
        reportedUnknown.add(owner.text.toLowerCase());
        findings.push({
          ...base,
          ruleId: CODEOWNERS_RULES.unknownOwner,
          severity: 'note',
          message: `Could not check \`${owner.text}\` through the API: ${result.reason}.`,
          hint: 'Reading teams needs a token with organization read access (members: read); the default GITHUB_TOKEN cannot see teams.',
        });
      }
    }
  }
  return findings;
}

/** An error as GitHub's `GET /repos/{owner}/{repo}/codeowners/errors` lists it. */
export interface GithubCodeownersError {
  line: number;
  column: number;
  kind: string;
  message: string;
  suggestion?: string | null;
  path: string;
}

/** GitHub's own CODEOWNERS errors, except where a local finding already points at the same line. */
export function githubErrorFindings(errors: readonly GithubCodeownersError[], local: readonly Finding[]): Finding[] {
  const seen = new Set(local.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line}`));
  return errors
    .filter((e) => !seen.has(`${e.path}:${e.line}`))
    .map((e) => ({
      ruleId: CODEOWNERS_RULES.githubError,
      severity: 'error' as const,
      file: e.path,
      line: e.line,
      column: Math.max(1, e.column),
      message: `GitHub reports: ${e.kind}: ${e.message.split('\n')[0]}`,
      hint: e.suggestion ?? '',
    }));
}
