import { PartWorkers, roleFor, workerScriptBeside } from '../shell/part-workers.js';
import { checksFromEnv, rawInput } from '../action/raw-inputs.js';

// The worker threads start before the action's code loads (see src/cli/main.ts), when the job uses them.
const workers = new PartWorkers(workerScriptBeside(import.meta.url));
const role = roleFor(rawInput('command') || 'validate', checksFromEnv());
if (role) workers.prestart(role);
void import('../action/run-action.js').then(({ runAction }) => runAction(async () => (await import('../action/main.js')).runMainAction(workers), workers));
