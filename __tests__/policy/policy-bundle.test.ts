/**
 * End to end: the BUILT policy bundle (dist/policy/index.js) run as the Actions runner runs it, on a
 * pull_request event over a real checkout, talking to the GitHub stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pullRequestEvent, type RunnerEvent } from '../support/event-payloads.js';
import { startGitHubStandin, type GitHubStandin } from '../support/github-standin/github-standin.js';
import { runAction } from '../support/runner.js';
import { CANARY_PASSWORD, CANARY_TOKEN, createPrRepo, PASSWORD_LINE, type PrRepo } from './pr-fixture.js';

let pr: PrRepo;
let gh: GitHubStandin;
let event: RunnerEvent;

beforeAll(async () => {
  pr = await createPrRepo();
  gh = await startGitHubStandin({ from: pr.repo.dir });
  gh.state.addTeam('acme', 'platform', ['dave']);
  gh.state.addTeam('acme', 'sre', ['erin']);
  const number = gh.state.addPullRequest({ head: 'feature', base: 'main', title: 'Platform change', user: 'intruder' }).number;
  gh.state.addReview(number, { user: 'dave', state: 'APPROVED', commitId: pr.headSha });
  // "Not a member" answers as GitHub gives them (see github-owners.test.ts).
  for (const [team, login] of [['sre', 'dave'], ['everyone', 'dave']]) {
    gh.inject({ pathPattern: new RegExp(`^/orgs/acme/teams/${team}/memberships/${login}$`), status: 404, times: Infinity });
  }
  event = pullRequestEvent({ owner: gh.owner, repo: gh.repo, action: 'synchronize', number, headRef: 'feature', headSha: pr.headSha, baseRef: 'main', baseSha: pr.baseSha });
});

afterAll(async () => {
  await gh.close();
  await pr.repo.cleanup();
});

describe('policy bundle on a pull request', () => {
  it('annotates the secret, lists the owners to approve, fails on the missing approval and writes SARIF', async () => {
    const run = await runAction({
      job: 'policy', workspace: pr.repo.dir, event, apiUrl: gh.url, token: gh.token,
      inputs: { scope: 'changed', 'require-owner-approval': 'true', 'sarif-file': 'policy.sarif', 'fail-on': 'error' },
    });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error' && a.file !== undefined).map((a) => `${a.file}:${a.line} ${a.title}`);
    expect(errors).toEqual([
      'apps/shop/cart/bindings/cart-production.yaml:2 approvals/missing-owner-approval',
      `apps/shop/cart/workload.yaml:${PASSWORD_LINE} secrets/workload-env-literal`,
    ]);
    expect(run.outputs.errors).toBe('2');
    expect(run.outputs['sarif-file']).toBe(join(pr.repo.dir, 'policy.sarif'));
    const sarifText = await readFile(join(pr.repo.dir, 'policy.sarif'), 'utf8');
    const sarif = JSON.parse(sarifText);
    expect(sarif.runs[0].automationDetails?.id ?? '').toContain('openchoreo-policy');
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(expect.arrayContaining(['secrets/workload-env-literal', 'approvals/missing-owner-approval', 'approvals/owners-must-review']));
    expect(run.summary).toContain('### Code owners');
    expect(run.summary).toMatch(/platform\/traits\/storage\.yaml \| @acme\/platform \(line 2\) \| yes \| @dave/);
    // The token is registered as a mask (the runner consumes that line); it must appear nowhere else.
    const printed = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    expect(run.stdout).toContain(`::add-mask::${gh.token}`);
    for (const channel of [printed, run.stderr, run.summary, sarifText, JSON.stringify(run.outputs)]) {
      expect(channel).not.toContain(CANARY_PASSWORD);
      expect(channel).not.toContain(CANARY_TOKEN);
      expect(channel).not.toContain(gh.token);
    }
    gh.assertNoViolations();
  });

  it('passes without the approval requirement, reporting the needed reviews as notices', async () => {
    const run = await runAction({
      job: 'policy', workspace: pr.repo.dir, event, apiUrl: gh.url, token: gh.token,
      inputs: { scope: 'changed', 'fail-on': 'error', ignore: 'apps/shop/cart/workload.yaml' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.errors).toBe('0');
    expect(run.annotations.filter((a) => a.level === 'notice' && a.title === 'approvals/owners-must-review').length).toBeGreaterThanOrEqual(3);
    gh.assertNoViolations();
  });

  it('rejects a bad input with a message naming it', async () => {
    const run = await runAction({ job: 'policy', workspace: pr.repo.dir, event, apiUrl: gh.url, token: gh.token, inputs: { scope: 'diff' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.some((a) => a.level === 'error' && a.message.includes('Input "scope" must be one of all, changed'))).toBe(true);
  });
});
