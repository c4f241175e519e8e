/**
 * Real webhook payloads (from @octokit/webhooks-examples) adapted to a test repository, for
 * GITHUB_EVENT_PATH. Each helper returns the payload plus the GITHUB_SHA/GITHUB_REF the runner
 * would set for that event.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A webhook payload (JSON as GitHub sends it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Payload = Record<string, any>;

export interface RunnerEvent {
  /** GITHUB_EVENT_NAME */
  name: 'pull_request' | 'push' | 'workflow_dispatch';
  payload: Payload;
  /** GITHUB_SHA and GITHUB_REF */
  sha: string;
  ref: string;
  /** GITHUB_HEAD_REF / GITHUB_BASE_REF (pull requests only) */
  headRef?: string;
  baseRef?: string;
}

export interface RepoCoordinates { owner: string; repo: string }

interface ExampleSet { name: string; examples: Payload[] }

let examples: ExampleSet[] | undefined;

/** A deep copy of the first example of `event` accepted by `pick`. */
function example(event: string, pick: (payload: Payload) => boolean): Payload {
  if (!examples) {
    const file = createRequire(import.meta.url).resolve('@octokit/webhooks-examples/api.github.com/index.json');
    examples = JSON.parse(readFileSync(file, 'utf8')) as ExampleSet[];
  }
  const found = examples.find((e) => e.name === event)?.examples.find(pick);
  if (!found) throw new Error(`no ${event} example matches`);
  return structuredClone(found);
}

function adaptRepository(payload: Payload, { owner, repo }: RepoCoordinates): Payload {
  const repository = payload.repository;
  repository.name = repo;
  repository.full_name = `${owner}/${repo}`;
  repository.owner.login = owner;
  repository.html_url = `https://github.com/${owner}/${repo}`;
  repository.default_branch = 'main';
  return repository;
}

/** `pull_request` opened or synchronize, from `headRef`@`headSha` into `baseRef`@`baseSha`. */
export function pullRequestEvent(input: RepoCoordinates & {
  action: 'opened' | 'synchronize'; number: number; headRef: string; headSha: string; baseRef: string; baseSha: string;
  /** GITHUB_SHA: the merge commit the runner checks out (default: headSha). */
  mergeSha?: string;
}): RunnerEvent {
  const payload = example('pull_request', (p) => p.action === input.action);
  const repository = adaptRepository(payload, input);
  payload.number = input.number;
  const pr = payload.pull_request;
  pr.number = input.number;
  pr.head = { ...pr.head, ref: input.headRef, sha: input.headSha, label: `${input.owner}:${input.headRef}`, repo: repository };
  pr.base = { ...pr.base, ref: input.baseRef, sha: input.baseSha, label: `${input.owner}:${input.baseRef}`, repo: repository };
  return {
    name: 'pull_request', payload, sha: input.mergeSha ?? input.headSha, ref: `refs/pull/${input.number}/merge`,
    headRef: input.headRef, baseRef: input.baseRef,
  };
}

/** `push` of a new tag pointing at `sha`. */
export function tagPushEvent(input: RepoCoordinates & { tag: string; sha: string }): RunnerEvent {
  const payload = example('push', (p) => typeof p.ref === 'string' && p.ref.startsWith('refs/tags/') && p.created === true);
  adaptRepository(payload, input);
  payload.ref = `refs/tags/${input.tag}`;
  payload.before = '0'.repeat(40);
  payload.after = input.sha;
  if (payload.head_commit) payload.head_commit.id = input.sha;
  return { name: 'push', payload, sha: input.sha, ref: payload.ref };
}

/** `workflow_dispatch` on `branch`@`sha` with string `inputs`. */
export function workflowDispatchEvent(input: RepoCoordinates & { branch: string; sha: string; inputs?: Record<string, string> }): RunnerEvent {
  const payload = example('workflow_dispatch', () => true);
  adaptRepository(payload, input);
  payload.ref = `refs/heads/${input.branch}`;
  payload.inputs = input.inputs ?? {};
  return { name: 'workflow_dispatch', payload, sha: input.sha, ref: payload.ref };
}
