import type { CommandResult } from './validate.js';
import { runValidate } from './validate.js';

/** Settings every command understands; each command reads the ones it needs. */
export interface CommandSettings {
  command: 'validate' | 'policy';
  root: string;
  openchoreoVersion: string;
  ignore: string[];
  base: string | undefined;
  context: string[];
  scope: 'all' | 'changed';
}

/** Runs one command on a checkout. */
export async function runCommand(settings: CommandSettings): Promise<CommandResult> {
  switch (settings.command) {
    case 'validate':
      return runValidate({ root: settings.root, openchoreoVersion: settings.openchoreoVersion, ignore: settings.ignore });
    case 'policy':
      throw new Error('The policy command is not available yet.');
  }
}
