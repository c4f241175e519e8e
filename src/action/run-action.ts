import * as core from '@actions/core';
import type { PartWorkers } from '../shell/part-workers.js';
import { InputError } from './inputs.js';

/**
 * Runs an action entry with the one place that turns a thrown error into a failed step; the worker threads
 * the entry started are stopped when it is done.
 */
export function runAction(entry: () => Promise<void>, workers?: PartWorkers): void {
  entry()
    .catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      core.setFailed(err instanceof InputError ? message : `openchoreo-gitops failed: ${message}`);
    })
    .finally(() => workers?.close());
}
