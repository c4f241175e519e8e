import { runPolicyAction } from '../action/policy.js';
import { runAction } from '../action/run-action.js';
import { runSecretPartWorkerIfAsked } from '../shell/secret-parts.js';

if (!runSecretPartWorkerIfAsked()) runAction(() => runPolicyAction(new URL(import.meta.url)));
