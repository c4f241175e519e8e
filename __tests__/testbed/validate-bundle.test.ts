/**
 * End to end: the BUILT validate bundle (dist/validate/index.js, from `npm run build`) run as the
 * Actions runner runs it, on a pull_request event over a real checkout.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pullRequestEvent, type RunnerEvent } from '../support/event-payloads.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { startGitHubStandin, type GitHubStandin } from '../support/github-standin/github-standin.js';
import { runAction } from '../support/runner.js';

const VALID_PROJECT = `apiVersion: openchoreo.dev/v1alpha1
kind: Project
metadata:
  name: shop
  namespace: default
spec:
  deploymentPipelineRef:
    name: default
  type:
    kind: ClusterProjectType
    name: default
`;

/** A Project without spec.deploymentPipelineRef (required); `spec:` is on line 6. */
const PROJECT_WITHOUT_PIPELINE = `apiVersion: openchoreo.dev/v1alpha1
kind: Project
metadata:
  name: broken
  namespace: default
spec:
  type:
    kind: ClusterProjectType
    name: default
`;

let repo: GitRepo;
let gh: GitHubStandin;
let event: RunnerEvent;

beforeAll(async () => {
  repo = await createGitRepo({ files: { 'projects/shop/project.yaml': VALID_PROJECT } });
  const baseSha = await repo.sha();
  await repo.branch('add-broken');
  const headSha = await repo.commit('Add broken project', { 'projects/broken/project.yaml': PROJECT_WITHOUT_PIPELINE });
  gh = await startGitHubStandin({ from: repo.dir });
  event = pullRequestEvent({ owner: gh.owner, repo: gh.repo, action: 'opened', number: 1, headRef: 'add-broken', headSha, baseRef: 'main', baseSha });
});

afterAll(async () => {
  await gh.close();
  await repo.cleanup();
});

describe('validate bundle on a pull request', () => {
  it('annotates the invalid manifest, writes a summary and SARIF, sets outputs and fails the step', async () => {
    const run = await runAction({
      job: 'validate', workspace: repo.dir, event, apiUrl: gh.url, token: gh.token,
      inputs: { path: '.', 'openchoreo-version': 'auto', 'sarif-file': 'results.sarif', ignore: '', 'fail-on': 'error' },
    });

    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error' && a.file !== undefined);
    expect(errors).toEqual([expect.objectContaining({ file: 'projects/broken/project.yaml', line: 6, message: expect.stringContaining('deploymentPipelineRef') })]);
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(1);
    expect(run.outputs.warnings).toMatch(/^\d+$/);
    expect(run.outputs['sarif-file']).toBe(join(repo.dir, 'results.sarif'));
    const sarif = JSON.parse(await readFile(join(repo.dir, 'results.sarif'), 'utf8'));
    type SarifResult = { level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> };
    const sarifErrors = (sarif.runs[0].results as SarifResult[]).filter((r) => r.level === 'error');
    expect(sarifErrors.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual(['projects/broken/project.yaml']);
    expect(run.summary).toContain('projects/broken/project.yaml');
    expect(run.summary.length).toBeGreaterThan(0);
    gh.assertNoViolations();
  });

  it('reports without failing when fail-on is never', async () => {
    const run = await runAction({ job: 'validate', workspace: repo.dir, event, apiUrl: gh.url, token: gh.token, inputs: { 'fail-on': 'never' } });
    expect(run.exitCode).toBe(0);
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(1);
    expect(run.annotations.filter((a) => a.level === 'error' && a.file !== undefined).map((a) => a.file)).toEqual(['projects/broken/project.yaml']);
  });

  it('with cache-dir, keeps the validation cache there and a second run reports the same', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'validate-action-cache-'));
    try {
      const inputs = { 'fail-on': 'never', 'cache-dir': cacheDir };
      const first = await runAction({ job: 'validate', workspace: repo.dir, event, apiUrl: gh.url, token: gh.token, inputs });
      const cache = JSON.parse(await readFile(join(cacheDir, 'validate-cache.json'), 'utf8')) as { files: { path: string }[]; build: string };
      expect(cache.files.map((f) => f.path).sort()).toEqual(['projects/broken/project.yaml', 'projects/shop/project.yaml']);
      expect(cache.build).toMatch(/^[0-9a-f]{32}$/);
      const second = await runAction({ job: 'validate', workspace: repo.dir, event, apiUrl: gh.url, token: gh.token, inputs });
      expect(second.exitCode).toBe(0);
      expect(second.annotations).toEqual(first.annotations);
      expect(second.outputs.errors).toBe(first.outputs.errors);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  it('passes on the base branch, where every manifest is valid', async () => {
    await repo.checkout('main');
    try {
      const run = await runAction({ job: 'validate', workspace: repo.dir, event, inputs: { path: 'projects' } });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.errors).toBe('0');
      expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
      expect(run.summary).not.toBe('');
    } finally {
      await repo.checkout('add-broken');
    }
  });
});
