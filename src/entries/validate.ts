import { runValidateAction } from '../action/validate.js';
import { runAction } from '../action/run-action.js';
import { runPartWorkerIfAsked } from '../shell/validate-parts.js';

if (!runPartWorkerIfAsked()) runAction(() => runValidateAction(new URL(import.meta.url)));
