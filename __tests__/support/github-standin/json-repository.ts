/** GitHub JSON for the stand-in's repository (`repository` / `full-repository`). */
import { simpleUserJson } from './json-accounts.js';
import { nodeId, repoApi, repoWeb, type Site } from './site.js';
import type { StandinUser } from './standin-state.js';

/** `<name>_url` fields of a repository and the API path (with URI template) each points at. */
const URL_FIELDS: Record<string, string> = {
  archive: '{archive_format}{/ref}', assignees: 'assignees{/user}', blobs: 'git/blobs{/sha}', branches: 'branches{/branch}',
  collaborators: 'collaborators{/collaborator}', comments: 'comments{/number}', commits: 'commits{/sha}',
  compare: 'compare/{base}...{head}', contents: 'contents/{+path}', contributors: 'contributors', deployments: 'deployments',
  downloads: 'downloads', events: 'events', forks: 'forks', git_commits: 'git/commits{/sha}', git_refs: 'git/refs{/sha}',
  git_tags: 'git/tags{/sha}', hooks: 'hooks', issue_comment: 'issues/comments{/number}', issue_events: 'issues/events{/number}',
  issues: 'issues{/number}', keys: 'keys{/key_id}', labels: 'labels{/name}', languages: 'languages', merges: 'merges',
  milestones: 'milestones{/number}', notifications: 'notifications{?since,all,participating}', pulls: 'pulls{/number}',
  releases: 'releases{/id}', stargazers: 'stargazers', statuses: 'statuses/{sha}', subscribers: 'subscribers',
  subscription: 'subscription', tags: 'tags', teams: 'teams', trees: 'git/trees{/sha}',
};

const CREATED = '2024-01-01T00:00:00Z';

export function repositoryJson(site: Site, owner: StandinUser, id: number): Record<string, unknown> {
  const api = repoApi(site);
  const urls = Object.fromEntries(Object.entries(URL_FIELDS).map(([name, path]) => [`${name}_url`, `${api}/${path}`]));
  return {
    id,
    node_id: nodeId('Repository', id),
    name: site.repo,
    full_name: `${site.owner}/${site.repo}`,
    owner: simpleUserJson(site, owner),
    private: false,
    html_url: repoWeb(site),
    description: null,
    fork: false,
    url: api,
    ...urls,
    clone_url: site.cloneUrl,
    git_url: site.cloneUrl,
    ssh_url: site.cloneUrl,
    svn_url: repoWeb(site),
    mirror_url: null,
    homepage: null,
    language: null,
    forks: 0, forks_count: 0, stargazers_count: 0, watchers: 0, watchers_count: 0, size: 1,
    open_issues: 0, open_issues_count: 0, network_count: 0, subscribers_count: 0,
    default_branch: site.defaultBranch,
    has_issues: true, has_projects: false, has_wiki: false, has_pages: false, has_downloads: false, has_discussions: false,
    archived: false, disabled: false, visibility: 'public', license: null,
    pushed_at: CREATED, created_at: CREATED, updated_at: CREATED,
    permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
    allow_squash_merge: true, allow_merge_commit: true, allow_rebase_merge: true, delete_branch_on_merge: false,
  };
}
