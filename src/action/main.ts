import * as core from '@actions/core';
import { choiceInput, InputError } from './inputs.js';
import { runValidateAction } from './validate.js';

const JOBS = ['validate', 'policy', 'release', 'promote'] as const;

/** The top-level action: `command:` picks the job, which reads the same inputs as its own action. */
export async function runMainAction(workerScript?: URL): Promise<void> {
  const command = choiceInput('command', JOBS, 'validate');
  core.debug(`command: ${command}`);
  switch (command) {
    case 'validate':
      return runValidateAction(workerScript);
    case 'policy':
      return (await import('./policy.js')).runPolicyAction(workerScript);
    default:
      throw new InputError(`The "${command}" job is not available in this version of openchoreo/gitops-action; available: validate, policy.`);
  }
}
