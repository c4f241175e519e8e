/**
 * The policy command against the GitHub stand-in (loopback, contract-checked): owners looked up through the
 * API, GitHub's own CODEOWNERS errors, reviews with team membership deciding who may approve.
 */
import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import { runPolicy } from '../../src/commands/policy.js';
import type { Finding } from '../../src/core/finding.js';
import { createGitHubClient, type GitHubClient } from '../../src/shell/github-client.js';
import { startGitHubStandin, type GitHubStandin } from '../support/github-standin/github-standin.js';
import { CANARY_PASSWORD, createPrRepo, type PrRepo } from './pr-fixture.js';

let pr: PrRepo;
let gh: GitHubStandin;
let client: GitHubClient;
let number: number;

beforeAll(async () => {
  pr = await createPrRepo();
  gh = await startGitHubStandin({ from: pr.repo.dir });
  gh.state.addTeam('acme', 'platform', ['dave']);
  gh.state.addTeam('acme', 'sre', ['erin']);
  gh.state.addTeam('acme', 'everyone', ['dave', 'erin', 'bob']);
  gh.state.setPermission('bob', 'read');
  gh.state.setPermission('dave', 'write');
  // GitHub itself flags the catch-all team as lacking write access (kind as GitHub words it).
  gh.state.codeownersErrors = [
    { line: 1, column: 24, kind: 'Unknown owner', message: 'Unknown owner on line 1: make sure the team @acme/everyone exists, is publicly visible, and has write access to the repository', path: '.github/CODEOWNERS' },
  ];
  number = gh.state.addPullRequest({ head: 'feature', base: 'main', title: 'Platform change', user: 'intruder' }).number;
  answerNonMembersAsGitHubDoes();
  client = createGitHubClient({ token: gh.token, baseUrl: gh.url, retryBaseMs: 1 });
});

afterAll(async () => {
  await gh.close();
  await pr.repo.cleanup();
});

/**
 * GitHub answers "not a member" with 404 and a `{message}` body, which its OpenAPI description does not list
 * for this operation; the stand-in's contract check flags that body. Until the stand-in special-cases it,
 * these scripted answers (not contract-checked) give the product GitHub's real reply.
 */
function answerNonMembersAsGitHubDoes(): void {
  for (const team of gh.state.teams.values()) {
    for (const login of ['dave', 'erin', 'bob', 'intruder', 'mallory']) {
      if (team.members.has(login)) continue;
      gh.inject({ pathPattern: new RegExp(`^/orgs/${team.org}/teams/${team.slug}/memberships/${login}$`), status: 404, times: Infinity });
    }
  }
}

const ref = () => ({ owner: gh.owner, repo: gh.repo, number, headSha: pr.headSha });
const lines = (findings: Finding[], prefix: string) => findings.filter((f) => f.ruleId.startsWith(prefix)).map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}`);

describe('CODEOWNERS owners checked through the API', () => {
  it('reports unknown users, users without write access and GitHub-reported errors at their lines', async () => {
    const result = await runPolicy({ root: pr.repo.dir, base: 'main', scope: 'changed', ignore: [], requireOwnerApproval: false, pullRequest: ref(), github: client, verifyOwners: true });
    expect(lines(result.findings, 'codeowners/').sort()).toEqual([
      '.github/CODEOWNERS:1:24 error codeowners/github-error',
      '.github/CODEOWNERS:3:24 error codeowners/owner-without-write-access',
      '.github/CODEOWNERS:6:24 error codeowners/unknown-owner',
    ]);
    expect(result.findings.find((f) => f.ruleId === 'codeowners/unknown-owner')?.message).toBe('User `@mallory` does not exist; GitHub ignores it as an owner.');
    const noWrite = result.findings.find((f) => f.ruleId === 'codeowners/owner-without-write-access');
    expect(noWrite?.message).toBe('The user `@bob` has read access to this repository; code owners need write access, so GitHub ignores it.');
    gh.assertNoViolations();
  });

  it('skips the per-owner look-ups unless asked, still reporting GitHub\'s own errors', async () => {
    const before = gh.requests.length;
    const result = await runPolicy({ root: pr.repo.dir, base: 'main', scope: 'changed', ignore: [], requireOwnerApproval: false, pullRequest: ref(), github: client });
    expect(lines(result.findings, 'codeowners/')).toEqual(['.github/CODEOWNERS:1:24 error codeowners/github-error']);
    expect(gh.requests.slice(before).some((r) => r.path.startsWith('/users/'))).toBe(false);
    gh.assertNoViolations();
  });
});

describe('owner approvals read from the pull request reviews', () => {
  it('fails each protected change until one of its owners approves', async () => {
    const result = await runPolicy({ root: pr.repo.dir, base: 'main', scope: 'changed', ignore: [], requireOwnerApproval: true, pullRequest: ref(), github: client });
    expect(lines(result.findings, 'approvals/missing')).toEqual([
      '.github/CODEOWNERS:1:1 error approvals/missing-owner-approval',
      'apps/shop/cart/bindings/cart-production.yaml:2:1 error approvals/missing-owner-approval',
      'platform/traits/storage.yaml:2:1 error approvals/missing-owner-approval',
    ]);
    gh.assertNoViolations();
  });

  it('counts a team member\'s approval for the team, and only the latest review of each user', async () => {
    gh.state.addReview(number, { user: 'intruder', state: 'APPROVED', commitId: pr.headSha });
    gh.state.addReview(number, { user: 'dave', state: 'APPROVED', commitId: pr.headSha });
    gh.state.addReview(number, { user: 'erin', state: 'APPROVED', commitId: pr.headSha });
    gh.state.addReview(number, { user: 'erin', state: 'CHANGES_REQUESTED', commitId: pr.headSha });
    const result = await runPolicy({ root: pr.repo.dir, base: 'main', scope: 'changed', ignore: [], requireOwnerApproval: true, pullRequest: ref(), github: client });
    expect(lines(result.findings, 'approvals/missing')).toEqual(['apps/shop/cart/bindings/cart-production.yaml:2:1 error approvals/missing-owner-approval']);
    expect(result.owners.approvals.map((a) => [a.path, a.approvedBy])).toEqual([
      ['.github/CODEOWNERS', 'dave'],
      ['apps/shop/cart/bindings/cart-production.yaml', undefined],
      ['apps/shop/cart/workload.yaml', undefined],
      ['platform/traits/storage.yaml', 'dave'],
    ]);

    gh.state.addReview(number, { user: 'erin', state: 'APPROVED', commitId: pr.headSha });
    const approved = await runPolicy({ root: pr.repo.dir, base: 'main', scope: 'changed', ignore: [], requireOwnerApproval: true, pullRequest: ref(), github: client });
    expect(lines(approved.findings, 'approvals/missing')).toEqual([]);
    expect(JSON.stringify(approved)).not.toContain(CANARY_PASSWORD);
    gh.assertNoViolations();
  });

  it('takes the changed files from the API when the base commit is not in the checkout', async () => {
    const result = await runPolicy({ root: pr.repo.dir, base: '0'.repeat(40), scope: 'changed', ignore: [], requireOwnerApproval: false, pullRequest: ref(), github: client });
    expect(result.owners.changedFiles).toBe(4);
    expect(result.owners.notes.join(' ')).toContain('could not be computed');
    // Without line numbers the secret scan covers the changed files whole.
    expect(result.findings.filter((f) => f.ruleId.startsWith('secrets/')).map((f) => f.file)).toEqual(['apps/shop/cart/workload.yaml']);
    gh.assertNoViolations();
  });
});
