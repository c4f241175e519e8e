/** Repository routes: the repository itself, contents, branches, CODEOWNERS errors, collaborator permissions. */
import { branchJson, contentEntryJson, contentFileJson, gitCommitJson } from './json-git.js';
import { collaboratorJson } from './json-accounts.js';
import { repositoryJson } from './json-repository.js';
import { failure, json, notFound, type Route, type RouteContext } from './reply.js';
import { timestamp, type Permission } from './standin-state.js';

const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

/** The repository JSON (used by repos/get and inside pull requests). */
export function repository(ctx: RouteContext): Record<string, unknown> {
  return repositoryJson(ctx.site, ctx.state.ensureUser(ctx.site.owner), ctx.repositoryId);
}

/** GitHub's legacy permission names for a role. */
function legacyPermission(role: Permission): string {
  if (role === 'maintain') return 'write';
  if (role === 'triage') return 'read';
  return role;
}

export const repoRoutes: Record<string, Route> = {
  'repos/get': async (ctx) => json(repository(ctx)),

  'repos/get-content': async (ctx, req) => {
    const ref = req.query.get('ref') ?? ctx.site.defaultBranch;
    const commit = await ctx.git.resolveCommit(ref);
    const path = req.params.path.replace(/\/+$/, '');
    const entry = commit ? await ctx.git.entryAt(commit, path) : undefined;
    if (!entry) return notFound();
    if (entry.type === 'blob') {
      return json(contentFileJson(ctx.site, path, entry.sha, await ctx.git.readBlob(entry.sha), ref));
    }
    const children = await ctx.git.readTree(entry.sha);
    return json(children.map((c) => ({
      ...contentEntryJson(ctx.site, `${path}/${c.path}`, c.sha, c.size ?? 0, ref),
      type: c.type === 'tree' ? 'dir' : 'file',
    })));
  },

  'repos/create-or-update-file-contents': async (ctx, req) => {
    const body = req.body as { message: string; content: string; sha?: string; branch?: string; author?: { name: string; email: string }; committer?: { name: string; email: string } };
    const branch = body.branch ?? ctx.site.defaultBranch;
    const head = await ctx.git.getRef(`refs/heads/${branch}`);
    if (!head) return failure(404, `Branch ${branch} not found`);
    const path = req.params.path;
    const existing = await ctx.git.entryAt(head.sha, path);
    if (existing && !body.sha) return failure(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
    if (existing && body.sha !== existing.sha) return failure(409, `${path} does not match ${body.sha}`);
    const parent = await ctx.git.readCommit(head.sha);
    const tree = await ctx.git.buildTree([{ path, mode: '100644', type: 'blob', content: Buffer.from(body.content, 'base64').toString('utf8') }], parent.tree);
    const now = timestamp();
    const author = { name: body.author?.name ?? req.login, email: body.author?.email ?? `${req.login}@users.noreply.example.com`, date: now };
    const committer = body.committer ? { ...body.committer, date: now } : author;
    const sha = await ctx.git.createCommit({ tree, parents: [head.sha], message: body.message, author, committer });
    await ctx.git.updateRef(head.ref, sha, head.sha);
    const entry = (await ctx.git.entryAt(sha, path))!;
    return json({
      content: contentEntryJson(ctx.site, path, entry.sha, entry.size ?? 0, branch),
      commit: gitCommitJson(ctx.site, await ctx.git.readCommit(sha)),
    }, existing ? 200 : 201);
  },

  'repos/get-branch': async (ctx, req) => {
    const ref = await ctx.git.getRef(`refs/heads/${req.params.branch}`);
    if (!ref) return failure(404, 'Branch not found');
    return json(branchJson(ctx.site, req.params.branch, await ctx.git.readCommit(ref.sha)));
  },

  'repos/codeowners-errors': async (ctx, req) => {
    const commit = await ctx.git.resolveCommit(req.query.get('ref') ?? ctx.site.defaultBranch);
    if (!commit) return notFound();
    for (const location of CODEOWNERS_LOCATIONS) {
      if (await ctx.git.entryAt(commit, location)) {
        return json({ errors: ctx.state.codeownersErrors.map((e) => ({ suggestion: null, ...e })) });
      }
    }
    return notFound();
  },

  'repos/get-collaborator-permission-level': async (ctx, req) => {
    const user = ctx.state.user(req.params.username);
    if (!user) return failure(404, `${req.params.username} is not a user`);
    const role = ctx.state.permissions.get(user.login.toLowerCase()) ?? 'none';
    return json({ permission: legacyPermission(role), role_name: role, user: collaboratorJson(ctx.site, user, role) });
  },
};
