import { runMainAction } from '../action/main.js';
import { runAction } from '../action/run-action.js';
import { runPartWorkerIfAsked } from '../shell/validate-parts.js';

if (!runPartWorkerIfAsked()) runAction(() => runMainAction(new URL(import.meta.url)));
