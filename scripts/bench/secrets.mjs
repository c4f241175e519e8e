// Secret scan benchmark: our scanner and secretlint 13 (recommend preset) on the same directory, in the same
// run, each as its own process timed from spawn to exit (startup, file walk, reading and scanning included).
//
//   import { benchSecrets } from './scripts/bench/secrets.mjs';
//   const r = await benchSecrets('.bench/repo');   // {ours, secretlint, oursFound, secretlintFound, ...}
//
// Ours runs the library entry (a plain directory walk like secretlint's, then `scanSecrets`), compiled once by
// tsc into .bench/secrets-tsc (not timed). When the built CLI exists, the whole `policy` command is timed too
// (`oursCli`): it also parses every manifest and checks CODEOWNERS, so it is reported apart.
// Each tool runs `runs` times, interleaved; the median is reported. Wall time is the headline; CPU time
// (from /usr/bin/time, when present) is printed too, since a loaded machine stretches wall times unevenly.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const buildDir = join(root, '.bench', 'secrets-tsc');

/** Compiles src/ with tsc into .bench/secrets-tsc and writes the entry that reads a directory and scans it. */
export function buildScanner() {
  rmSync(buildDir, { recursive: true, force: true });
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', buildDir], { cwd: root, stdio: 'pipe' });
  } catch {
    // Emitted anyway; type errors are `npm run typecheck`'s business.
  }
  const entry = join(buildDir, 'scan-entry.mjs');
  writeFileSync(entry, `import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScannedTextFile, scanSecrets } from './src/core/secrets/index.js';
const root = process.argv[2];
const files = [];
const walk = (dir, rel) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '.git' || e.name === 'node_modules') continue;
    const path = rel ? rel + '/' + e.name : e.name;
    if (e.isDirectory()) walk(join(dir, e.name), path);
    else if (e.isFile() && isScannedTextFile(path)) files.push({ path, text: readFileSync(join(dir, e.name), 'utf8') });
  }
};
walk(root, '');
const { findings } = scanSecrets({ files });
process.stdout.write(JSON.stringify(findings.map((f) => ({ file: f.file, line: f.line, ruleId: f.ruleId }))));
`);
  return entry;
}

const TIME_BIN = '/usr/bin/time';
const hasTime = existsSync(TIME_BIN);

/** Runs a process; wall time always, CPU time (user + system, all threads) when /usr/bin/time exists. */
function timed(command, args, cwd) {
  const [cmd, argv] = hasTime ? [TIME_BIN, ['-f', '__cpu__ %U %S', command, ...args]] : [command, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
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

export function runOurs(entry, dir) {
  const r = timed(process.execPath, [entry, dir], root);
  if (r.status !== 0) throw new Error(`secret scan failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  return { ms: r.ms, cpuMs: r.cpuMs, found: JSON.parse(r.stdout) };
}

function runCli(dir) {
  const cli = join(root, 'dist', 'cli', 'index.js');
  if (!existsSync(cli)) return undefined;
  const r = timed(process.execPath, [cli, 'policy', dir, '--format', 'json'], root);
  try {
    const findings = JSON.parse(r.stdout).findings ?? [];
    return { ms: r.ms, found: findings.filter((f) => String(f.ruleId).startsWith('secrets/')).length };
  } catch {
    return { ms: r.ms, found: -1 };
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** True when one of ours is at the secretlint location (same file; a block value may start one line above). */
export const covers = (ours, hit) => ours.some((o) => o.file === hit.file && (o.line === hit.line || o.line === hit.line - 1));

export async function benchSecrets(repoDir, { runs = 3, cli = true } = {}) {
  const dir = resolve(repoDir);
  const entry = buildScanner();
  const oursMs = [];
  const secretlintMs = [];
  const oursCpu = [];
  const secretlintCpu = [];
  const cliMs = [];
  let ours = [];
  let theirs = [];
  let cliFound;
  for (let i = 0; i < runs; i++) {
    const o = runOurs(entry, dir);
    oursMs.push(o.ms);
    if (o.cpuMs !== undefined) oursCpu.push(o.cpuMs);
    ours = o.found;
    const s = runSecretlint(dir);
    secretlintMs.push(s.ms);
    if (s.cpuMs !== undefined) secretlintCpu.push(s.cpuMs);
    theirs = s.found;
    const c = cli ? runCli(dir) : undefined;
    if (c) {
      cliMs.push(c.ms);
      cliFound = c.found;
    }
  }
  const missedBySecretlint = ours.filter((o) => !theirs.some((t) => t.file === o.file && (t.line === o.line || t.line === o.line + 1))).length;
  const secretlintOnly = theirs.filter((t) => !covers(ours, t));
  return {
    ours: Math.round(median(oursMs)),
    secretlint: Math.round(median(secretlintMs)),
    speedup: Number((median(secretlintMs) / median(oursMs)).toFixed(1)),
    oursFound: ours.length,
    secretlintFound: theirs.length,
    missedBySecretlint,
    secretlintOnly: secretlintOnly.length,
    ...(oursCpu.length && secretlintCpu.length ? { oursCpu: Math.round(median(oursCpu)), secretlintCpu: Math.round(median(secretlintCpu)) } : {}),
    ...(cliMs.length ? { oursCli: Math.round(median(cliMs)), oursCliFound: cliFound } : {}),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? join(root, '.bench', 'repo');
  if (!existsSync(dir)) {
    const { generateRepo } = await import('./generate-repo.mjs');
    mkdirSync(dirname(dir), { recursive: true });
    generateRepo(dir);
  }
  const r = await benchSecrets(dir, { runs: Number(process.env.BENCH_RUNS ?? 3) });
  console.log(`secret scan of ${dir}: ours ${r.ours} ms (${r.oursFound} found), secretlint ${r.secretlint} ms (${r.secretlintFound} found), ${r.speedup}x; missed by secretlint ${r.missedBySecretlint}, found only by secretlint ${r.secretlintOnly}`);
  if (r.oursCpu !== undefined) console.log(`CPU time (user + system): ours ${r.oursCpu} ms, secretlint ${r.secretlintCpu} ms, ${(r.secretlintCpu / r.oursCpu).toFixed(1)}x`);
  if (r.oursCli !== undefined) console.log(`whole policy command (CLI, parses every manifest, CODEOWNERS): ${r.oursCli} ms, ${r.oursCliFound} secret findings`);
}
