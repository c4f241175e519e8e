import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/core';
import { cloneGitRepo } from '../support/git-repo.js';
import { secondaryRateLimit, startGitHubStandin, type GitHubStandin } from '../support/github-standin/github-standin.js';
import { createGitHubClient, MAX_RATE_LIMIT_RETRIES, MAX_RETRIES, type GitHubClient } from '../../src/shell/github-client.js';
import { GitHub } from '../../src/shell/github.js';

let gh: GitHubStandin;
let logged: string[];

function client(retryBaseMs = 5): GitHubClient {
  return createGitHubClient({ token: gh.token, baseUrl: gh.url, retryBaseMs, log: (level, message) => logged.push(`${level}: ${message}`) });
}

function attempts(operationId: string): Array<number | 'reset'> {
  return gh.requests.filter((r) => r.operationId === operationId).map((r) => r.status);
}

/** Pushes branch `name` with one change, so a pull request from it can be opened. */
async function pushBranch(name: string): Promise<void> {
  const work = await cloneGitRepo(gh.cloneUrl);
  try {
    await work.branch(name);
    await work.commit(`change on ${name}`, { [`${name}.yaml`]: 'a: 1\n' });
    await work.git('push', '--quiet', 'origin', name);
  } finally {
    await work.cleanup();
  }
}

const PR = { owner: 'acme', repo: 'gitops', head: 'promote/dev', base: 'main', title: 'Promote to dev', body: 'diff table' };

beforeEach(async () => {
  gh = await startGitHubStandin();
  gh.state.addUser('alice');
  logged = [];
});

afterEach(async () => {
  gh.assertNoViolations();
  await gh.close();
});

describe('GitHub client under injected faults', () => {
  it('retries a burst of 5xx answers and then succeeds', async () => {
    gh.inject({ operationId: 'users/get-by-username', status: 502, times: 2 });
    gh.inject({ operationId: 'users/get-by-username', status: 503, times: 1 });
    expect(await new GitHub(client()).userExists('alice')).toBe(true);
    expect(attempts('users/get-by-username')).toEqual([502, 502, 503, 200]);
  });

  it('gives up after the retry budget of plugin-retry', async () => {
    gh.inject({ operationId: 'users/get-by-username', status: 500, times: Infinity });
    await expect(new GitHub(client()).userExists('alice')).rejects.toMatchObject({ status: 500 });
    expect(attempts('users/get-by-username')).toHaveLength(MAX_RETRIES + 1);
  });

  it('retries come from the client plugins: the same call on a plain Octokit fails at the first 502', async () => {
    gh.inject({ operationId: 'users/get-by-username', status: 502, times: 1 });
    const plain = new Octokit({ auth: gh.token, baseUrl: gh.url }) as unknown as GitHubClient;
    await expect(new GitHub(plain).userExists('alice')).rejects.toMatchObject({ status: 502 });
    expect(attempts('users/get-by-username')).toEqual([502]);
  });

  it('never retries requests GitHub refused (404, 422)', async () => {
    const github = new GitHub(client());
    expect(await github.userExists('nobody')).toBe(false);
    await expect(github.findOrCreatePullRequest({ ...PR, head: 'missing' })).rejects.toMatchObject({ status: 422 });
    expect(attempts('users/get-by-username')).toEqual([404]);
    expect(attempts('pulls/create')).toEqual([422]);
  });

  it('waits out a 403 secondary rate limit for the retry-after seconds, then succeeds', async () => {
    gh.inject({ operationId: 'teams/get-by-name', ...secondaryRateLimit(1) });
    gh.state.addTeam('acme', 'platform', ['alice']);
    const started = Date.now();
    expect(await new GitHub(client(1000)).teamExists('acme', 'platform')).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(attempts('teams/get-by-name')).toEqual([403, 200]);
    expect(logged).toContain('warn: GitHub secondary rate limit on GET /orgs/{org}/teams/{team_slug}; retrying after 1s');
  });

  it('waits out a 429 secondary rate limit on a write, and gives up after a bounded number of retries', async () => {
    await pushBranch('promote/dev');
    gh.inject({ operationId: 'pulls/create', ...secondaryRateLimit(1, 429) });
    const created = await new GitHub(client()).findOrCreatePullRequest(PR);
    expect(created).toMatchObject({ number: 1, created: true });
    expect(attempts('pulls/create')).toEqual([429, 201]);

    gh.inject({ operationId: 'users/get-by-username', times: Infinity, ...secondaryRateLimit(1, 429) });
    await expect(new GitHub(client()).userExists('alice')).rejects.toMatchObject({ status: 429 });
    expect(attempts('users/get-by-username')).toHaveLength(MAX_RATE_LIMIT_RETRIES + 1);
    expect(logged.at(-1)).toBe('warn: GitHub secondary rate limit on GET /users/{username}; giving up');
  });

  it('opens no duplicate pull request when the reply to the create is lost in a connection reset', async () => {
    await pushBranch('promote/dev');
    gh.inject({ operationId: 'pulls/create', reset: 'after' });
    const result = await new GitHub(client()).findOrCreatePullRequest(PR);
    expect(attempts('pulls/create')).toEqual(['reset', 422]);
    expect(result).toMatchObject({ number: 1, created: false });
    expect(gh.state.pulls).toHaveLength(1);
  });

  it('is idempotent across runs: a second run updates the open pull request', async () => {
    await pushBranch('promote/dev');
    const github = new GitHub(client());
    const first = await github.findOrCreatePullRequest(PR);
    gh.inject({ operationId: 'pulls/update', reset: 'before' });
    const second = await github.findOrCreatePullRequest({ ...PR, title: 'Promote to dev (2)' });
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ number: first.number, created: false });
    expect(gh.state.pulls.map((p) => p.title)).toEqual(['Promote to dev (2)']);
    expect(attempts('pulls/update')).toEqual(['reset', 200]);
  });

  it('tolerates slow responses', async () => {
    gh.inject({ operationId: 'users/get-by-username', delayMs: 400 });
    expect(await new GitHub(client()).userExists('alice')).toBe(true);
    expect(attempts('users/get-by-username')).toEqual([200]);
  });

  it('never logs the token or request headers', async () => {
    gh.inject({ operationId: 'users/get-by-username', ...secondaryRateLimit(0), times: 5 });
    await expect(new GitHub(client()).userExists('alice')).rejects.toMatchObject({ status: 403 });
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(gh.token);
    expect(logged.join('\n')).not.toMatch(/authorization/i);
  });
});
