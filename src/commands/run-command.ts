import { runValidate, type CommandResult } from './validate.js';

/** Settings every command understands; each command reads the ones it needs. */
export interface CommandSettings {
  command: 'validate' | 'policy';
  root: string;
  openchoreoVersion: string;
  ignore: string[];
  base: string | undefined;
  context: string[];
  scope: 'all' | 'changed';
  /** The running bundle, so heavy work can go to worker threads started from it. */
  workerScript?: URL;
}

/** Runs one command on a checkout. */
export async function runCommand(settings: CommandSettings): Promise<CommandResult> {
  switch (settings.command) {
    case 'validate':
      return runValidate(settings);
    case 'policy': {
      // Loaded on demand: the policy job's code (GitHub client, scanners) is not needed to validate.
      const { runPolicy } = await import('./policy.js');
      return runPolicy({ root: settings.root, base: settings.base, scope: settings.scope, ignore: settings.ignore, requireOwnerApproval: false });
    }
  }
}
