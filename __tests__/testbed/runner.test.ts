import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { pullRequestEvent, tagPushEvent, workflowDispatchEvent } from '../support/event-payloads.js';
import { inputVariable, runAction } from '../support/runner.js';
import { parseCommand, parseEnvFile } from '../support/workflow-commands.js';

describe('workflow command and environment file parsing', () => {
  it.each([
    ['::error file=a%2Cb.yaml,line=3,col=5,title=T%3A x::bad%0Avalue 100%25', { name: 'error', properties: { file: 'a,b.yaml', line: '3', col: '5', title: 'T: x' }, message: 'bad\nvalue 100%' }],
    ['::add-mask::s3cr3t', { name: 'add-mask', properties: {}, message: 's3cr3t' }],
    ['::group::Validate', { name: 'group', properties: {}, message: 'Validate' }],
    ['::warning::50%250A is literal', { name: 'warning', properties: {}, message: '50%0A is literal' }],
  ])('parses %s', (line, expected) => {
    expect(parseCommand(line)).toEqual(expected);
  });

  it('reads name=value lines and heredoc blocks', () => {
    expect(parseEnvFile('a=1\nb<<ghadelimiter_x\nline 1\nline 2\nghadelimiter_x\nc=x=y\n')).toEqual({ a: '1', b: 'line 1\nline 2', c: 'x=y' });
    expect(() => parseEnvFile('b<<EOF\nno end\n')).toThrow('unterminated value for b');
  });

  it('names input variables as the runner does', () => {
    expect(inputVariable('fail-on')).toBe('INPUT_FAIL-ON');
    expect(inputVariable('openchoreo version')).toBe('INPUT_OPENCHOREO_VERSION');
  });
});

describe('runAction with a bundle that uses the real @actions/core', () => {
  let dir: string;
  let repo: GitRepo;
  const coreUrl = pathToFileURL(resolve('node_modules/@actions/core/lib/core.js')).href;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bundle-'));
    await writeFile(join(dir, 'index.mjs'), `
      import { readFileSync } from 'node:fs';
      const core = await import(${JSON.stringify(coreUrl)});
      const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
      core.setSecret('hunter2');
      core.startGroup('Inputs');
      core.info('fail-on=' + core.getInput('fail-on') + ' version=' + core.getInput('openchoreo version'));
      core.endGroup();
      core.error('bad: value, 100%\\nsecond line', { file: 'dir/a,b.yaml', startLine: 4, title: 'Schema: spec' });
      core.setOutput('errors', '1');
      core.setOutput('report', 'line 1\\nline 2');
      core.setOutput('event', [process.env.GITHUB_EVENT_NAME, event.action ?? '', event.ref ?? '', process.env.GITHUB_REF, process.env.GITHUB_REF_TYPE, process.cwd()].join('|'));
      core.saveState('phase', 'main');
      core.exportVariable('FOO', 'bar');
      await core.summary.addHeading('Result').addRaw('one error').write();
      core.setFailed('1 error');
    `);
    repo = await createGitRepo({ files: { 'a.yaml': 'a: 1\n' } });
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await repo.cleanup();
  });

  it('passes inputs and event, and reads back commands, outputs, summary, state and env', async () => {
    const sha = await repo.sha();
    const run = await runAction({
      bundle: join(dir, 'index.mjs'),
      workspace: repo.dir,
      inputs: { 'fail-on': 'warning', 'openchoreo version': '1.2' },
      event: pullRequestEvent({ owner: 'acme', repo: 'gitops', action: 'opened', number: 7, headRef: 'feature', headSha: sha, baseRef: 'main', baseSha: sha }),
    });
    expect(run.exitCode).toBe(1);
    expect(run.masks).toEqual(['hunter2']);
    expect(run.groups).toEqual(['Inputs']);
    expect(run.lines).toContain('fail-on=warning version=1.2');
    expect(run.annotations).toEqual([
      { level: 'error', message: 'bad: value, 100%\nsecond line', file: 'dir/a,b.yaml', line: 4, title: 'Schema: spec' },
      { level: 'error', message: '1 error' },
    ]);
    expect(run.outputs).toEqual({
      errors: '1',
      report: 'line 1\nline 2',
      event: `pull_request|opened||refs/pull/7/merge|branch|${repo.dir}`,
    });
    expect(run.summary).toBe('<h1>Result</h1>\none error');
    expect(run.state).toEqual({ phase: 'main' });
    expect(run.exportedEnv).toEqual({ FOO: 'bar' });
    expect(run.environment.GITHUB_REPOSITORY).toBe('acme/gitops');
  });

  it('provides tag push and workflow_dispatch events', async () => {
    const sha = await repo.sha();
    const tag = await runAction({ bundle: join(dir, 'index.mjs'), workspace: repo.dir, event: tagPushEvent({ owner: 'acme', repo: 'gitops', tag: 'v1.0.0', sha }) });
    expect(tag.outputs.event).toBe(`push||refs/tags/v1.0.0|refs/tags/v1.0.0|tag|${repo.dir}`);
    expect(tag.environment.GITHUB_REF_NAME).toBe('v1.0.0');
    const dispatch = workflowDispatchEvent({ owner: 'acme', repo: 'gitops', branch: 'main', sha, inputs: { environment: 'staging' } });
    expect(dispatch.payload.inputs).toEqual({ environment: 'staging' });
    const run = await runAction({ bundle: join(dir, 'index.mjs'), workspace: repo.dir, event: dispatch });
    expect(run.outputs.event).toBe(`workflow_dispatch||refs/heads/main|refs/heads/main|branch|${repo.dir}`);
  });

  it('refuses to run a bundle that has not been built', async () => {
    await expect(runAction({ job: 'no-such-job', workspace: repo.dir, event: workflowDispatchEvent({ owner: 'a', repo: 'b', branch: 'main', sha: 'x' }) }))
      .rejects.toThrow(/dist\/no-such-job\/index.js does not exist/);
  });
});
