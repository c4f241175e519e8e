/**
 * GitHub look-ups of the policy job that src/shell/github.ts does not cover: owner access for CODEOWNERS
 * and team membership of reviewers. Plain domain arguments in, plain data out; errors other than "not found"
 * become `unknown` answers (reported as notes), so a token without org read access never fails the job.
 */
import type { Owner } from '../core/codeowners/owner.js';
import type { OwnerAccess } from '../core/codeowners/owner-access.js';
import type { GitHubClient } from './github-client.js';
import type { GitHub, RepoId } from './github.js';

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
}

function reasonOf(error: unknown): string {
  const status = statusOf(error);
  return status ? `GitHub answered HTTP ${status}` : 'the request failed';
}

/** Legacy permissions that let a user be a code owner. */
const WRITE = new Set(['admin', 'write']);

/**
 * Does each user exist with write access, does each team exist? Teams' own repository grants are judged by
 * GitHub's CODEOWNERS errors (asked separately), which name teams without write access.
 */
export async function lookUpOwners(github: GitHub, repo: RepoId, owners: readonly Owner[]): Promise<Map<string, OwnerAccess>> {
  const out = new Map<string, OwnerAccess>();
  for (const owner of owners) {
    const key = owner.text.toLowerCase();
    try {
      if (owner.kind === 'user') {
        if (!(await github.userExists(owner.login))) {
          out.set(key, { status: 'missing' });
          continue;
        }
        const permission = await github.collaboratorPermission({ ...repo, username: owner.login });
        if (!permission) out.set(key, { status: 'missing' });
        else if (WRITE.has(permission.permission)) out.set(key, { status: 'ok' });
        else out.set(key, { status: 'no-write', permission: permission.roleName || permission.permission });
      } else if (owner.kind === 'team') {
        out.set(key, (await github.teamExists(owner.org, owner.slug)) ? { status: 'ok' } : { status: 'missing' });
      }
    } catch (error) {
      out.set(key, { status: 'unknown', reason: reasonOf(error) });
    }
  }
  return out;
}

/** True when `login` is an active member of the team; false when not (or the team cannot be read). */
export async function isTeamMember(client: GitHubClient, org: string, slug: string, login: string): Promise<boolean> {
  try {
    const { data } = await client.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: slug, username: login });
    return data.state === 'active';
  } catch (error) {
    if (statusOf(error) === 404 || statusOf(error) === 403) return false;
    throw error;
  }
}

/** Answers membership questions: `@org/team` (lower-cased) → approvers found to be members. */
export async function teamMembers(client: GitHubClient, questions: readonly { team: { text: string; org: string; slug: string }; login: string }[]): Promise<Map<string, Set<string>>> {
  const members = new Map<string, Set<string>>();
  for (const { team, login } of questions) {
    const key = team.text.toLowerCase();
    if (!members.has(key)) members.set(key, new Set());
    if (await isTeamMember(client, team.org, team.slug, login)) members.get(key)!.add(login);
  }
  return members;
}
