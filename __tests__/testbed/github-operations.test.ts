import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cloneGitRepo } from '../support/git-repo.js';
import { startGitHubStandin, type GitHubStandin } from '../support/github-standin/github-standin.js';
import { createGitHubClient } from '../../src/shell/github-client.js';
import { GitHub } from '../../src/shell/github.js';

let gh: GitHubStandin;
let github: GitHub;
let pullNumber: number;
let headSha: string;
const repoId = { owner: 'acme', repo: 'gitops' };

beforeAll(async () => {
  gh = await startGitHubStandin({ files: { '.github/CODEOWNERS': '* @acme/platform\n', 'old.yaml': 'a: 1\nb: 2\n' } });
  github = new GitHub(createGitHubClient({ token: gh.token, baseUrl: gh.url, retryBaseMs: 5 }));
  const work = await cloneGitRepo(gh.cloneUrl);
  try {
    await work.branch('many-files');
    const files: Record<string, string | null> = { 'old.yaml': 'a: 1\nb: 3\nc: 4\n' };
    for (let i = 0; i < 120; i++) files[`envs/file-${String(i).padStart(3, '0')}.yaml`] = `n: ${i}\n`;
    headSha = await work.commit('many files', files);
    await work.git('push', '--quiet', 'origin', 'many-files');
  } finally {
    await work.cleanup();
  }
  pullNumber = (await github.findOrCreatePullRequest({ ...repoId, head: 'many-files', base: 'main', title: 'Many', body: '' })).number;
});

afterAll(async () => {
  gh.assertNoViolations();
  await gh.close();
});

describe('GitHub operations against the stand-in', () => {
  it('answers a second create for the same branches with GitHub 422 "already exists"', async () => {
    const response = await fetch(`${gh.url}/repos/acme/gitops/pulls`, {
      method: 'POST',
      headers: { authorization: `token ${gh.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'again', head: 'many-files', base: 'main' }),
    });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([{ resource: 'PullRequest', code: 'custom', message: 'A pull request already exists for acme:many-files.' }]);
  });

  it('lists all files of a pull request across pages', async () => {
    const files = await github.listPullRequestFiles({ ...repoId, pullNumber });
    expect(files).toHaveLength(121);
    expect(files.find((f) => f.path === 'old.yaml')).toEqual({ path: 'old.yaml', status: 'modified', additions: 2, deletions: 1 });
    expect(gh.requests.filter((r) => r.operationId === 'pulls/list-files').map((r) => r.status)).toEqual([200, 200]);
  });

  it('lists reviews seeded on the stand-in', async () => {
    gh.state.addReview(pullNumber, { user: 'alice', state: 'APPROVED', commitId: headSha });
    gh.state.addReview(pullNumber, { user: 'bob', state: 'CHANGES_REQUESTED', commitId: headSha, body: 'no' });
    const reviews = await github.listPullRequestReviews({ ...repoId, pullNumber });
    expect(reviews.map((r) => [r.login, r.state, r.commitId])).toEqual([['alice', 'APPROVED', headSha], ['bob', 'CHANGES_REQUESTED', headSha]]);
  });

  it('adds labels and requests reviewers', async () => {
    gh.state.setPermission('carol', 'write');
    gh.state.addTeam('acme', 'platform', ['carol']);
    await github.addLabels({ ...repoId, pullNumber, labels: ['promotion', 'env:dev'] });
    await github.requestReviewers({ ...repoId, pullNumber, users: ['carol'], teams: ['platform'] });
    const pull = gh.state.pull(pullNumber)!;
    expect(pull.labels).toEqual(['promotion', 'env:dev']);
    expect(pull.requestedReviewers).toEqual(['carol']);
    expect(pull.requestedTeams).toEqual(['platform']);
    await expect(github.requestReviewers({ ...repoId, pullNumber, users: ['stranger'], teams: [] })).rejects.toMatchObject({ status: 422 });
  });

  it('reads CODEOWNERS errors, and reports none when there is no CODEOWNERS file', async () => {
    gh.state.codeownersErrors = [{ line: 1, column: 3, kind: 'Unknown owner', source: '* @acme/platform', message: 'Unknown owner on line 1', path: '.github/CODEOWNERS' }];
    expect(await github.getCodeownersErrors(repoId)).toEqual([
      { line: 1, column: 3, kind: 'Unknown owner', message: 'Unknown owner on line 1', path: '.github/CODEOWNERS', suggestion: null },
    ]);
    await gh.git.updateRef('refs/heads/bare', (await gh.git.createCommit({
      tree: await gh.git.buildTree([{ path: 'x', mode: '100644', type: 'blob', content: 'x' }]), parents: [], message: 'no owners',
      author: { name: 'a', email: 'a@example.com', date: '2024-01-01T00:00:00Z' }, committer: { name: 'a', email: 'a@example.com', date: '2024-01-01T00:00:00Z' },
    })));
    expect(await github.getCodeownersErrors({ ...repoId, ref: 'bare' })).toBeUndefined();
  });

  it('looks up users, teams and collaborator permissions', async () => {
    gh.state.addUser('dave');
    gh.state.setPermission('erin', 'maintain');
    gh.state.addTeam('acme', 'sre', []);
    expect(await github.userExists('dave')).toBe(true);
    expect(await github.userExists('ghost')).toBe(false);
    expect(await github.teamExists('acme', 'sre')).toBe(true);
    expect(await github.teamExists('acme', 'nope')).toBe(false);
    expect(await github.collaboratorPermission({ ...repoId, username: 'erin' })).toEqual({ permission: 'write', roleName: 'maintain' });
    expect(await github.collaboratorPermission({ ...repoId, username: 'dave' })).toEqual({ permission: 'none', roleName: 'none' });
    expect(await github.collaboratorPermission({ ...repoId, username: 'ghost' })).toBeUndefined();
  });
});
