/** GitHub JSON for accounts: users (simple and public), teams, organizations, collaborators. */
import { nodeId, type Site } from './site.js';
import type { StandinTeam, StandinUser } from './standin-state.js';

const USER_CREATED = '2020-01-01T00:00:00Z';

/** `simple-user` */
export function simpleUserJson(site: Site, user: StandinUser): Record<string, unknown> {
  const url = `${site.api}/users/${user.login}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId('User', user.id),
    avatar_url: `${site.web}/avatars/${user.login}`,
    gravatar_id: '',
    url,
    html_url: `${site.web}/${user.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    site_admin: false,
  };
}

/** `public-user` (GET /users/{username}) */
export function publicUserJson(site: Site, user: StandinUser): Record<string, unknown> {
  return {
    ...simpleUserJson(site, user),
    name: user.name, company: null, blog: '', location: null, email: null, hireable: null, bio: null,
    public_repos: 1, public_gists: 0, followers: 0, following: 0, created_at: USER_CREATED, updated_at: USER_CREATED,
  };
}

/** `nullable-collaborator` */
export function collaboratorJson(site: Site, user: StandinUser, roleName: string): Record<string, unknown> {
  return { ...simpleUserJson(site, user), role_name: roleName };
}

/** `team` (as in requested reviewers) */
export function teamJson(site: Site, team: StandinTeam): Record<string, unknown> {
  const url = `${site.api}/orgs/${team.org}/teams/${team.slug}`;
  return {
    id: team.id,
    node_id: nodeId('Team', team.id),
    url,
    html_url: `${site.web}/orgs/${team.org}/teams/${team.slug}`,
    name: team.name,
    slug: team.slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    type: 'organization',
    parent: null,
  };
}

/** `team-organization` */
function organizationJson(site: Site, org: string, id: number): Record<string, unknown> {
  const url = `${site.api}/orgs/${org}`;
  return {
    login: org, id, node_id: nodeId('Organization', org), url,
    repos_url: `${url}/repos`, events_url: `${url}/events`, hooks_url: `${url}/hooks`, issues_url: `${url}/issues`,
    members_url: `${url}/members{/member}`, public_members_url: `${url}/public_members{/member}`,
    avatar_url: `${site.web}/avatars/${org}`, description: null, html_url: `${site.web}/${org}`,
    has_organization_projects: false, has_repository_projects: false, public_repos: 1, public_gists: 0,
    followers: 0, following: 0, type: 'Organization', created_at: USER_CREATED, updated_at: USER_CREATED, archived_at: null,
  };
}

/** `team-full` (GET /orgs/{org}/teams/{team_slug}) */
export function teamFullJson(site: Site, team: StandinTeam, orgId: number): Record<string, unknown> {
  return {
    ...teamJson(site, team),
    members_count: team.members.size,
    repos_count: 1,
    created_at: USER_CREATED,
    updated_at: USER_CREATED,
    organization: organizationJson(site, team.org, orgId),
  };
}
