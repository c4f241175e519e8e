import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { cloneGitRepo, createGitRepo } from '../support/git-repo.js';
import { startGitHubStandin, type GitHubStandin } from '../support/github-standin/github-standin.js';

let gh: GitHubStandin;

/** A raw HTTP call, so status codes and headers are seen exactly as sent. */
async function call(method: string, path: string, body?: unknown, token: string | null = gh.token): Promise<{ status: number; body: any; headers: Headers }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const response = await fetch(`${gh.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `token ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

beforeEach(async () => {
  gh = await startGitHubStandin({ files: { 'projects/a.yaml': 'kind: Project\n', 'README.md': 'hello\n' } });
});

afterEach(async () => {
  await gh.close();
});

describe('GitHub stand-in backed by a bare repository', () => {
  it('makes a commit created through the git data API visible to git clone and git log', async () => {
    const main = await call('GET', '/repos/acme/gitops/git/ref/heads/main');
    const parent = await call('GET', `/repos/acme/gitops/git/commits/${main.body.object.sha}`);
    const blob = await call('POST', '/repos/acme/gitops/git/blobs', { content: Buffer.from('kind: Component\n').toString('base64'), encoding: 'base64' });
    const tree = await call('POST', '/repos/acme/gitops/git/trees', {
      base_tree: parent.body.tree.sha,
      tree: [
        { path: 'components/b/component.yaml', mode: '100644', type: 'blob', sha: blob.body.sha },
        { path: 'README.md', mode: '100644', type: 'blob', sha: null },
      ],
    });
    const commit = await call('POST', '/repos/acme/gitops/git/commits', { message: 'Add component b', tree: tree.body.sha, parents: [main.body.object.sha] });
    expect(commit.status).toBe(201);
    const created = await call('POST', '/repos/acme/gitops/git/refs', { ref: 'refs/heads/release', sha: commit.body.sha });
    expect(created.status).toBe(201);

    const clone = await cloneGitRepo(gh.cloneUrl, 'release');
    try {
      expect(await clone.git('log', '--format=%s', '-2')).toBe('Add component b\ninitial');
      expect(await clone.git('ls-files')).toBe('components/b/component.yaml\nprojects/a.yaml');
      expect(await clone.git('show', 'HEAD:components/b/component.yaml')).toBe('kind: Component');
    } finally {
      await clone.cleanup();
    }
    gh.assertNoViolations();
  });

  it('serves a branch pushed with git through refs, branches, contents and pull request files', async () => {
    const work = await cloneGitRepo(gh.cloneUrl);
    try {
      await work.branch('feature/x');
      const sha = await work.commit('change', { 'projects/a.yaml': 'kind: Project\nmetadata: {}\n', 'new.yaml': 'a: 1\n' });
      await work.git('push', '--quiet', 'origin', 'feature/x');

      expect((await call('GET', '/repos/acme/gitops/git/ref/heads/feature/x')).body.object.sha).toBe(sha);
      expect((await call('GET', '/repos/acme/gitops/git/matching-refs/heads/feat')).body.map((r: { ref: string }) => r.ref)).toEqual(['refs/heads/feature/x']);
      expect((await call('GET', '/repos/acme/gitops/branches/feature%2Fx')).body.commit.sha).toBe(sha);
      const content = await call('GET', '/repos/acme/gitops/contents/new.yaml?ref=feature/x');
      expect(Buffer.from(content.body.content, 'base64').toString()).toBe('a: 1\n');

      const pull = await call('POST', '/repos/acme/gitops/pulls', { title: 'X', head: 'feature/x', base: 'main' });
      expect(pull.status).toBe(201);
      const files = await call('GET', `/repos/acme/gitops/pulls/${pull.body.number}/files`);
      expect(files.body.map((f: { filename: string; status: string }) => `${f.status} ${f.filename}`)).toEqual(['added new.yaml', 'modified projects/a.yaml']);
    } finally {
      await work.cleanup();
    }
    gh.assertNoViolations();
  });

  it('refuses a non-fast-forward ref update unless forced, and answers 404 for unknown refs', async () => {
    const main = (await call('GET', '/repos/acme/gitops/git/ref/heads/main')).body.object.sha;
    const tree = await call('POST', '/repos/acme/gitops/git/trees', { tree: [{ path: 'x', mode: '100644', type: 'blob', content: 'x' }] });
    const orphan = await call('POST', '/repos/acme/gitops/git/commits', { message: 'orphan', tree: tree.body.sha, parents: [] });

    const refused = await call('PATCH', '/repos/acme/gitops/git/refs/heads/main', { sha: orphan.body.sha });
    expect(refused).toMatchObject({ status: 422, body: { message: 'Update is not a fast forward' } });
    expect(await gh.git.resolveCommit('main')).toBe(main);
    const forced = await call('PATCH', '/repos/acme/gitops/git/refs/heads/main', { sha: orphan.body.sha, force: true });
    expect(forced.status).toBe(200);
    expect(await gh.git.resolveCommit('main')).toBe(orphan.body.sha);

    expect((await call('GET', '/repos/acme/gitops/git/ref/heads/nope')).status).toBe(404);
    expect((await call('GET', '/repos/other/gitops/git/ref/heads/main')).status).toBe(404);
    gh.assertNoViolations();
  });

  it('answers 401 without a token or with a wrong one', async () => {
    expect(await call('GET', '/repos/acme/gitops', undefined, null)).toMatchObject({ status: 401, body: { message: 'Requires authentication' } });
    expect(await call('GET', '/repos/acme/gitops', undefined, 'ghs_wrong')).toMatchObject({ status: 401, body: { message: 'Bad credentials' } });
    expect((await call('GET', '/repos/acme/gitops')).status).toBe(200);
  });

  it('paginates lists with per_page/page and Link headers', async () => {
    for (let i = 1; i <= 5; i++) gh.state.addPullRequest({ head: `b${i}`, base: 'main', title: `PR ${i}` });
    const first = await call('GET', '/repos/acme/gitops/pulls?per_page=2');
    expect(first.body.map((p: { number: number }) => p.number)).toEqual([5, 4]);
    expect(first.headers.get('link')).toBe(
      `<${gh.url}/repos/acme/gitops/pulls?per_page=2&page=2>; rel="next", <${gh.url}/repos/acme/gitops/pulls?per_page=2&page=3>; rel="last"`,
    );
    const last = await call('GET', '/repos/acme/gitops/pulls?per_page=2&page=3');
    expect(last.body.map((p: { number: number }) => p.number)).toEqual([1]);
    expect(last.headers.get('link')).toContain('rel="prev"');
    expect(last.headers.get('link')).not.toContain('rel="next"');
    gh.assertNoViolations();
  });

  it('rejects requests GitHub would reject and names the operation and the violation', async () => {
    const missingBase = await call('POST', '/repos/acme/gitops/pulls', { title: 'T', head: 'main' });
    expect(missingBase.status).toBe(422);
    expect(missingBase.body.message).toContain("request body must have required property 'base'");
    const badPath = await call('GET', '/repos/acme/gitops/pull/1');
    expect(badPath.status).toBe(404);

    expect(gh.violations.map((v) => v.operationId)).toEqual(['pulls/create', undefined]);
    expect(() => gh.assertNoViolations()).toThrow(
      /pulls\/create POST \/repos\/acme\/gitops\/pulls:\n {2}- request body must have required property 'base'[\s\S]*no operation in GitHub's OpenAPI description matches GET \/repos\/acme\/gitops\/pull\/1/,
    );
  });

  it('can be seeded from an existing repository', async () => {
    const source = await createGitRepo({ files: { 'a.txt': 'a\n' } });
    await source.branch('dev');
    const dev = await source.commit('dev work', { 'b.txt': 'b\n' });
    const seeded = await startGitHubStandin({ from: source.dir, owner: 'org', repo: 'r' });
    try {
      expect(await seeded.git.resolveCommit('refs/heads/dev')).toBe(dev);
    } finally {
      await seeded.close();
      await source.cleanup();
    }
  });
});
