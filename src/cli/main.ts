#!/usr/bin/env node
import { PartWorkers, roleFor, workerScriptBeside } from '../shell/part-workers.js';
import { parseCli } from './args.js';

/**
 * The `openchoreo-gitops` entry. It starts the worker threads the command will want before it loads the
 * command's code (run.js, a separate chunk of the bundle), so that both load at the same time.
 */
const argv = process.argv.slice(2);
// A reader that stops early (`| head`) is not an error: stop quietly, with the exit code found so far.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit();
});
let threads: number | undefined;
let role: ReturnType<typeof roleFor>;
try {
  const parsed = parseCli(argv, process.env);
  if (parsed.kind === 'run') {
    threads = parsed.args.threads;
    role = roleFor(parsed.args.command, parsed.args.checks);
  }
} catch {
  // A usage error: run.js reports it.
}
const workers = new PartWorkers(workerScriptBeside(import.meta.url), threads);
if (role) workers.prestart(role);
import('./run.js')
  .then(({ main }) => main(argv, workers))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`openchoreo-gitops: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  )
  .finally(() => workers.close());
