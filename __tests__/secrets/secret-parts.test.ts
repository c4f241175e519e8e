/**
 * The secret scan in parts: the BUILT CLI bundle (dist/cli/index.js, made by `npm run build`) run as a
 * subprocess on a generated repository of ~1,000 files, where `policy --checks secrets` reads and scans the
 * files in worker threads and the main thread, compared with the same scan in process (one thread) and with the
 * whole policy command (which scans with every manifest parsed), and with `--threads 0` (this thread scans,
 * another reads ahead). Planted canaries are all found, findings and allowed secrets are identical, and no
 * canary value is printed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runPolicy } from '../../src/commands/policy.js';
import { sortFindings, type Finding } from '../../src/core/finding.js';
import { secretFingerprint } from '../../src/core/secrets/index.js';
import { removeDir, repoRoot, tempDir } from '../foundation/support.js';
import { alnum, canary } from './canaries.js';

const CLI = path.join(repoRoot, 'dist', 'cli', 'index.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

interface Planted {
  /** `file:line` where the value must be reported. */
  at: string;
  value: string;
}

/**
 * ~1,000 files: Workloads (some in flow style) and release snapshots with and without plaintext env values, Kubernetes Secrets,
 * .env files, a Kustomize secretGenerator whose env file sorts far away from it (another chunk), notes with
 * tokens, inline allow markers with and without a reason, one value allowed by the config file, and files the
 * reader rejects (binary, invalid UTF-8).
 */
function generate(root: string): { planted: Planted[]; values: string[] } {
  const planted: Planted[] = [];
  const values: string[] = [];
  const write = (file: string, text: string | Buffer) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  const plant = (file: string, line: number, value: string) => {
    planted.push({ at: `${file}:${line}`, value });
    values.push(value);
  };
  for (let p = 0; p < 12; p++) {
    for (let c = 0; c < 20; c++) {
      const dir = `projects/p${p}/components/c${c}`;
      const secret = (p + c) % 3 === 0;
      const password = canary.password();
      const env = [
        '        - key: LOG_LEVEL',
        '          value: info',
        `        - key: ${secret ? 'DB_PASSWORD' : 'DB_USER'}`,
        `          value: ${secret ? password : 'app'}`,
      ];
      write(`${dir}/workload.yaml`, [
        'apiVersion: openchoreo.dev/v1alpha1', 'kind: Workload', 'metadata:', `  name: c${c}`, 'spec:', '  owner:',
        `    projectName: p${p}`, `    componentName: c${c}`, '  container:', `    image: ghcr.io/acme/c${c}:1.0`, '    env:',
        ...env.map((l) => l.slice(2)), '',
      ].join('\n'));
      if (secret) plant(`${dir}/workload.yaml`, 15, password);
      for (let r = 0; r < 3; r++) {
        const releasePassword = canary.password();
        const file = `${dir}/releases/c${c}-${r}.yaml`;
        write(file, [
          'apiVersion: openchoreo.dev/v1alpha1', 'kind: ComponentRelease', 'metadata:', `  name: c${c}-${r}`, 'spec:',
          '  owner:', `    projectName: p${p}`, `    componentName: c${c}`, '  workload:', '    container:',
          `      image: ghcr.io/acme/c${c}:1.${r}`, '      env:', '        - key: POSTGRES_PASSWORD', `          value: ${releasePassword}`, '',
        ].join('\n'));
        plant(file, 14, releasePassword);
      }
    }
    // A flow-style env list, which only a re-parse places (the position library is loaded for it), in a few
    // projects: these land in different threads' shares.
    if (p % 3 === 0) {
      const password = canary.password();
      const file = `projects/p${p}/components/flow/workload.yaml`;
      write(file, [
        'apiVersion: openchoreo.dev/v1alpha1', 'kind: Workload', 'metadata:', '  name: flow', 'spec:', '  container:',
        '    image: ghcr.io/acme/flow:1.0', `    env: [{ key: LOG_LEVEL, value: info }, { key: DB_PASSWORD, value: "${password}" }]`, '',
      ].join('\n'));
      plant(file, 8, password);
    }
  }
  // Release snapshots sharing one ComponentType block (swept once, reused) that holds a token: every file
  // reports it at its own line.
  const shared = canary.github();
  const typeBlock = [
    '  componentType:', '    kind: ComponentType', '    name: deployment/web', '    spec:', '      workloadType: deployment',
    ...Array.from({ length: 20 }, (_, i) => `      field${i}: some default value number ${i}`), `      note: rotate ${shared} yearly`,
  ];
  for (let i = 0; i < 30; i++) {
    const file = `projects/snap/releases/r${i}.yaml`;
    const head = ['apiVersion: openchoreo.dev/v1alpha1', 'kind: ComponentRelease', 'metadata:', `  name: r${i}`, ...Array.from({ length: i % 4 }, (_, k) => `  # note ${k}`), 'spec:'];
    write(file, [...head, ...typeBlock, '  workload:', '    container:', `      image: ghcr.io/acme/snap:${i}`, ''].join('\n'));
    plant(file, head.length + typeBlock.length, shared);
  }
  // Kubernetes Secrets, .env files and notes with tokens.
  for (let i = 0; i < 40; i++) {
    const value = canary.password();
    write(`platform/secrets/s${i}.yaml`, `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s${i}\nstringData:\n  password: ${value}\n`);
    plant(`platform/secrets/s${i}.yaml`, 6, value);
    const envValue = canary.password();
    write(`services/svc${i}/.env`, `LOG_LEVEL=debug\nAPI_TOKEN=${envValue}\n`);
    plant(`services/svc${i}/.env`, 2, envValue);
    const token = canary.github();
    write(`docs/notes-${i}.md`, `# Notes ${i}\n\nRun with ${token} as the token.\n`);
    plant(`docs/notes-${i}.md`, 3, token);
  }
  // A generator at the front of the tree whose env file sorts last: the two are scanned in different chunks.
  const generated = canary.password();
  write('aaa/kustomization.yaml', 'secretGenerator:\n  - name: app\n    envs:\n      - ../zzz/app.env\n');
  write('zzz/app.env', `DB_PASSWORD=${generated}\n`);
  plant('zzz/app.env', 1, generated);
  // Inline markers: one with a reason (allowed), one without (reported, and the marker too).
  const markedOk = canary.password();
  const markedBad = canary.password();
  write('mmm/allowed.env', `DB_PASSWORD=${markedOk} # openchoreo-gitops:allow-secret reason="demo stack"\n`);
  write('mmm/reasonless.env', `DB_PASSWORD=${markedBad} # openchoreo-gitops:allow-secret\n`);
  plant('mmm/reasonless.env', 1, markedBad);
  values.push(markedOk);
  // A value allowed by the config file's fingerprint list.
  const configured = canary.password();
  write('nnn/fixture.env', `DB_PASSWORD=${configured}\n`);
  values.push(configured);
  write('.openchoreo-gitops.yaml', `policy:\n  secrets:\n    allow:\n      - fingerprint: ${secretFingerprint(configured)}\n        reason: fixture of the e2e suite\n`);
  // Files the reader rejects, and filler.
  write('assets/blob.yaml', Buffer.from([0x61, 0x00, 0x62]));
  write('assets/latin1.yaml', Buffer.from([0x6b, 0x3a, 0x20, 0xe9, 0x0a]));
  for (let i = 0; i < 30; i++) write(`misc/readme-${i}.txt`, `Nothing secret here: ${alnum(8)}\n`);
  return { planted, values };
}

const key = (f: Finding) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`;
const scanFindings = (findings: Finding[]) => sortFindings(findings.filter((f) => f.ruleId.startsWith('secrets/') || f.ruleId.startsWith('file/'))).map(key);

let root: string;
let planted: Planted[];
let values: string[];
let parts: Run;
let whole: Run;
let readAhead: Run;

beforeAll(async () => {
  root = tempDir('secret-parts-');
  ({ planted, values } = generate(root));
  [parts, whole, readAhead] = await Promise.all([
    cli(['policy', root, '--checks', 'secrets', '--format', 'json', '--threads', '1']),
    cli(['policy', root, '--format', 'json']),
    cli(['policy', root, '--checks', 'secrets', '--format', 'json', '--threads', '0']),
  ]);
}, 120_000);

afterAll(() => removeDir(root));

describe('secret scan in worker threads (built CLI)', () => {
  it('is the same as the scan in one thread, and as the whole policy command', async () => {
    expect(parts.code).toBe(1);
    const report = JSON.parse(parts.stdout) as { findings: Finding[]; summary: { files: number; extra: Record<string, any> } };
    // The scan really ran in parts (the repository is over the threshold).
    expect(report.summary.extra.secretScanThreads).toBeGreaterThanOrEqual(2);
    expect(report.summary.extra.checks).toEqual(['secrets']);
    expect(report.findings.every((f) => f.ruleId.startsWith('secrets/') || f.ruleId.startsWith('file/'))).toBe(true);

    const inProcess = await runPolicy({ root, scope: 'all', ignore: [], requireOwnerApproval: false, checks: ['secrets'] });
    expect(inProcess.facts.extra?.secretScanThreads).toBe(1);
    expect(scanFindings(report.findings)).toEqual(scanFindings(inProcess.findings));
    expect(report.summary.extra.owners.allowedSecrets).toEqual(inProcess.owners.allowedSecrets);
    expect(report.summary.files).toBe(inProcess.facts.files);

    // With no scanning threads: this thread scans while one more reads the files ahead.
    const ahead = JSON.parse(readAhead.stdout) as { findings: Finding[]; summary: { files: number; extra: Record<string, any> } };
    expect(ahead.summary.extra.secretScanThreads).toBe(1);
    expect(scanFindings(ahead.findings)).toEqual(scanFindings(report.findings));
    expect(ahead.summary.extra.owners.allowedSecrets).toEqual(report.summary.extra.owners.allowedSecrets);
    expect(ahead.summary.files).toBe(report.summary.files);

    const full = JSON.parse(whole.stdout) as { findings: Finding[]; summary: { extra: Record<string, any> } };
    expect(scanFindings(full.findings)).toEqual(scanFindings(report.findings));
    expect(full.summary.extra.owners.allowedSecrets).toEqual(report.summary.extra.owners.allowedSecrets);
  });

  it('finds every planted value, allows the allowed ones, reports unreadable files, and prints no value', () => {
    const report = JSON.parse(parts.stdout) as { findings: Finding[]; summary: { extra: Record<string, any> } };
    const reported = new Set(report.findings.filter((f) => f.ruleId.startsWith('secrets/')).map((f) => `${f.file}:${f.line}`));
    expect(planted.length).toBeGreaterThan(800);
    expect(planted.filter((p) => !reported.has(p.at)).map((p) => p.at)).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === 'secrets/allow-without-reason').map((f) => f.file)).toEqual(['mmm/reasonless.env']);
    expect(report.summary.extra.owners.allowedSecrets.map((a: { file: string; how: string }) => `${a.file} ${a.how}`).sort()).toEqual(['mmm/allowed.env inline', 'nnn/fixture.env config']);
    expect(report.findings.filter((f) => f.ruleId.startsWith('file/')).map((f) => `${f.file} ${f.ruleId}`)).toEqual(['assets/blob.yaml file/binary', 'assets/latin1.yaml file/encoding']);
    for (const run of [parts, whole, readAhead]) {
      for (const v of values) {
        expect(run.stdout.includes(v)).toBe(false);
        expect(run.stderr.includes(v)).toBe(false);
      }
    }
  });
});
