import type { PolicyCheck } from '../cli/args.js';
import type { PartWorkers } from '../shell/part-workers.js';
import type { CommandResult } from './validate.js';

/** Settings every command understands; each command reads the ones it needs. */
export interface CommandSettings {
  command: 'validate' | 'policy';
  root: string;
  openchoreoVersion: string;
  ignore: string[];
  base: string | undefined;
  context: string[];
  scope: 'all' | 'changed';
  /** policy: the checks to run; undefined runs them all. */
  checks?: readonly PolicyCheck[];
  /** Worker threads heavy work can be shared with. */
  workers?: PartWorkers;
  /** validate: the validation cache (directory, and the fingerprint of the code). */
  cache?: { dir: string; build: string };
}

/**
 * Runs one command on a checkout. Each command's code is loaded on demand, so the CLI bundle starts with
 * only what parses the command line and prints the result: the policy job never loads the validator
 * (CEL, schemas), and validate never loads the GitHub client and scanners.
 */
export async function runCommand(settings: CommandSettings): Promise<CommandResult> {
  switch (settings.command) {
    case 'validate': {
      const { runValidate } = await import('./validate.js');
      return runValidate(settings);
    }
    case 'policy': {
      const { runPolicy } = await import('./policy.js');
      return runPolicy({
        root: settings.root,
        base: settings.base,
        scope: settings.scope,
        ignore: settings.ignore,
        requireOwnerApproval: false,
        ...(settings.checks ? { checks: settings.checks } : {}),
        ...(settings.workers ? { workers: settings.workers } : {}),
      });
    }
  }
}
