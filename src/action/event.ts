import { readFileSync } from 'node:fs';

/** The parts of the triggering event this action reads. */
export interface EventFacts {
  name: string;
  /** Base commit of a pull_request event. */
  baseSha?: string;
  pullRequest?: { number: number; headSha: string; baseRef: string };
  /** From GITHUB_REPOSITORY (`owner/repo`). */
  repository?: { owner: string; repo: string };
}

/** Reads GITHUB_EVENT_NAME and the payload at GITHUB_EVENT_PATH; a missing or broken payload gives no facts. */
export function readEvent(env: NodeJS.ProcessEnv = process.env): EventFacts {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const repository = owner && repo ? { owner, repo } : undefined;
  let payload: any;
  try {
    payload = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : undefined;
  } catch {
    payload = undefined;
  }
  const pr = payload?.pull_request;
  if (!pr || typeof pr.number !== 'number') return { name, repository };
  return {
    name,
    repository,
    baseSha: typeof pr.base?.sha === 'string' ? pr.base.sha : undefined,
    pullRequest: { number: pr.number, headSha: String(pr.head?.sha ?? ''), baseRef: String(pr.base?.ref ?? '') },
  };
}
