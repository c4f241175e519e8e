import { runValidateAction } from '../action/validate.js';
import { runAction } from '../action/run-action.js';

runAction(runValidateAction);
