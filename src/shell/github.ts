/**
 * GitHub operations the jobs need, taking plain domain arguments (never action inputs).
 * Built on createGitHubClient, so retries and rate limits are handled by the octokit plugins.
 */
import type { GitHubClient } from './github-client.js';

export interface RepoId { owner: string; repo: string }
export interface PullRequestId extends RepoId { pullNumber: number }

export interface PullRequestInput extends RepoId {
  /** Head branch in the same repository. */
  head: string;
  base: string;
  title: string;
  body: string;
}

export interface PullRequestRef { number: number; url: string; headSha: string }

export interface ChangedFile {
  path: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previousPath?: string;
  additions: number;
  deletions: number;
}

export interface Review { id: number; login: string | null; state: string; commitId: string | null; submittedAt?: string }

export interface CodeownersError { line: number; column: number; kind: string; message: string; path: string; suggestion?: string | null }

export interface CollaboratorPermission {
  /** Legacy permission: admin, write, read or none. */
  permission: string;
  /** Role name, e.g. maintain or triage, or a custom role. */
  roleName: string;
}

function hasStatus(error: unknown, status: number): boolean {
  return typeof error === 'object' && error !== null && 'status' in error && error.status === status;
}

function isPullRequestAlreadyExists(error: unknown): boolean {
  if (!hasStatus(error, 422)) return false;
  const data = (error as { response?: { data?: { errors?: Array<{ message?: string }> } } }).response?.data;
  return (data?.errors ?? []).some((e) => /a pull request already exists/i.test(e.message ?? ''));
}

/** `undefined` when the call answers 404, the result otherwise. */
async function unlessNotFound<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (hasStatus(error, 404)) return undefined;
    throw error;
  }
}

const PER_PAGE = 100;

export class GitHub {
  constructor(private readonly client: GitHubClient) {}

  /** The open pull request from `head` into `base`, if any. */
  async findOpenPullRequest(input: RepoId & { head: string; base: string }): Promise<PullRequestRef | undefined> {
    const { data } = await this.client.request('GET /repos/{owner}/{repo}/pulls', {
      owner: input.owner, repo: input.repo, head: `${input.owner}:${input.head}`, base: input.base, state: 'open', per_page: PER_PAGE,
    });
    const pull = data.find((p) => p.head.ref === input.head && p.base.ref === input.base);
    return pull ? { number: pull.number, url: pull.html_url, headSha: pull.head.sha } : undefined;
  }

  /**
   * Opens the pull request, or updates the title and body of the open one for the same branches.
   * Idempotent: a create whose reply was lost (and was retried into "already exists") ends as an update.
   */
  async findOrCreatePullRequest(input: PullRequestInput): Promise<PullRequestRef & { created: boolean }> {
    const existing = await this.findOpenPullRequest(input);
    if (existing) return { ...(await this.updatePullRequest(input, existing.number)), created: false };
    try {
      const { data } = await this.client.request('POST /repos/{owner}/{repo}/pulls', {
        owner: input.owner, repo: input.repo, head: input.head, base: input.base, title: input.title, body: input.body,
      });
      return { number: data.number, url: data.html_url, headSha: data.head.sha, created: true };
    } catch (error) {
      if (!isPullRequestAlreadyExists(error)) throw error;
      const found = await this.findOpenPullRequest(input);
      if (!found) throw error;
      return { ...(await this.updatePullRequest(input, found.number)), created: false };
    }
  }

  private async updatePullRequest(input: PullRequestInput, pullNumber: number): Promise<PullRequestRef> {
    const { data } = await this.client.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: input.owner, repo: input.repo, pull_number: pullNumber, title: input.title, body: input.body,
    });
    return { number: data.number, url: data.html_url, headSha: data.head.sha };
  }

  async listPullRequestFiles(id: PullRequestId): Promise<ChangedFile[]> {
    const files: ChangedFile[] = [];
    for (let page = 1; ; page++) {
      const { data } = await this.client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        owner: id.owner, repo: id.repo, pull_number: id.pullNumber, per_page: PER_PAGE, page,
      });
      for (const f of data) {
        files.push({ path: f.filename, status: f.status, additions: f.additions, deletions: f.deletions, ...(f.previous_filename ? { previousPath: f.previous_filename } : {}) });
      }
      if (data.length < PER_PAGE) return files;
    }
  }

  async listPullRequestReviews(id: PullRequestId): Promise<Review[]> {
    const reviews: Review[] = [];
    for (let page = 1; ; page++) {
      const { data } = await this.client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner: id.owner, repo: id.repo, pull_number: id.pullNumber, per_page: PER_PAGE, page,
      });
      for (const r of data) {
        reviews.push({ id: Number(r.id), login: r.user?.login ?? null, state: r.state, commitId: r.commit_id, ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}) });
      }
      if (data.length < PER_PAGE) return reviews;
    }
  }

  async addLabels(id: PullRequestId & { labels: string[] }): Promise<void> {
    await this.client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      owner: id.owner, repo: id.repo, issue_number: id.pullNumber, labels: id.labels,
    });
  }

  async requestReviewers(id: PullRequestId & { users: string[]; teams: string[] }): Promise<void> {
    await this.client.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
      owner: id.owner, repo: id.repo, pull_number: id.pullNumber, reviewers: id.users, team_reviewers: id.teams,
    });
  }

  /** GitHub's own CODEOWNERS parse errors at `ref`; `undefined` when the repository has no CODEOWNERS file. */
  async getCodeownersErrors(input: RepoId & { ref?: string }): Promise<CodeownersError[] | undefined> {
    const response = await unlessNotFound(() => this.client.request('GET /repos/{owner}/{repo}/codeowners/errors', {
      owner: input.owner, repo: input.repo, ...(input.ref ? { ref: input.ref } : {}),
    }));
    return response?.data.errors.map((e) => ({ line: Number(e.line), column: Number(e.column), kind: e.kind, message: e.message, path: e.path, suggestion: e.suggestion }));
  }

  async userExists(login: string): Promise<boolean> {
    return (await unlessNotFound(() => this.client.request('GET /users/{username}', { username: login }))) !== undefined;
  }

  async teamExists(org: string, slug: string): Promise<boolean> {
    return (await unlessNotFound(() => this.client.request('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: slug }))) !== undefined;
  }

  /** The user's permission on the repository; `undefined` when there is no such user. */
  async collaboratorPermission(input: RepoId & { username: string }): Promise<CollaboratorPermission | undefined> {
    const response = await unlessNotFound(() => this.client.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
      owner: input.owner, repo: input.repo, username: input.username,
    }));
    return response ? { permission: response.data.permission, roleName: response.data.role_name } : undefined;
  }
}
