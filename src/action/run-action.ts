import * as core from '@actions/core';
import { InputError } from './inputs.js';

/** Runs an action entry with the one place that turns a thrown error into a failed step. */
export function runAction(entry: () => Promise<void>): void {
  entry().catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    core.setFailed(err instanceof InputError ? message : `openchoreo-gitops failed: ${message}`);
  });
}
