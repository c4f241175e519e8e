/** Routes of the Git database API: refs, blobs, trees and commits, served from the bare repository. */
import { ZERO_SHA, type Signature, type TreeEdit } from './bare-repo.js';
import { blobJson, gitCommitJson, refJson, treeJson } from './json-git.js';
import { failure, json, notFound, type Route, type RouteContext } from './reply.js';
import { timestamp } from './standin-state.js';

const fullRef = (ref: string): string => (ref.startsWith('refs/') ? ref : `refs/${ref}`);

async function getRef(ctx: RouteContext, ref: string) {
  return ctx.git.getRef(fullRef(ref));
}

function signature(input: { name?: string; email?: string; date?: string } | undefined, login: string): Signature {
  return {
    name: input?.name ?? login,
    email: input?.email ?? `${login}@users.noreply.example.com`,
    date: input?.date ?? timestamp(),
  };
}

export const gitDataRoutes: Record<string, Route> = {
  'git/get-ref': async (ctx, req) => {
    const entry = await getRef(ctx, req.params.ref);
    return entry ? json(refJson(ctx.site, entry)) : notFound();
  },

  'git/list-matching-refs': async (ctx, req) => {
    const prefix = fullRef(req.params.ref);
    const entries = (await ctx.git.listRefs()).filter((e) => e.ref.startsWith(prefix));
    return json(entries.map((e) => refJson(ctx.site, e)));
  },

  'git/create-ref': async (ctx, req) => {
    const { ref, sha } = req.body as { ref: string; sha: string };
    if (!/^refs\/[^/]+\/.+/.test(ref)) return failure(422, "Reference name must start with 'refs/' and have at least two slashes.");
    if (!(await ctx.git.objectType(sha))) return failure(422, 'Object does not exist');
    if (await ctx.git.getRef(ref)) return failure(422, 'Reference already exists');
    await ctx.git.updateRef(ref, sha, ZERO_SHA);
    const entry = await ctx.git.getRef(ref);
    const body = refJson(ctx.site, entry!);
    return json(body, 201, { location: String(body.url) });
  },

  'git/update-ref': async (ctx, req) => {
    const { sha, force } = req.body as { sha: string; force?: boolean };
    const current = await getRef(ctx, req.params.ref);
    if (!current) return failure(422, 'Reference does not exist');
    if (!(await ctx.git.objectType(sha))) return failure(422, 'Object does not exist');
    if (!force && !(await ctx.git.isAncestor(current.sha, sha))) return failure(422, 'Update is not a fast forward');
    await ctx.git.updateRef(current.ref, sha, current.sha);
    return json(refJson(ctx.site, (await ctx.git.getRef(current.ref))!));
  },

  'git/delete-ref': async (ctx, req) => {
    const current = await getRef(ctx, req.params.ref);
    if (!current) return failure(422, 'Reference does not exist');
    await ctx.git.deleteRef(current.ref);
    return { status: 204 };
  },

  'git/create-blob': async (ctx, req) => {
    const { content, encoding } = req.body as { content: string; encoding?: string };
    const bytes = encoding === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8');
    const sha = await ctx.git.writeBlob(bytes);
    return json({ url: `${ctx.site.api}/repos/${ctx.site.owner}/${ctx.site.repo}/git/blobs/${sha}`, sha }, 201);
  },

  'git/get-blob': async (ctx, req) => {
    if ((await ctx.git.objectType(req.params.file_sha)) !== 'blob') return notFound();
    return json(blobJson(ctx.site, req.params.file_sha, await ctx.git.readBlob(req.params.file_sha)));
  },

  'git/create-tree': async (ctx, req) => {
    const { tree, base_tree: baseTree } = req.body as { tree: TreeEdit[]; base_tree?: string };
    if (baseTree && (await ctx.git.objectType(baseTree)) !== 'tree') return failure(422, 'base_tree is not a valid tree oid');
    for (const entry of tree) {
      if (entry.sha && !(await ctx.git.objectType(entry.sha))) return failure(422, `tree.sha ${entry.sha} is not a valid object`);
      if (entry.sha === undefined && entry.content === undefined) return failure(422, `tree entry ${entry.path} needs sha or content`);
    }
    const sha = await ctx.git.buildTree(tree, baseTree);
    return json(treeJson(ctx.site, sha, await ctx.git.readTree(sha)), 201, { location: `${ctx.site.api}/repos/${ctx.site.owner}/${ctx.site.repo}/git/trees/${sha}` });
  },

  'git/get-tree': async (ctx, req) => {
    const sha = await ctx.git.resolveTree(req.params.tree_sha);
    if (!sha) return notFound();
    return json(treeJson(ctx.site, sha, await ctx.git.readTree(sha, req.query.has('recursive'))));
  },

  'git/create-commit': async (ctx, req) => {
    const body = req.body as { message: string; tree: string; parents?: string[]; author?: Partial<Signature>; committer?: Partial<Signature> };
    if ((await ctx.git.objectType(body.tree)) !== 'tree') return failure(422, 'Tree SHA does not exist');
    for (const parent of body.parents ?? []) {
      if ((await ctx.git.objectType(parent)) !== 'commit') return failure(422, 'Parent SHA does not exist or is not a commit object');
    }
    const author = signature(body.author, req.login);
    const sha = await ctx.git.createCommit({
      tree: body.tree, parents: body.parents ?? [], message: body.message, author, committer: body.committer ? signature(body.committer, req.login) : author,
    });
    const commit = gitCommitJson(ctx.site, await ctx.git.readCommit(sha));
    return json(commit, 201, { location: String(commit.url) });
  },

  'git/get-commit': async (ctx, req) => {
    if ((await ctx.git.objectType(req.params.commit_sha)) !== 'commit') return notFound();
    return json(gitCommitJson(ctx.site, await ctx.git.readCommit(req.params.commit_sha)));
  },
};
