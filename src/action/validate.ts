import * as core from '@actions/core';
import { resolve } from 'node:path';
import { runValidate } from '../commands/validate.js';
import { Git } from '../shell/git.js';
import { bundleFingerprint } from '../shell/validate-cache-file.js';
import type { PartWorkers } from '../shell/part-workers.js';
import { readEvent } from './event.js';
import { booleanInput, choiceInput, FAIL_ON_CHOICES, InputError, listInput, versionInput, workspace, workspacePath } from './inputs.js';
import { publish } from './publish.js';

/**
 * The revision to judge the change against: the `base-ref` input, else the pull request's base commit.
 * When it is not in the clone (actions/checkout fetches one commit by default) the immutability checks are
 * skipped with a warning, unless scope is `changed`, which cannot work without it.
 */
async function baseRevision(root: string, scope: 'all' | 'changed'): Promise<string | undefined> {
  const input = core.getInput('base-ref');
  const base = input || readEvent().baseSha;
  if (!base) {
    if (scope === 'changed') throw new InputError('scope "changed" needs a base: run on a pull_request event or set base-ref.');
    return undefined;
  }
  const git = Git.at(root);
  if ((await git.isRepository()) && (await git.revParse(base).then(() => true, () => false))) return base;
  const fix = 'Check out with `fetch-depth: 0` (actions/checkout) so the base commit is in the clone.';
  if (scope === 'changed' || input) throw new InputError(`Base revision ${base} is not in the clone. ${fix}`);
  core.warning(`Immutability checks skipped: the pull request base ${base} is not in the clone. ${fix}`);
  return undefined;
}

/** `cache-dir`: the validation cache, reused only by the same build of this action. */
function cacheInput(): { cache?: { dir: string; build: string } } {
  const dir = core.getInput('cache-dir');
  return dir ? { cache: { dir: resolve(workspace(), dir), build: bundleFingerprint(new URL(import.meta.url)) } } : {};
}

/** Entry of the validate action: read inputs, run the command, publish the result. */
export async function runValidateAction(workers?: PartWorkers): Promise<void> {
  const root = workspacePath('path', core.getInput('path'));
  const scope = choiceInput('scope', ['all', 'changed'] as const, 'all');
  const sarifInput = core.getInput('sarif-file');
  const result = await runValidate({
    root,
    openchoreoVersion: versionInput(),
    ignore: listInput('ignore'),
    context: listInput('context').map((dir) => workspacePath('context', dir)),
    base: await baseRevision(root, scope),
    scope,
    workers,
    ...cacheInput(),
  });
  await publish(result, {
    sarifFile: sarifInput ? workspacePath('sarif-file', sarifInput) : '',
    failOn: choiceInput('fail-on', FAIL_ON_CHOICES, 'error'),
    annotations: booleanInput('annotations', true),
    summary: booleanInput('job-summary', true),
  });
}
