import * as core from '@actions/core';
import { POLICY_CHECKS, type PolicyCheck } from '../cli/args.js';
import { runPolicy, type PullRequestRef } from '../commands/policy.js';
import { formatOwnersMarkdown } from '../core/policy-report.js';
import { createGitHubClient } from '../shell/github-client.js';
import type { PartWorkers } from '../shell/part-workers.js';
import { readEvent } from './event.js';
import { booleanInput, choiceInput, FAIL_ON_CHOICES, InputError, listInput, workspacePath } from './inputs.js';
import { publish } from './publish.js';

/** The pull request this run is about, from the event payload (pull_request and pull_request_target only). */
function pullRequestOfEvent(): { ref: PullRequestRef; baseSha: string } | undefined {
  const event = readEvent();
  if (!event.pullRequest || !event.repository || !event.name.startsWith('pull_request')) return undefined;
  const { number, headSha } = event.pullRequest;
  return { ref: { ...event.repository, number, headSha }, baseSha: event.baseSha ?? '' };
}

/** `checks`: the policy checks to run, comma-separated or one per line; empty runs them all. */
function checksInput(): PolicyCheck[] | undefined {
  const names = listInput('checks');
  if (names.length === 0) return undefined;
  for (const n of names) {
    if (!(POLICY_CHECKS as readonly string[]).includes(n)) {
      throw new InputError(`Input "checks" takes ${POLICY_CHECKS.join(', ')} (comma-separated); got "${n}".`);
    }
  }
  return POLICY_CHECKS.filter((c) => names.includes(c));
}

/**
 * Entry of the policy action: read inputs, run the command, publish the result (summary with owners first).
 * `workers`: threads the secret scan may share its work with.
 */
export async function runPolicyAction(workers?: PartWorkers): Promise<void> {
  const root = workspacePath('path', core.getInput('path'));
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const event = pullRequestOfEvent();
  const base = core.getInput('base-ref') || event?.baseSha;
  const scope = choiceInput('scope', ['all', 'changed'] as const, 'all');
  const checks = checksInput();
  const github = token && event ? createGitHubClient({ token, baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com', log: (level, message) => (level === 'debug' ? core.debug(message) : core.info(message)) }) : undefined;
  core.debug(`policy: root=${root} scope=${scope} base=${base ?? '(none)'} pull request=${event ? `#${event.ref.number}` : '(none)'}`);
  const result = await runPolicy({
    root,
    ...(base ? { base } : {}),
    scope,
    ignore: listInput('ignore'),
    requireOwnerApproval: booleanInput('require-owner-approval', false),
    verifyOwners: booleanInput('verify-owners', false),
    ...(event ? { pullRequest: event.ref } : {}),
    ...(github ? { github } : {}),
    ...(checks ? { checks } : {}),
    ...(workers ? { workers } : {}),
  });
  const sarifInput = core.getInput('sarif-file');
  await publish(result, {
    sarifFile: sarifInput ? workspacePath('sarif-file', sarifInput) : '',
    failOn: choiceInput('fail-on', FAIL_ON_CHOICES, 'error'),
    annotations: booleanInput('annotations', true),
    summary: booleanInput('job-summary', true),
    extraSummary: formatOwnersMarkdown(result.owners),
  });
}
