/** GitHub JSON for pull requests, their files, reviews and labels. */
import type { ChangedFile } from './bare-repo.js';
import { simpleUserJson, teamJson } from './json-accounts.js';
import { nodeId, repoApi, repoWeb, type Site } from './site.js';
import type { StandinLabel, StandinPull, StandinReview, StandinState } from './standin-state.js';

/** `label` */
export function labelJson(site: Site, label: StandinLabel): Record<string, unknown> {
  return {
    id: label.id, node_id: nodeId('Label', label.id), url: `${repoApi(site)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name, description: label.description, color: label.color, default: false,
  };
}

export interface PullContext {
  site: Site;
  state: StandinState;
  repository: Record<string, unknown>;
  headSha: string;
  baseSha: string;
  /** Present for the full `pull-request` representation. */
  stats?: { commits: number; additions: number; deletions: number; changedFiles: number };
}

/** `pull-request-simple`, or `pull-request` when `ctx.stats` is given. */
export function pullJson(ctx: PullContext, pull: StandinPull): Record<string, unknown> {
  const { site, state } = ctx;
  const api = `${repoApi(site)}/pulls/${pull.number}`;
  const issue = `${repoApi(site)}/issues/${pull.number}`;
  const html = `${repoWeb(site)}/pull/${pull.number}`;
  const owner = state.ensureUser(site.owner);
  const side = (ref: string, sha: string) => ({
    label: `${site.owner}:${ref}`, ref, sha, user: simpleUserJson(site, owner), repo: ctx.repository,
  });
  const simple: Record<string, unknown> = {
    url: api, id: pull.number * 1000 + 7, node_id: nodeId('PullRequest', pull.number), html_url: html,
    diff_url: `${html}.diff`, patch_url: `${html}.patch`, issue_url: issue, commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`, review_comment_url: `${repoApi(site)}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`, statuses_url: `${repoApi(site)}/statuses/${ctx.headSha}`,
    number: pull.number, state: pull.state, locked: false, title: pull.title, body: pull.body, draft: pull.draft,
    user: simpleUserJson(site, state.ensureUser(pull.user)),
    labels: pull.labels.map((name) => labelJson(site, state.ensureLabel(name))),
    milestone: null, assignee: null, assignees: [],
    requested_reviewers: pull.requestedReviewers.map((login) => simpleUserJson(site, state.ensureUser(login))),
    requested_teams: pull.requestedTeams.flatMap((slug) => {
      const team = state.team(site.owner, slug);
      return team ? [teamJson(site, team)] : [];
    }),
    created_at: pull.createdAt, updated_at: pull.updatedAt, closed_at: pull.closedAt,
    merged_at: pull.merged ? pull.closedAt : null, merge_commit_sha: null,
    head: side(pull.head, ctx.headSha), base: side(pull.base, ctx.baseSha),
    _links: {
      self: { href: api }, html: { href: html }, issue: { href: issue }, comments: { href: `${issue}/comments` },
      review_comments: { href: `${api}/comments` }, review_comment: { href: `${repoApi(site)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` }, statuses: { href: `${repoApi(site)}/statuses/${ctx.headSha}` },
    },
    author_association: 'MEMBER', auto_merge: null, active_lock_reason: null,
  };
  if (!ctx.stats) return simple;
  return {
    ...simple,
    merged: pull.merged, mergeable: null, rebaseable: null, mergeable_state: 'unknown', merged_by: null,
    comments: 0, review_comments: 0, maintainer_can_modify: false,
    commits: ctx.stats.commits, additions: ctx.stats.additions, deletions: ctx.stats.deletions, changed_files: ctx.stats.changedFiles,
  };
}

/** `diff-entry` */
export function diffEntryJson(site: Site, file: ChangedFile, headSha: string): Record<string, unknown> {
  return {
    sha: file.sha, filename: file.path, status: file.status,
    additions: file.additions, deletions: file.deletions, changes: file.additions + file.deletions,
    blob_url: `${repoWeb(site)}/blob/${headSha}/${file.path}`,
    raw_url: `${repoWeb(site)}/raw/${headSha}/${file.path}`,
    contents_url: `${repoApi(site)}/contents/${file.path}?ref=${headSha}`,
  };
}

/** `pull-request-review` */
export function reviewJson(site: Site, state: StandinState, pull: StandinPull, review: StandinReview): Record<string, unknown> {
  const html = `${repoWeb(site)}/pull/${pull.number}#pullrequestreview-${review.id}`;
  return {
    id: review.id, node_id: nodeId('Review', review.id), user: simpleUserJson(site, state.ensureUser(review.user)),
    body: review.body, state: review.state, commit_id: review.commitId, html_url: html,
    pull_request_url: `${repoApi(site)}/pulls/${pull.number}`,
    _links: { html: { href: html }, pull_request: { href: `${repoApi(site)}/pulls/${pull.number}` } },
    submitted_at: review.submittedAt, author_association: 'MEMBER',
  };
}
