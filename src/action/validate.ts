import * as core from '@actions/core';
import { runValidate } from '../commands/validate.js';
import { booleanInput, choiceInput, FAIL_ON_CHOICES, listInput, versionInput, workspacePath } from './inputs.js';
import { publish } from './publish.js';

/** Entry of the validate action: read inputs, run the command, publish the result. */
export async function runValidateAction(): Promise<void> {
  const root = workspacePath('path', core.getInput('path'));
  const sarifInput = core.getInput('sarif-file');
  const result = await runValidate({ root, openchoreoVersion: versionInput(), ignore: listInput('ignore') });
  await publish(result, {
    sarifFile: sarifInput ? workspacePath('sarif-file', sarifInput) : '',
    failOn: choiceInput('fail-on', FAIL_ON_CHOICES, 'error'),
    annotations: booleanInput('annotations', true),
    summary: booleanInput('job-summary', true),
  });
}
