import { PartWorkers, roleFor, workerScriptBeside } from '../shell/part-workers.js';
import { checksFromEnv } from '../action/raw-inputs.js';

// The worker threads start before the action's code loads (see src/cli/main.ts), when the checks use them.
const workers = new PartWorkers(workerScriptBeside(import.meta.url));
if (roleFor('policy', checksFromEnv())) workers.prestart('secrets');
void import('../action/run-action.js').then(({ runAction }) => runAction(async () => (await import('../action/policy.js')).runPolicyAction(workers), workers));
