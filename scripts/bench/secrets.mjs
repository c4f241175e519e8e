// Secret scan benchmark: the product's secret scan next to secretlint 13 (recommend preset) on the same
// directory, in the same run, each as its own process timed from spawn to exit (startup, file walk, reading
// and scanning included):
//
//   ours:       node dist/cli/index.js policy <dir> --checks secrets --format json
//   secretlint: node node_modules/secretlint/bin/secretlint.js "**/*" --secretlintrc <recommend preset>  (cwd <dir>)
//
//   import { benchSecrets } from './scripts/bench/secrets.mjs';
//   const r = await benchSecrets('.bench/repo', { runs: 5 });   // prints the report, returns the figures
//   node scripts/bench/secrets.mjs [dir]                         // BENCH_RUNS=N (default 5), BENCH_CLI=path/to/cli.js
//
// Both run in the same environment, the caller's less NODE_EXTRA_CA_CERTS and NODE_OPTIONS (see child-env.mjs).
// The two run alternately (ours first on even runs, secretlint first on odd ones) so that a change in the
// machine's load hits both; the median of each is reported with the load average. Wall time is the headline;
// CPU time (user + system, all threads, from /usr/bin/time when present) is printed too.
// Besides the times it counts the planted plaintext POSTGRES_PASSWORD values (the `value:` line after each
// `key: POSTGRES_PASSWORD` in the tree) that each tool reports, and checks that every location secretlint
// reports is reported by us too (same file and line).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv, childEnvNote } from './child-env.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_CLI = join(root, 'dist', 'cli', 'index.js');

const TIME_BIN = '/usr/bin/time';
const hasTime = existsSync(TIME_BIN);

/** Runs a process; wall time always, CPU time (user + system, all threads) when /usr/bin/time exists. */
export function timed(command, args, cwd) {
  const [cmd, argv] = hasTime ? [TIME_BIN, ['-f', '__cpu__ %U %S', command, ...args]] : [command, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd, env: childEnv().env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error) throw r.error;
  const cpu = /__cpu__ ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  const status = hasTime && /Command exited with non-zero status (\d+)/.exec(r.stderr);
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined, stdout: r.stdout, stderr: r.stderr, status: status ? Number(status[1]) : r.status };
}

/** Locations from secretlint's default (stylish) output: a file path line, then `  line:col  error  …` lines. */
export function parseSecretlintStylish(output, dir) {
  const found = [];
  let file = '';
  for (const raw of output.split('\n')) {
    const line = raw.replace(/\u001b\[[0-9;]*m/g, '');
    const loc = /^\s+(\d+):(\d+)\s+error\s+\[([^\]]+)\]/.exec(line);
    if (loc && file) found.push({ file, line: Number(loc[1]), ruleId: loc[3] });
    else if (line.startsWith('/')) file = relative(dir, line.trim()).split('\\').join('/');
  }
  return found;
}

/** Runs secretlint 13 with only the recommend preset (config kept outside the scanned tree). */
export function runSecretlint(dir) {
  const configDir = mkdtempSync(join(tmpdir(), 'secretlint-'));
  const config = join(configDir, '.secretlintrc.json');
  writeFileSync(config, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  try {
    const bin = join(root, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
    const r = timed(process.execPath, [bin, '**/*', '--secretlintrc', config], dir);
    if (r.status !== 0 && r.status !== 1) throw new Error(`secretlint failed (${r.status}): ${r.stderr.slice(0, 500)}`);
    return { ms: r.ms, cpuMs: r.cpuMs, found: parseSecretlintStylish(r.stdout, dir) };
  } finally {
    rmSync(configDir, { recursive: true, force: true });
  }
}

/** The product's secret scan: the built CLI's policy command with only the secrets check. */
export function runOurs(dir, cli = DEFAULT_CLI) {
  const r = timed(process.execPath, [cli, 'policy', dir, '--checks', 'secrets', '--format', 'json'], root);
  if (r.status !== 0 && r.status !== 1) throw new Error(`openchoreo-gitops policy failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  const findings = JSON.parse(r.stdout).findings ?? [];
  const found = findings.filter((f) => String(f.ruleId).startsWith('secrets/')).map((f) => ({ file: f.file, line: f.line, ruleId: f.ruleId }));
  return { ms: r.ms, cpuMs: r.cpuMs, found };
}

/** file:line of every planted POSTGRES_PASSWORD value: the `value:` line right after `key: POSTGRES_PASSWORD`. */
export function plantedPasswords(dir) {
  const out = new Set();
  (function walk(abs, rel) {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== '.git' && e.name !== 'node_modules') walk(join(abs, e.name), path);
        continue;
      }
      const text = readFileSync(join(abs, e.name), 'utf8');
      if (!text.includes('POSTGRES_PASSWORD')) continue;
      const lines = text.split('\n');
      lines.forEach((l, i) => {
        if (/^\s*-?\s*key:\s*POSTGRES_PASSWORD\s*$/.test(l) && /^\s*value:\s*\S/.test(lines[i + 1] ?? '')) out.add(`${path}:${i + 2}`);
      });
    }
  })(dir, '');
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const at = (f) => `${f.file}:${f.line}`;

/** True when one of ours is at the secretlint location (same file; a block value may start one line above). */
export const covers = (ours, hit) => ours.some((o) => o.file === hit.file && (o.line === hit.line || o.line === hit.line - 1));

export async function benchSecrets(repoDir, { runs = 3, cli = process.env.BENCH_CLI || DEFAULT_CLI, print = true } = {}) {
  const dir = resolve(repoDir);
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first.`);
  const loadBefore = loadavg();
  const oursMs = [];
  const secretlintMs = [];
  const oursCpu = [];
  const secretlintCpu = [];
  let ours = [];
  let theirs = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['ours', 'secretlint'] : ['secretlint', 'ours'];
    for (const tool of order) {
      if (tool === 'ours') {
        const o = runOurs(dir, cli);
        oursMs.push(o.ms);
        if (o.cpuMs !== undefined) oursCpu.push(o.cpuMs);
        ours = o.found;
      } else {
        const s = runSecretlint(dir);
        secretlintMs.push(s.ms);
        if (s.cpuMs !== undefined) secretlintCpu.push(s.cpuMs);
        theirs = s.found;
      }
    }
  }
  const loadAfter = loadavg();
  const planted = plantedPasswords(dir);
  const oursAt = new Set(ours.map(at));
  const theirsAt = new Set(theirs.map(at));
  const secretlintOnly = theirs.filter((t) => !covers(ours, t));
  const r = {
    runs,
    ours: Math.round(median(oursMs)),
    secretlint: Math.round(median(secretlintMs)),
    speedup: median(secretlintMs) / median(oursMs),
    oursAll: oursMs.map(Math.round),
    secretlintAll: secretlintMs.map(Math.round),
    ...(oursCpu.length && secretlintCpu.length ? { oursCpu: Math.round(median(oursCpu)), secretlintCpu: Math.round(median(secretlintCpu)) } : {}),
    oursFound: ours.length,
    secretlintFound: theirs.length,
    planted: planted.size,
    plantedFoundByUs: [...planted].filter((p) => oursAt.has(p)).length,
    plantedFoundBySecretlint: [...planted].filter((p) => theirsAt.has(p)).length,
    secretlintOnly: secretlintOnly.length,
    loadBefore: loadBefore.map((l) => Number(l.toFixed(2))),
    loadAfter: loadAfter.map((l) => Number(l.toFixed(2))),
    environment: childEnvNote(),
  };
  if (print) printReport(dir, r, cli);
  return r;
}

function printReport(dir, r, cli) {
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const rel = relative(process.cwd(), cli) || cli;
  console.log('');
  console.log(`Secret scan of ${dir}, median of ${r.runs} alternating run(s), load average ${r.loadBefore.join(' ')} → ${r.loadAfter.join(' ')}:`);
  console.log(`  openchoreo-gitops (node ${rel} policy DIR --checks secrets --format json)  ${s(r.ours)}  [${r.oursAll.join(', ')} ms]`);
  console.log(`  secretlint 13 (secretlint "**/*", recommend preset)                       ${s(r.secretlint)}  [${r.secretlintAll.join(', ')} ms]`);
  if (r.environment) console.log(`  ${r.environment}`);
  console.log(`  speed-up: ${r.speedup.toFixed(2)}x (${r.speedup >= 5 ? 'meets' : 'does NOT meet'} the 5x goal)`);
  if (r.oursCpu !== undefined) console.log(`  CPU time (user + system, all threads): ours ${s(r.oursCpu)}, secretlint ${s(r.secretlintCpu)}, ${(r.secretlintCpu / r.oursCpu).toFixed(1)}x`);
  console.log(`  findings: ours ${r.oursFound}, secretlint ${r.secretlintFound}`);
  console.log(`  planted plaintext POSTGRES_PASSWORD values: ${r.planted}; found by us ${r.plantedFoundByUs}, by secretlint ${r.plantedFoundBySecretlint}`);
  console.log(`  everything secretlint finds, we find: ${r.secretlintOnly === 0 ? 'yes' : `NO, ${r.secretlintOnly} location(s) only secretlint reports`} (file:line of its ${r.secretlintFound} finding(s))`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? join(root, '.bench', 'repo');
  if (!existsSync(dir)) {
    const { generateRepo } = await import('./generate-repo.mjs');
    mkdirSync(dirname(dir), { recursive: true });
    generateRepo(dir);
  }
  await benchSecrets(dir, { runs: Number(process.env.BENCH_RUNS ?? 5) });
}
