import { runMainAction } from '../action/main.js';
import { runAction } from '../action/run-action.js';

runAction(runMainAction);
