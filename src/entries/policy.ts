import { runPolicyAction } from '../action/policy.js';
import { runAction } from '../action/run-action.js';

runAction(runPolicyAction);
