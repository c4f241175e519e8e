/**
 * The validation cache (`--cache DIR`, `cache-dir`): a run with a cache reports exactly what a run without
 * one reports; a warm run does not parse files whose bytes are unchanged (proved by a marker planted in the
 * cache file, which only a reused report can carry); a changed file, another build of the code, or a broken
 * cache file make the files be judged again.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runValidate } from '../../src/commands/validate.js';
import { sortFindings, type Finding } from '../../src/core/finding.js';
import type { ValidateCache } from '../../src/core/validate-cache.js';
import { copySampleGitops, lineOf, removeDir, tempDir } from './support.js';

const COMPONENT = 'namespaces/default/projects/doclet/components/frontend/component.yaml';
const CACHE_FILE = 'validate-cache.json';

let repo: string;
let cacheDir: string;

beforeEach(() => {
  repo = copySampleGitops();
  cacheDir = tempDir('validate-cache-');
});

afterEach(() => {
  removeDir(repo);
  removeDir(cacheDir);
});

const validate = async (build = 'build-a') => (await runValidate({ root: repo, cache: { dir: cacheDir, build } })).findings;
const plain = async () => (await runValidate({ root: repo })).findings;
const same = (a: Finding[]) => sortFindings(a).map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);
const readCache = () => JSON.parse(readFileSync(path.join(cacheDir, CACHE_FILE), 'utf8')) as ValidateCache;

/** Adds a finding no check makes to the cached report of `file`: it shows up only if that report is reused. */
function plantMarker(file: string): void {
  const cache = readCache();
  const entry = cache.files.find((f) => f.path === file);
  if (!entry) throw new Error(`${file} is not in the cache`);
  entry.findings.push({ ruleId: 'test/planted', severity: 'error', file, line: 1, column: 1, message: 'planted in the cache', hint: '' });
  writeFileSync(path.join(cacheDir, CACHE_FILE), JSON.stringify(cache));
}
const planted = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'test/planted');

describe('validation cache', () => {
  it('a cold and a warm run report exactly what a run without cache reports', async () => {
    const expected = same(await plain());
    expect(expected.length).toBeGreaterThan(0);
    expect(same(await validate())).toEqual(expected);
    const cache = readCache();
    expect(cache.release).toBe('v1.1.6');
    expect(cache.files.map((f) => f.path)).toContain(COMPONENT);
    expect(same(await validate())).toEqual(expected);
  });

  it('reuses the report of an unchanged file instead of parsing it again', async () => {
    await validate();
    plantMarker(COMPONENT);
    expect(planted(await validate())).toHaveLength(1);
  });

  it('judges a changed file again, and keeps its new report', async () => {
    await validate();
    plantMarker(COMPONENT);
    const file = path.join(repo, COMPONENT);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^spec:$/m, 'spec:\n  bogusField: true'));
    const warm = await validate();
    expect(planted(warm)).toHaveLength(0);
    expect(same(warm)).toEqual(same(await plain()));
    const line = lineOf(readFileSync(file, 'utf8'), 'bogusField');
    expect(warm.some((f) => f.file === COMPONENT && f.line === line)).toBe(true);
    expect(same(await validate())).toEqual(same(warm));
  });

  it('is not reused by another build of the code', async () => {
    await validate('build-a');
    plantMarker(COMPONENT);
    expect(planted(await validate('build-b'))).toHaveLength(0);
    expect(readCache().build).toBe('build-b');
  });

  it('a cache directory that cannot be written is a note; the run is otherwise complete', async () => {
    const blocker = path.join(cacheDir, 'a-file');
    writeFileSync(blocker, 'not a directory');
    const { findings } = await runValidate({ root: repo, cache: { dir: path.join(blocker, 'cache'), build: 'build-a' } });
    const notes = findings.filter((f) => f.ruleId === 'cache/not-saved');
    expect(notes).toHaveLength(1);
    expect(notes[0].severity).toBe('note');
    expect(same(findings.filter((f) => f.ruleId !== 'cache/not-saved'))).toEqual(same(await plain()));
  });

  it('a broken cache file is ignored and written again', async () => {
    await validate();
    writeFileSync(path.join(cacheDir, CACHE_FILE), '{"format":1,"files":[{"path":');
    expect(same(await validate())).toEqual(same(await plain()));
    expect(readCache().files.length).toBeGreaterThan(10);
  });
});
