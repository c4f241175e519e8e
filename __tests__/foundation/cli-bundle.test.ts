/**
 * The built CLI bundle (dist/cli/index.js, made by `npm run build`) run as a subprocess: the JSON contract, exit
 * codes, SARIF output, and the worker-thread path on a repository of more than 800 YAML files, compared with the
 * same validation run in process.
 */
import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runValidate } from '../../src/commands/validate.js';
import { sortFindings, type Finding } from '../../src/core/finding.js';
import { VERSION } from '../../src/core/version.js';
import { columnOf, copySampleGitops, editFile, lineOf, removeDir, repoRoot, sampleGitops, tempDir } from './support.js';

const CLI = path.join(repoRoot, 'dist', 'cli', 'index.js');
const FINDING_KEYS = ['ruleId', 'severity', 'file', 'line', 'column', 'message', 'hint'];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the bundle; `preload` is a CommonJS file given to node with --require. */
function cli(args: string[], options: { cwd?: string; preload?: string } = {}): Promise<Run> {
  const nodeArgs = [...(options.preload ? ['--require', options.preload] : []), CLI, ...args];
  return new Promise((resolve) => {
    execFile(process.execPath, nodeArgs, { cwd: options.cwd ?? repoRoot, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

interface JsonReport {
  findings: Finding[];
  summary: Record<string, unknown>;
}

let scratch: string;
/** A --require file that counts messages the main thread sends to worker threads and prints the count at exit. */
let preload: string;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before these tests`);
  scratch = tempDir('foundation-cli-');
  preload = path.join(scratch, 'count-worker-messages.cjs');
  writeFileSync(
    preload,
    [
      "const wt = require('node:worker_threads');",
      'if (wt.isMainThread) {',
      '  const post = wt.Worker.prototype.postMessage;',
      '  let posts = 0;',
      '  wt.Worker.prototype.postMessage = function (...args) { posts++; return post.apply(this, args); };',
      "  process.on('exit', () => process.stderr.write(`worker-messages=${posts}\\n`));",
      '}',
      '',
    ].join('\n'),
  );
});
afterAll(() => removeDir(scratch));

describe('CLI bundle on sample-gitops (small repository, in process)', () => {
  let run: Run;
  let report: JsonReport;
  beforeAll(async () => {
    run = await cli(['validate', sampleGitops, '--format', 'json'], { preload });
    report = JSON.parse(run.stdout) as JsonReport;
  });

  it('exits 0 with only warnings, writes nothing else on stderr, and sends no work to worker threads', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('worker-messages=0\n');
  });

  it('prints {"findings":[...],"summary":{...}} with the documented key order', () => {
    expect(Object.keys(report)).toEqual(['findings', 'summary']);
    expect(report.findings).toHaveLength(2);
    for (const f of report.findings) expect(Object.keys(f)).toEqual(FINDING_KEYS);
    expect(Object.keys(report.summary)).toEqual(['command', 'release', 'files', 'documents', 'resources', 'kinds', 'errors', 'warnings', 'notes', 'byRule', 'byFile', 'durationMs']);
    expect(report.summary).toMatchObject({ command: 'validate', release: { tag: 'v1.1.6', detected: true }, files: 43, documents: 43, resources: 32, errors: 0, warnings: 2, notes: 0, byRule: { 'parameters/ignored-key': 2 } });
    expect(Object.keys(report.summary.release as object)).toEqual(['tag', 'detected', 'evidence']);
    expect(run.stdout.endsWith('}\n')).toBe(true);
  });

  it('gives files relative to the validated directory, with forward slashes', () => {
    for (const f of report.findings) {
      expect(path.isAbsolute(f.file)).toBe(false);
      expect(existsSync(path.join(sampleGitops, f.file))).toBe(true);
    }
  });

  it('reports the same findings as runValidate in process', async () => {
    const inProcess = await runValidate({ root: sampleGitops });
    expect(report.findings).toEqual(sortFindings(inProcess.findings));
  });

  it('resolves a relative directory against the working directory', async () => {
    const relative = await cli(['validate', path.relative(scratch, sampleGitops), '--format', 'json'], { cwd: scratch });
    expect((JSON.parse(relative.stdout) as JsonReport).findings).toEqual(report.findings);
  });


  it('--format text prints file:line:col severity ruleId message, the hint, and a closing line', async () => {
    const text = await cli(['validate', sampleGitops]);
    const lines = text.stdout.trimEnd().split('\n');
    const f = report.findings[0];
    expect(lines[0]).toBe(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);
    expect(lines[1]).toBe(`  hint: ${f.hint}`);
    expect(lines[lines.length - 1]).toBe('OK: 2 warnings in 2 files (43 files, 32 resources, OpenChoreo v1.1.6 detected)');
  });

  it('--format sarif prints SARIF 2.1.0 with one result per finding', async () => {
    const sarif = await cli(['validate', sampleGitops, '--format', 'sarif']);
    expect(sarif.code).toBe(0);
    const log = JSON.parse(sarif.stdout) as { version: string; runs: { tool: { driver: { name: string; version?: string } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].results.map((r) => `${r.ruleId} ${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}`)).toEqual(
      report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`),
    );
  });

  it('--sarif PATH writes the SARIF file as well as the chosen format; --fail-on warning turns the warnings into exit 1', async () => {
    const out = path.join(scratch, 'nested', 'results.sarif');
    mkdirSync(path.dirname(out), { recursive: true });
    const run2 = await cli(['validate', sampleGitops, '--format', 'json', '--sarif', out, '--fail-on', 'warning']);
    expect(run2.code).toBe(1);
    expect((JSON.parse(run2.stdout) as JsonReport).findings).toEqual(report.findings);
    const log = JSON.parse(readFileSync(out, 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results).toHaveLength(2);
  });

  it('--version and --help exit 0', async () => {
    const version = await cli(['--version']);
    expect([version.code, version.stdout]).toEqual([0, `${VERSION}\n`]);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: openchoreo-gitops/);
  });
});

describe('CLI bundle exit codes', () => {
  it('exit 1 when an error finding exists; --fail-on never makes it 0', async () => {
    const dir = copySampleGitops();
    try {
      const file = 'namespaces/default/projects/doclet/components/nats/component.yaml';
      const text = editFile(dir, file, 'projectName: doclet', 'projectName: 5');
      const run = await cli(['validate', dir, '--format', 'json']);
      expect(run.code).toBe(1);
      const line = lineOf(text, 'projectName: 5');
      expect((JSON.parse(run.stdout) as JsonReport).findings).toContainEqual(expect.objectContaining({ ruleId: 'schema/type', severity: 'error', file, line, column: columnOf(text, line, 'projectName') }));
      expect((await cli(['validate', dir, '--format', 'json', '--fail-on', 'never'])).code).toBe(0);
    } finally {
      removeDir(dir);
    }
  });

  it('exit 2 for a usage error, with the message and the usage on stderr', async () => {
    const run = await cli(['validate', sampleGitops, '--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^openchoreo-gitops: --format must be one of text, json, sarif; got "xml"\.\n\nUsage: /);
    expect((await cli(['validate', '--scope', 'changed'])).code).toBe(2);
  });

  it('exit 2 for a directory that does not exist, and for a missing --context directory', async () => {
    const missing = await cli(['validate', path.join(scratch, 'does-not-exist'), '--format', 'json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/is not a directory/);
    expect(missing.stdout).toBe('');
    const context = await cli(['validate', sampleGitops, '--context', path.join(scratch, 'nope')]);
    expect(context.code).toBe(2);
    expect(context.stderr).toMatch(/--context .* is not a directory/);
  });
});

describe('CLI bundle on a repository of more than 800 YAML files (worker threads)', () => {
  const COMPONENTS = 440;
  let dir: string;
  /** file → the planted finding, computed from the text written. */
  const planted: { ruleId: string; file: string; line: number }[] = [];

  beforeAll(() => {
    dir = copySampleGitops();
    const base = path.join(dir, 'namespaces/default/projects/doclet/generated');
    for (let i = 0; i < COMPONENTS; i++) {
      const name = `gen-${String(i).padStart(3, '0')}`;
      const folder = path.join(base, name);
      mkdirSync(folder, { recursive: true });
      let component = `apiVersion: openchoreo.dev/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\n  namespace: default\nspec:\n  owner:\n    projectName: doclet\n  componentType:\n    name: deployment/service\n    kind: ComponentType\n`;
      let workload = `apiVersion: openchoreo.dev/v1alpha1\nkind: Workload\nmetadata:\n  name: ${name}-workload\n  namespace: default\nspec:\n  owner:\n    projectName: doclet\n    componentName: ${name}\n  container:\n    image: registry.example.com/${name}:v1\n  endpoints:\n    http:\n      type: HTTP\n      port: 8080\n`;
      const rel = (f: string) => `namespaces/default/projects/doclet/generated/${name}/${f}`;
      // A few planted errors, spread so that each worker's share of the files holds some.
      if (i === 7) {
        component = component.replace('  autoDeploy', '').replace('  componentType:', '  autoDeplyo: true\n  componentType:');
        planted.push({ ruleId: 'schema/unknown-field', file: rel('component.yaml'), line: lineOf(component, 'autoDeplyo') });
      }
      if (i === 150) {
        workload = workload.replace('port: 8080', 'port: 70000');
        planted.push({ ruleId: 'schema/range', file: rel('workload.yaml'), line: lineOf(workload, 'port: 70000') });
      }
      if (i === 260) {
        component = component.replace(`  name: ${name}\n`, `  name: Gen_260\n`);
        planted.push({ ruleId: 'metadata/name', file: rel('component.yaml'), line: lineOf(component, 'name: Gen_260') });
      }
      if (i === 330) {
        workload = workload.replace('    image:', '\timage:');
        planted.push({ ruleId: 'yaml/tab-indentation', file: rel('workload.yaml'), line: lineOf(workload, '\timage:') });
      }
      if (i === 430) {
        component = component.replace('    projectName: doclet\n', '    projectName: doclet\n    projectName: other\n');
        planted.push({ ruleId: 'yaml/duplicate-key', file: rel('component.yaml'), line: lineOf(component, 'projectName: other') });
      }
      writeFileSync(path.join(folder, 'component.yaml'), component);
      writeFileSync(path.join(folder, 'workload.yaml'), workload);
    }
  });
  afterAll(() => removeDir(dir));

  it('holds more than 800 YAML files', () => {
    expect(COMPONENTS * 2 + 43).toBeGreaterThan(800);
  });

  it('reports exactly the findings of the in-process run, including every planted error, using worker threads', async () => {
    const [run, inProcess] = await Promise.all([cli(['validate', dir, '--format', 'json', '--threads', '1'], { preload }), runValidate({ root: dir })]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings).toEqual(sortFindings(inProcess.findings));
    for (const p of planted) expect(report.findings).toContainEqual(expect.objectContaining({ ...p, severity: 'error' }));
    expect(report.findings.filter((f) => f.severity === 'error')).toHaveLength(planted.length);
    expect(report.summary).toMatchObject({ files: inProcess.facts.files, documents: inProcess.facts.documents, resources: inProcess.facts.resources, kinds: inProcess.facts.kinds });
    expect(inProcess.facts.files).toBe(COMPONENTS * 2 + 43);
    const posts = Number(/worker-messages=(\d+)/.exec(run.stderr)?.[1] ?? 'NaN');
    expect(posts).toBeGreaterThan(0);
  });

  it('with --threads 0 judges everything in this thread (another only reads files ahead), with the same result', async () => {
    const [run, threaded] = await Promise.all([cli(['validate', dir, '--format', 'json', '--threads', '0'], { preload }), cli(['validate', dir, '--format', 'json', '--threads', '2'], { preload })]);
    // One message: the list of files for the reader.
    expect(Number(/worker-messages=(\d+)/.exec(run.stderr)?.[1])).toBe(1);
    expect(Number(/worker-messages=(\d+)/.exec(threaded.stderr)?.[1])).toBeGreaterThan(1);
    expect(JSON.parse(run.stdout)).toEqual({ ...JSON.parse(threaded.stdout), summary: { ...JSON.parse(threaded.stdout).summary, durationMs: JSON.parse(run.stdout).summary.durationMs } });
  });

  it('without its worker bundle (dist/worker missing) the CLI does all the work in one thread, with the same result', async () => {
    const lonely = path.join(scratch, 'no-worker', 'dist', 'cli');
    cpSync(path.dirname(CLI), lonely, { recursive: true });
    const node = (args: string[]) =>
      new Promise<Run>((resolve) => {
        execFile(process.execPath, ['--require', preload, path.join(lonely, 'index.js'), ...args], { env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
          resolve({ code: err ? Number((err as { code?: unknown }).code) : 0, stdout, stderr });
        });
      });
    const [alone, noReader, inProcess] = await Promise.all([
      node(['validate', dir, '--format', 'json', '--threads', '1']),
      node(['validate', dir, '--format', 'json', '--threads', '0']),
      runValidate({ root: dir }),
    ]);
    expect(alone.code).toBe(1);
    expect((JSON.parse(alone.stdout) as JsonReport).findings).toEqual(sortFindings(inProcess.findings));
    expect(noReader.stderr).not.toMatch(/openchoreo-gitops:|Error/);
    expect((JSON.parse(noReader.stdout) as JsonReport).findings).toEqual(sortFindings(inProcess.findings));
    expect(Number(/worker-messages=(\d+)/.exec(alone.stderr)?.[1])).toBe(0);
    const secrets = await node(['policy', dir, '--checks', 'secrets', '--format', 'json', '--threads', '1']);
    expect(secrets.stderr).not.toMatch(/openchoreo-gitops:|Error/);
    expect((JSON.parse(secrets.stdout) as { summary: { extra?: { secretScanThreads?: number } } }).summary.extra?.secretScanThreads).toBe(1);
  });

  it('stops quietly when its reader closes early (`| head`)', async () => {
    const child = spawn(process.execPath, [CLI, 'policy', dir, '--checks', 'secrets', '--format', 'json', '--threads', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
  });

  it('writes a report of megabytes whole through a pipe that is read slowly, then exits with its code', async () => {
    const big = tempDir('foundation-cli-big-');
    try {
      for (let i = 0; i < 1500; i++) {
        mkdirSync(path.join(big, `c${i % 10}`), { recursive: true });
        writeFileSync(
          path.join(big, `c${i % 10}`, `w${i}.yaml`),
          `apiVersion: openchoreo.dev/v1alpha1\nkind: Workload\nmetadata:\n  name: w${i}\nspec:\n  owner:\n    projectName: p\n    componentName: w${i}\n  container:\n    image: nginx\n    env:\n      - key: DB_PASSWORD\n        value: Zq8vR2mX${i}pL4nK7wT\n`,
        );
      }
      const child = spawn(process.execPath, [CLI, 'policy', big, '--checks', 'secrets', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
      const chunks: Buffer[] = [];
      // Read in bursts, so the pipe fills up and the CLI has to wait for it.
      child.stdout.on('data', (d: Buffer) => {
        chunks.push(d);
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), 2);
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      const out = Buffer.concat(chunks).toString('utf8');
      expect(out.length).toBeGreaterThan(1024 * 1024);
      expect(code).toBe(1);
      expect((JSON.parse(out) as JsonReport).findings.filter((f) => f.ruleId === 'secrets/workload-env-literal')).toHaveLength(1500);
    } finally {
      removeDir(big);
    }
  });

  it('with --cache, a cold and a warm run (which sends the workers nothing to parse) report the same findings', async () => {
    const cacheDir = path.join(dir, '..', `${path.basename(dir)}-cache`);
    try {
      const plain = JSON.parse((await cli(['validate', dir, '--format', 'json'])).stdout) as JsonReport;
      const cold = await cli(['validate', dir, '--format', 'json', '--cache', cacheDir, '--threads', '1'], { preload });
      expect(existsSync(path.join(cacheDir, 'validate-cache.json'))).toBe(true);
      const warm = await cli(['validate', dir, '--format', 'json', '--cache', cacheDir, '--threads', '1'], { preload });
      for (const run of [cold, warm]) {
        expect(run.code).toBe(1);
        expect((JSON.parse(run.stdout) as JsonReport).findings).toEqual(plain.findings);
      }
      expect(Number(/worker-messages=(\d+)/.exec(cold.stderr)?.[1])).toBeGreaterThan(0);
      expect(Number(/worker-messages=(\d+)/.exec(warm.stderr)?.[1])).toBe(0);
    } finally {
      removeDir(cacheDir);
    }
  });
});
