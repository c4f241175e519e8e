/**
 * Immutability and the `changed` scope against a real git base: sample-gitops committed into a temp repository,
 * then edited in a second commit, validated with base HEAD~1.
 */
import { afterEach, describe, it, expect } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runValidate } from '../../src/commands/validate.js';
import { createGitRepo, type FileMap, type GitRepo } from '../support/git-repo.js';
import { brief, columnOf, lineOf, sampleGitops } from './support.js';

const DOCLET = 'namespaces/default/projects/doclet';
const NATS = `${DOCLET}/components/nats`;
const RELEASE = `${NATS}/releases/nats-20260223-1.yaml`;

/** Every file of sample-gitops (outside .git), read from the shared tree in place. */
function sampleFiles(): FileMap {
  const files: FileMap = {};
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(sampleGitops, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.name === '.git') continue;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) files[child] = readFileSync(path.join(sampleGitops, child), 'utf8');
    }
  };
  walk('');
  return files;
}

const original = (file: string) => readFileSync(path.join(sampleGitops, file), 'utf8');

/** Replaces exactly one occurrence (throws otherwise). */
function swap(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

let repo: GitRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

async function sampleRepo(): Promise<GitRepo> {
  repo = await createGitRepo({ files: sampleFiles(), message: 'sample-gitops' });
  return repo;
}

describe('immutability against the PR base (base: HEAD~1)', () => {
  it('the unchanged repository has no immutability findings', async () => {
    const r = await sampleRepo();
    await r.commit('no-op', { 'README.md': 'notes\n' });
    const result = await runValidate({ root: r.dir, base: 'HEAD~1' });
    expect(result.findings.filter((f) => /^(immutable|cel)\//.test(f.ruleId))).toEqual([]);
    expect(result.facts.extra).toMatchObject({ scope: 'all' });
  });

  it('an edited ComponentRelease image → immutable/component-release (error) at the image line', async () => {
    const r = await sampleRepo();
    const edited = swap(original(RELEASE), 'image: nats:2.10-alpine', 'image: nats:2.11-alpine');
    await r.commit('bump image in place', { [RELEASE]: edited });
    const result = await runValidate({ root: r.dir, base: 'HEAD~1' });
    const line = lineOf(edited, 'image: nats:2.11-alpine');
    const hits = result.findings.filter((f) => f.ruleId === 'immutable/component-release');
    expect(hits.map(brief)).toEqual([`immutable/component-release error ${RELEASE}:${line}:${columnOf(edited, line, 'image')}`]);
    expect(hits[0].message).toContain('spec.workload.container.image changed');
    expect(hits[0].message).toContain(`(base: ${RELEASE}:${lineOf(original(RELEASE), 'image: nats:2.10-alpine')}`);
    expect(hits[0].message).toMatch(/spec\.workload is immutable/);
  });

  it('a ReleaseBinding moved to an environment → cel/transition at spec.environment', async () => {
    const r = await sampleRepo();
    const file = `${NATS}/release-bindings/nats-development.yaml`;
    const edited = swap(original(file), 'environment: development', 'environment: production');
    await r.commit('retarget binding', { [file]: edited });
    const result = await runValidate({ root: r.dir, base: 'HEAD~1' });
    const line = lineOf(edited, 'environment: production');
    const hits = result.findings.filter((f) => f.ruleId === 'cel/transition');
    expect(hits.map(brief)).toEqual([`cel/transition error ${file}:${line}:${columnOf(edited, line, 'environment')}`]);
    expect(hits[0].message).toMatch(/spec\.environment is immutable/);
  });

  it('a Component whose type changed → cel/transition at spec.componentType', async () => {
    const r = await sampleRepo();
    const file = `${NATS}/component.yaml`;
    const edited = swap(original(file), 'name: deployment/message-broker', 'name: deployment/database');
    await r.commit('change type', { [file]: edited });
    const result = await runValidate({ root: r.dir, base: 'HEAD~1' });
    const hits = result.findings.filter((f) => f.ruleId === 'cel/transition');
    expect(hits.map((f) => `${f.file}:${f.line}`)).toEqual([`${file}:${lineOf(edited, 'componentType:')}`]);
    expect(hits[0].message).toMatch(/cannot be changed after creation/);
  });

  it('a ComponentRelease moved to another file and edited is still matched by identity', async () => {
    const r = await sampleRepo();
    const moved = `${DOCLET}/releases/nats/nats-20260223-1.yaml`;
    const edited = swap(original(RELEASE), '      - "8222"', '      - "9222"');
    await r.commit('move and edit', { [RELEASE]: null, [moved]: edited });
    const result = await runValidate({ root: r.dir, base: 'HEAD~1' });
    const line = lineOf(edited, '- "9222"');
    const hits = result.findings.filter((f) => f.ruleId === 'immutable/component-release');
    expect(hits.map((f) => `${f.severity} ${f.file}:${f.line}`)).toEqual([`error ${moved}:${line}`]);
    expect(hits[0].message).toContain(`base: ${RELEASE}:`);
  });

  it('a moved but unchanged ComponentRelease is not a finding', async () => {
    const r = await sampleRepo();
    await r.commit('move only', { [RELEASE]: null, [`${DOCLET}/releases/nats-20260223-1.yaml`]: original(RELEASE) });
    const result = await runValidate({ root: r.dir, base: 'HEAD~1' });
    expect(result.findings.filter((f) => /^(immutable|cel)\//.test(f.ruleId))).toEqual([]);
  });
});

describe('scope: changed', () => {
  it('keeps only what the change caused: deleting an Environment reports the untouched bindings naming it', async () => {
    const r = await sampleRepo();
    await r.commit('drop staging', { 'namespaces/default/platform/infra/environments/staging.yaml': null });
    const all = await runValidate({ root: r.dir, base: 'HEAD~1' });
    const changed = await runValidate({ root: r.dir, base: 'HEAD~1', scope: 'changed' });

    const bindings = [`${NATS}/release-bindings/nats-staging.yaml`, `${DOCLET}/components/postgres/release-bindings/postgres-staging.yaml`];
    const expectedBindings = bindings.map((file) => {
      const text = original(file);
      const line = lineOf(text, 'environment: staging');
      return `reference/binding-environment error ${file}:${line}:${columnOf(text, line, 'environment')}`;
    });
    expect(changed.findings.filter((f) => f.ruleId === 'reference/binding-environment').map(brief).sort()).toEqual(expectedBindings.sort());
    // The pipeline still names staging: also caused by the deletion.
    const pipeline = 'namespaces/default/platform/infra/deployment-pipelines/standard.yaml';
    expect(changed.findings.some((f) => f.file === pipeline && f.severity === 'error')).toBe(true);
    // Warnings that existed before the change, in files it did not touch, are dropped.
    expect(all.findings.filter((f) => f.ruleId === 'parameters/ignored-key')).toHaveLength(2);
    expect(changed.findings.filter((f) => f.ruleId === 'parameters/ignored-key')).toEqual([]);
    // Everything kept is also in the full report.
    const full = new Set(all.findings.map((f) => `${brief(f)} ${f.message}`));
    for (const f of changed.findings) expect(full.has(`${brief(f)} ${f.message}`)).toBe(true);
    expect(changed.facts.extra).toMatchObject({ scope: 'changed' });
  });

  it('keeps every finding of a changed file, even ones that were there before', async () => {
    const r = await sampleRepo();
    const file = `${NATS}/component.yaml`;
    await r.commit('touch nats', { [file]: `${original(file)}# touched\n` });
    const changed = await runValidate({ root: r.dir, base: 'HEAD~1', scope: 'changed' });
    expect(changed.findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual([`parameters/ignored-key ${file}`]);
  });

  it('reports nothing when the change breaks nothing', async () => {
    const r = await sampleRepo();
    await r.commit('docs', { 'docs/notes.md': 'hello\n' });
    expect((await runValidate({ root: r.dir, base: 'HEAD~1', scope: 'changed' })).findings).toEqual([]);
  });
});
