#!/usr/bin/env node
// Builds the actions and the CLI: tsc compiles src/ to build/ (ESM JavaScript), then ncc bundles each entry
// point into dist/<name>/index.js with its own package.json, so the actions run from the committed dist/ with
// no npm install. Type errors are reported by `npm run typecheck` (part of `npm test`), not here.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => join(root, 'node_modules', ...pkg.split('/'), file);

/** dist/<name>/index.js ← entry (relative to build/). */
export const ENTRIES = {
  main: 'src/entries/main.js',
  validate: 'src/entries/validate.js',
  policy: 'src/entries/policy.js',
  cli: 'src/cli/main.js',
  /** The worker threads of every job above (see src/shell/part-workers.ts). */
  worker: 'src/entries/worker.js',
};

const build = join(root, 'build');
rmSync(build, { recursive: true, force: true });
try {
  execFileSync(process.execPath, [bin('typescript', 'bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'pipe' });
} catch {
  // Emitted anyway; `npm run typecheck` reports the errors.
}
for (const dir of ['crds', 'validators']) cpSync(join(root, 'schemas', dir), join(build, 'schemas', dir), { recursive: true });

const only = process.argv.slice(2);
for (const [name, entry] of Object.entries(ENTRIES)) {
  if (only.length && !only.includes(name)) continue;
  const out = join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [bin('@vercel/ncc', 'dist/ncc/cli.js'), 'build', join(build, entry), '-o', out, '--quiet', '--license', 'licenses.txt'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const index = join(out, 'index.js');
  if (name === 'cli') {
    const code = readFileSync(index, 'utf8');
    if (!code.startsWith('#!')) writeFileSync(index, `#!/usr/bin/env node\n${code}`);
    chmodSync(index, 0o755);
  }
  console.log(`dist/${name}/index.js`);
}
