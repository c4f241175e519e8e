import * as core from '@actions/core';
import type { PartWorkers } from '../shell/part-workers.js';
import { choiceInput, InputError } from './inputs.js';
import { runValidateAction } from './validate.js';

const JOBS = ['validate', 'policy', 'release', 'promote'] as const;

/** The top-level action: `command:` picks the job, which reads the same inputs as its own action. */
export async function runMainAction(workers?: PartWorkers): Promise<void> {
  const command = choiceInput('command', JOBS, 'validate');
  core.debug(`command: ${command}`);
  switch (command) {
    case 'validate':
      return runValidateAction(workers);
    case 'policy':
      return (await import('./policy.js')).runPolicyAction(workers);
    default:
      throw new InputError(`The "${command}" job is not available in this version of openchoreo/gitops-action; available: validate, policy.`);
  }
}
