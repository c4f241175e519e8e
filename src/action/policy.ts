import * as core from '@actions/core';
import { context } from '@actions/github';
import { runPolicy, type PullRequestRef } from '../commands/policy.js';
import { formatOwnersMarkdown } from '../core/policy-report.js';
import { createGitHubClient } from '../shell/github-client.js';
import { booleanInput, choiceInput, FAIL_ON_CHOICES, listInput, workspacePath } from './inputs.js';
import { publish } from './publish.js';

interface PullRequestPayload {
  number: number;
  head: { sha: string };
  base: { sha: string };
}

/** The pull request this run is about, from the event payload (pull_request and pull_request_target only). */
function pullRequestOfEvent(): { ref: PullRequestRef; baseSha: string } | undefined {
  const pr = context.payload.pull_request as PullRequestPayload | undefined;
  if (!pr || !context.eventName.startsWith('pull_request')) return undefined;
  const { owner, repo } = context.repo;
  return { ref: { owner, repo, number: pr.number, headSha: pr.head.sha }, baseSha: pr.base.sha };
}

/** Entry of the policy action: read inputs, run the command, publish the result (summary with owners first). */
export async function runPolicyAction(): Promise<void> {
  const root = workspacePath('path', core.getInput('path'));
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const event = pullRequestOfEvent();
  const base = core.getInput('base-ref') || event?.baseSha;
  const scope = choiceInput('scope', ['all', 'changed'] as const, 'all');
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
