#!/usr/bin/env node
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { exitCodeFor, sortFindings } from '../core/finding.js';
import { formatByName } from '../core/report/formats.js';
import { formatSarif } from '../core/report/sarif.js';
import { summarize } from '../core/report/summary.js';
import { VERSION } from '../core/version.js';
import { runCommand } from '../commands/run-command.js';
import { isPartWorker, runSecretPartWorkerIfAsked } from '../shell/secret-parts.js';
import { writeFileAtomic } from '../shell/write-file.js';
import { parseCli, USAGE, UsageError } from './args.js';

/** Runs the CLI; returns the exit code (0 clean, 1 findings, 2 usage or environment error). */
export async function main(argv: readonly string[]): Promise<number> {
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
  const result = await runCommand({ ...args, root, context: args.context.map((d) => resolve(d)), workerScript: new URL(import.meta.url) });
  const findings = sortFindings(result.findings);
  const summary = summarize(findings, result.facts);
  const category = `openchoreo-${args.command}`;
  const options = { toolVersion: VERSION, rules: result.rules, color: args.color && process.stdout.isTTY === true, pretty: true, category };
  process.stdout.write(formatByName(args.format)(findings, summary, options));
  if (args.sarif) writeFileAtomic(resolve(args.sarif), formatSarif(findings, summary, options));
  return exitCodeFor(findings, args.failOn);
}

// A worker thread started from this bundle serves its part (the validation part's code is loaded only there);
// otherwise this is the command line.
if (isPartWorker()) {
  if (!runSecretPartWorkerIfAsked()) void import('../shell/validate-parts.js').then((m) => m.runPartWorkerIfAsked());
} else {
  main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`openchoreo-gitops: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
  );
}
