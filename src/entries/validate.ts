import { PartWorkers, workerScriptBeside } from '../shell/part-workers.js';

// The worker threads start before the action's code loads (see src/cli/main.ts).
const workers = new PartWorkers(workerScriptBeside(import.meta.url)).prestart('validate');
void import('../action/run-action.js').then(({ runAction }) => runAction(async () => (await import('../action/validate.js')).runValidateAction(workers), workers));
