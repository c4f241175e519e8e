import { runMainAction } from '../action/main.js';
import { runAction } from '../action/run-action.js';
import { runSecretPartWorkerIfAsked } from '../shell/secret-parts.js';
import { runPartWorkerIfAsked } from '../shell/validate-parts.js';

if (!runPartWorkerIfAsked() && !runSecretPartWorkerIfAsked()) runAction(() => runMainAction(new URL(import.meta.url)));
