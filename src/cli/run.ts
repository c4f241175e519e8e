import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { exitCodeFor, sortFindings } from '../core/finding.js';
import { formatByName } from '../core/report/formats.js';
import { formatSarif } from '../core/report/sarif.js';
import { summarize } from '../core/report/summary.js';
import { VERSION } from '../core/version.js';
import { runCommand } from '../commands/run-command.js';
import type { PartWorkers } from '../shell/part-workers.js';
import { bundleFingerprint } from '../shell/validate-cache-file.js';
import { writeFileAtomic } from '../shell/write-file.js';
import { parseCli, USAGE, UsageError } from './args.js';

/** Runs the CLI; returns the exit code (0 clean, 1 findings, 2 usage or environment error). */
export async function main(argv: readonly string[], workers?: PartWorkers): Promise<number> {
  let parsed;
  try {
    parsed = parseCli(argv, process.env);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`openchoreo-gitops: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
  if (parsed.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const args = parsed.args;
  const root = resolve(args.dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    process.stderr.write(`openchoreo-gitops: ${args.dir} is not a directory.\n`);
    return 2;
  }
  for (const dir of args.context) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      process.stderr.write(`openchoreo-gitops: --context ${dir} is not a directory.\n`);
      return 2;
    }
  }
  const { cache: cacheDir, ...rest } = args;
  const cache = cacheDir ? { dir: resolve(cacheDir), build: bundleFingerprint(new URL(import.meta.url)) } : undefined;
  const result = await runCommand({ ...rest, root, context: args.context.map((d) => resolve(d)), ...(workers ? { workers } : {}), ...(cache ? { cache } : {}) });
  const findings = sortFindings(result.findings);
  const summary = summarize(findings, result.facts);
  const category = `openchoreo-${args.command}`;
  const options = { toolVersion: VERSION, rules: result.rules, color: args.color && process.stdout.isTTY === true, pretty: true, category };
  process.stdout.write(formatByName(args.format)(findings, summary, options));
  if (args.sarif) writeFileAtomic(resolve(args.sarif), formatSarif(findings, summary, options));
  return exitCodeFor(findings, args.failOn);
}
