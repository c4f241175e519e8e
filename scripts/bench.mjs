#!/usr/bin/env node
// npm run bench: generates a large valid OpenChoreo repository and prints, in the same run, how long
// `openchoreo-gitops validate` (the built CLI, as a subprocess) takes next to (a) the floor: js-yaml 4 parsing
// every file, and (b) a naive schema-only pipeline: parse everything, compile the CRD schemas with Ajv,
// validate each document; validate is also timed with a warm validation cache (--cache), unchanged and with 1% of
// the files edited. Then the secret scan next to secretlint 13, when its bench module is present.
// Options: --repo DIR (default .bench/repo), --runs N (default 3; the median is reported), --secret-runs N
// (alternating pairs of the secret scan and secretlint, default 9: on a shared 2-CPU machine either tool's
// time varies by 20-30% from run to run), --yaml (also time the `yaml` package's parseAllDocuments, ~10 s).
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import jsyaml from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import { Ajv } from 'ajv';
import { childEnv, childEnvNote } from './bench/child-env.mjs';
import { generateRepo } from './bench/generate-repo.mjs';
import { structuralToAjv } from './lib/structural-to-ajv.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { repo: { type: 'string', default: join(root, '.bench', 'repo') }, runs: { type: 'string', default: '3' }, 'secret-runs': { type: 'string', default: '9' }, yaml: { type: 'boolean', default: false } } });
const runs = Math.max(1, Number(values.runs));
const cli = join(root, 'dist', 'cli', 'index.js');
if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first.');
  process.exit(2);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
};
const timeRuns = (fn) => {
  const all = [];
  let value;
  for (let i = 0; i < runs; i++) {
    const r = time(fn);
    all.push(r.ms);
    value = r.value;
  }
  return { ms: median(all), value };
};
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

const gen = time(() => generateRepo(values.repo));
console.log(`Generated ${values.repo}: ${gen.value.files} files, ${gen.value.manifests} manifests, ${(gen.value.bytes / 1048576).toFixed(1)} MB in ${s(gen.ms)}`);

const files = [];
(function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.ya?ml$/.test(e.name)) files.push(p);
  }
})(values.repo);

const read = timeRuns(() => files.map((f) => readFileSync(f, 'utf8')));
const texts = read.value;
const floor = timeRuns(() => {
  let n = 0;
  for (const t of texts) jsyaml.loadAll(t, () => n++);
  return n;
});

const naive = timeRuns(() => {
  const crds = JSON.parse(readFileSync(join(root, 'schemas', 'v1.2.3.json'), 'utf8')).kinds;
  const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: true });
  const validators = new Map();
  let invalid = 0;
  for (const f of files) {
    for (const doc of jsyaml.loadAll(readFileSync(f, 'utf8'))) {
      if (!doc || typeof doc !== 'object' || !crds[doc.kind]) continue;
      let v = validators.get(doc.kind);
      if (!v) validators.set(doc.kind, (v = ajv.compile(structuralToAjv(crds[doc.kind].schema))));
      if (!v(doc)) invalid++;
    }
  }
  return invalid;
});

const validate = (...extra) => {
  const r = spawnSync(process.execPath, [cli, 'validate', values.repo, '--format', 'json', ...extra], { env: childEnv().env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`validate exited ${r.status}: ${r.stderr || r.stdout.slice(0, 2000)}`);
  return JSON.parse(r.stdout).summary;
};
const ours = timeRuns(() => validate());

// The validation cache (--cache): primed by one untimed run, then (a) nothing changed, (b) a pull request's
// worth of change: 1% of the files edited before each run, so those are parsed and judged again.
const cacheDir = mkdtempSync(join(tmpdir(), 'ocg-bench-cache-'));
validate('--cache', cacheDir);
const warm = timeRuns(() => validate('--cache', cacheDir));
const edited = files.filter((_, i) => i % 100 === 0);
let edit = 0;
const pr = timeRuns(() => {
  edit++;
  for (const f of edited) appendFileSync(f, `# bench edit ${edit}\n`);
  return validate('--cache', cacheDir);
});
rmSync(cacheDir, { recursive: true, force: true });

console.log('');
console.log(`Validation of ${files.length} files (${ours.value.resources} resources), median of ${runs} run(s), ${os()}:`);
console.log(`  read every file                                  ${s(read.ms)}`);
console.log(`  floor: js-yaml 4 parse of every file             ${s(floor.ms)}`);
if (values.yaml) {
  const y = timeRuns(() => texts.reduce((n, t) => n + parseAllDocuments(t).length, 0));
  console.log(`  yaml parseAllDocuments of every file             ${s(y.ms)}  (${(y.ms / floor.ms).toFixed(1)}x floor)`);
}
console.log(`  naive Ajv pipeline (read+parse+compile+validate) ${s(naive.ms)}  (${(naive.ms / floor.ms).toFixed(2)}x floor)`);
const line = (label, r) =>
  console.log(`  ${label.padEnd(49)}${s(r.ms)}  (${(r.ms / floor.ms).toFixed(2)}x floor; ${Math.round(r.value.resources / (r.ms / 1000))} manifests/s; ${r.value.errors} errors)`);
const verdict = (label, r) =>
  console.log(`  verdict, ${label}: ${r.ms <= 1.5 * floor.ms ? 'within' : 'NOT within'} 1.5x the floor; ${r.ms < naive.ms ? 'faster' : 'NOT faster'} than the naive pipeline`);
line('openchoreo-gitops validate (CLI, full checks)', ours);
line('  same, warm --cache, nothing changed', warm);
line(`  same, warm --cache, ${edited.length} files (1%) changed`, pr);
const environment = childEnvNote();
if (environment) console.log(`  the CLI runs as a subprocess; ${environment}`);
verdict('no cache', ours);
verdict('warm cache, 1% changed', pr);

const secretsBench = join(root, 'scripts', 'bench', 'secrets.mjs');
if (existsSync(secretsBench)) {
  const { benchSecrets } = await import(secretsBench);
  await benchSecrets(values.repo, { runs: Math.max(1, Number(values['secret-runs'])) });
}

function os() {
  try {
    return `${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores, Node ${process.version}`;
  } catch {
    return `Node ${process.version}`;
  }
}
