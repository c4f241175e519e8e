import { describe, it, expect } from '@jest/globals';
import { approvingLogins, judgeApprovals, membershipQuestions, requiredReviews, type Review } from '../../src/core/approvals.js';
import { parseCodeowners } from '../../src/core/codeowners/index.js';
import type { ProtectedFile } from '../../src/core/ownership.js';

describe('latest review per user', () => {
  const r = (login: string, state: string): Review => ({ login, state });
  it.each<[string, Review[], string[]]>([
    ['one approval', [r('alice', 'APPROVED')], ['alice']],
    ['approval then change request', [r('alice', 'APPROVED'), r('alice', 'CHANGES_REQUESTED')], []],
    ['change request then approval', [r('alice', 'CHANGES_REQUESTED'), r('alice', 'APPROVED')], ['alice']],
    ['a comment keeps the approval', [r('alice', 'APPROVED'), r('alice', 'COMMENTED')], ['alice']],
    ['a dismissed approval', [r('alice', 'APPROVED'), r('alice', 'DISMISSED')], []],
    ['a pending review counts for nothing', [r('alice', 'PENDING')], []],
    ['logins compare case-insensitively', [r('Alice', 'APPROVED'), r('alice', 'CHANGES_REQUESTED'), r('Bob', 'APPROVED')], ['bob']],
  ])('%s', (_name, reviews, expected) => {
    expect([...approvingLogins(reviews)].sort()).toEqual(expected);
  });
});

const CODEOWNERS = parseCodeowners('.github/CODEOWNERS', [
  '*                     @acme/everyone',
  '/platform/            @acme/platform @carol',
  '/platform/secrets/    ops@acme.example',
  '/docs/',
].join('\n'));

const prot = (path: string, requirements = ['platform-level kinds']): [string, ProtectedFile] => [
  path,
  { path, requirements, resources: [], owners: [], ownerLine: undefined, requiredOwners: [] },
];

const PROTECTED = new Map([prot('platform/traits/a.yaml'), prot('platform/secrets/db.yaml'), prot('apps/x/binding-prod.yaml', ['production bindings'])]);
const CHANGED = ['platform/traits/a.yaml', 'platform/secrets/db.yaml', 'apps/x/binding-prod.yaml', 'apps/x/component.yaml', 'docs/readme.md', '.github/CODEOWNERS'];

describe('required reviews of changed files', () => {
  const required = requiredReviews(CHANGED, CODEOWNERS, PROTECTED, ['.github/CODEOWNERS']);

  it('names the owners of each changed file and whether it is protected', () => {
    expect(required.map((r) => [r.path, r.owners.map((o) => o.text).join(' '), r.ownerLine, r.protected])).toEqual([
      ['.github/CODEOWNERS', '@acme/everyone', 1, true],
      ['apps/x/binding-prod.yaml', '@acme/everyone', 1, true],
      ['apps/x/component.yaml', '@acme/everyone', 1, false],
      ['platform/secrets/db.yaml', 'ops@acme.example', 3, true],
      ['platform/traits/a.yaml', '@acme/platform @carol', 2, true],
    ]);
  });

  it('asks team membership only for team owners and actual approvers', () => {
    const questions = membershipQuestions(required, new Set(['dave']));
    expect(questions.map((q) => `${q.team.text} ${q.login}`)).toEqual(['@acme/everyone dave', '@acme/platform dave']);
  });

  type Case = [string, string[], Record<string, string[]>, boolean, string[]];
  it.each<Case>([
    ['no approvals, not enforced: notes only', [], {}, false, []],
    [
      'no approvals, enforced: every protected file fails',
      [], {}, true,
      ['.github/CODEOWNERS', 'apps/x/binding-prod.yaml', 'platform/secrets/db.yaml', 'platform/traits/a.yaml'],
    ],
    ['a user owner approves directly', ['carol'], { '@acme/everyone': [] }, true, ['.github/CODEOWNERS', 'apps/x/binding-prod.yaml', 'platform/secrets/db.yaml']],
    ['a team member approves for the team', ['dave'], { '@acme/everyone': ['dave'], '@acme/platform': [] }, true, ['platform/secrets/db.yaml', 'platform/traits/a.yaml']],
    ['an approver outside every owning team counts for nothing', ['eve'], { '@acme/everyone': [], '@acme/platform': [] }, true, ['.github/CODEOWNERS', 'apps/x/binding-prod.yaml', 'platform/secrets/db.yaml', 'platform/traits/a.yaml']],
  ])('%s', (_name, approvers, members, enforce, failing) => {
    const membership = new Map(Object.entries(members).map(([team, logins]) => [team, new Set(logins)]));
    const { findings, statuses } = judgeApprovals(required, new Set(approvers), membership, { enforce });
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.file)).toEqual(failing);
    expect(findings.filter((f) => f.ruleId === 'approvals/owners-must-review')).toHaveLength(5);
    expect(statuses).toHaveLength(5);
  });

  it('says why e-mail owners cannot approve, and who approved', () => {
    const membership = new Map([['@acme/platform', new Set(['dave'])]]);
    const { findings, statuses } = judgeApprovals(required, new Set(['dave']), membership, { enforce: true });
    const db = findings.find((f) => f.file === 'platform/secrets/db.yaml' && f.severity === 'error');
    expect(db?.hint).toContain('e-mail addresses');
    expect(statuses.find((s) => s.path === 'platform/traits/a.yaml')?.approvedBy).toBe('dave');
    expect(findings.find((f) => f.file === 'platform/traits/a.yaml')?.message).toBe('Changed; approved by code owner @dave (CODEOWNERS line 2).');
  });

  it('fails a protected file nobody owns', () => {
    const unowned = requiredReviews(['docs/platform.yaml'], CODEOWNERS, new Map([prot('docs/platform.yaml')]));
    const { findings } = judgeApprovals(unowned, new Set(['carol']), new Map(), { enforce: true, locate: () => ({ line: 2, column: 1 }) });
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'approvals/missing-owner-approval', line: 2, message: expect.stringContaining('nobody (no code owner) (CODEOWNERS line 4)') }),
    ]);
  });
});
