/** Pull request routes (list/create/get/update, files, reviews, requested reviewers) and issue labels. */
import { diffEntryJson, labelJson, pullJson, reviewJson } from './json-pulls.js';
import { simpleUserJson, teamJson } from './json-accounts.js';
import { failure, json, notFound, paginated, validationFailed, type Route, type RouteContext } from './reply.js';
import { repository } from './repo-routes.js';
import { timestamp, type StandinPull } from './standin-state.js';

/** Head and base SHAs of a pull request, read live from the branches (GitHub follows pushes too). */
async function shas(ctx: RouteContext, pull: StandinPull): Promise<{ headSha: string; baseSha: string }> {
  const headSha = (await ctx.git.getRef(`refs/heads/${pull.head}`))?.sha ?? '0'.repeat(40);
  const baseSha = (await ctx.git.getRef(`refs/heads/${pull.base}`))?.sha ?? '0'.repeat(40);
  return { headSha, baseSha };
}

async function changedFiles(ctx: RouteContext, pull: StandinPull) {
  const { headSha, baseSha } = await shas(ctx, pull);
  const mergeBase = await ctx.git.mergeBase(baseSha, headSha);
  return mergeBase ? ctx.git.changedFiles(mergeBase, headSha) : [];
}

async function simple(ctx: RouteContext, pull: StandinPull): Promise<Record<string, unknown>> {
  return pullJson({ site: ctx.site, state: ctx.state, repository: repository(ctx), ...(await shas(ctx, pull)) }, pull);
}

async function full(ctx: RouteContext, pull: StandinPull): Promise<Record<string, unknown>> {
  const refs = await shas(ctx, pull);
  const files = await changedFiles(ctx, pull);
  const mergeBase = await ctx.git.mergeBase(refs.baseSha, refs.headSha);
  const stats = {
    commits: mergeBase ? await ctx.git.countCommits(`${mergeBase}..${refs.headSha}`) : 0,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changedFiles: files.length,
  };
  return pullJson({ site: ctx.site, state: ctx.state, repository: repository(ctx), ...refs, stats }, pull);
}

/** `owner:branch` or `branch` → branch, when the owner is the stand-in's owner. */
function branchOf(ctx: RouteContext, head: string): string | undefined {
  const colon = head.indexOf(':');
  if (colon === -1) return head;
  return head.slice(0, colon).toLowerCase() === ctx.site.owner.toLowerCase() ? head.slice(colon + 1) : undefined;
}

export const pullRoutes: Record<string, Route> = {
  'pulls/list': async (ctx, req) => {
    const state = req.query.get('state') ?? 'open';
    const head = req.query.get('head');
    const base = req.query.get('base');
    const pulls = ctx.state.pulls.filter((p) =>
      (state === 'all' || p.state === state) &&
      // GitHub applies `head` only in the documented `owner:branch` form.
      (!head || !head.includes(':') || branchOf(ctx, head) === p.head) &&
      (!base || p.base === base));
    const ordered = req.query.get('direction') === 'asc' ? pulls : [...pulls].reverse();
    return paginated(req, await Promise.all(ordered.map((p) => simple(ctx, p))));
  },

  'pulls/create': async (ctx, req) => {
    const body = req.body as { title?: string; head: string; base: string; body?: string; draft?: boolean };
    const head = branchOf(ctx, body.head);
    const headRef = head ? await ctx.git.getRef(`refs/heads/${head}`) : undefined;
    if (!head || !headRef) return validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
    const baseRef = await ctx.git.getRef(`refs/heads/${body.base}`);
    if (!baseRef) return validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
    const existing = ctx.state.pulls.find((p) => p.state === 'open' && p.head === head && p.base === body.base);
    if (existing) {
      return validationFailed([{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${ctx.site.owner}:${head}.` }]);
    }
    if (await ctx.git.isAncestor(headRef.sha, baseRef.sha)) {
      return validationFailed([{ resource: 'PullRequest', code: 'custom', message: `No commits between ${body.base} and ${head}` }]);
    }
    const pull = ctx.state.addPullRequest({ head, base: body.base, title: body.title ?? head, body: body.body ?? null, user: req.login, draft: body.draft });
    const created = await full(ctx, pull);
    return json(created, 201, { location: String(created.url) });
  },

  'pulls/get': async (ctx, req) => {
    const pull = ctx.state.pull(Number(req.params.pull_number));
    return pull ? json(await full(ctx, pull)) : notFound();
  },

  'pulls/update': async (ctx, req) => {
    const pull = ctx.state.pull(Number(req.params.pull_number));
    if (!pull) return notFound();
    const body = req.body as { title?: string; body?: string; state?: 'open' | 'closed'; base?: string };
    if (body.base && !(await ctx.git.getRef(`refs/heads/${body.base}`))) {
      return validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
    }
    if (body.title !== undefined) pull.title = body.title;
    if (body.body !== undefined) pull.body = body.body;
    if (body.base !== undefined) pull.base = body.base;
    if (body.state && body.state !== pull.state) {
      pull.state = body.state;
      pull.closedAt = body.state === 'closed' ? timestamp() : null;
    }
    pull.updatedAt = timestamp();
    return json(await full(ctx, pull));
  },

  'pulls/list-files': async (ctx, req) => {
    const pull = ctx.state.pull(Number(req.params.pull_number));
    if (!pull) return notFound();
    const { headSha } = await shas(ctx, pull);
    return paginated(req, (await changedFiles(ctx, pull)).map((f) => diffEntryJson(ctx.site, f, headSha)));
  },

  'pulls/list-reviews': async (ctx, req) => {
    const pull = ctx.state.pull(Number(req.params.pull_number));
    if (!pull) return notFound();
    return paginated(req, pull.reviews.map((r) => reviewJson(ctx.site, ctx.state, pull, r)));
  },

  'pulls/list-requested-reviewers': async (ctx, req) => {
    const pull = ctx.state.pull(Number(req.params.pull_number));
    if (!pull) return notFound();
    return json({
      users: pull.requestedReviewers.map((login) => simpleUserJson(ctx.site, ctx.state.ensureUser(login))),
      teams: pull.requestedTeams.flatMap((slug) => {
        const team = ctx.state.team(ctx.site.owner, slug);
        return team ? [teamJson(ctx.site, team)] : [];
      }),
    });
  },

  'pulls/request-reviewers': async (ctx, req) => {
    const pull = ctx.state.pull(Number(req.params.pull_number));
    if (!pull) return notFound();
    const body = req.body as { reviewers?: string[]; team_reviewers?: string[] };
    const users = body.reviewers ?? [];
    const teams = body.team_reviewers ?? [];
    const unknown = users.some((u) => (ctx.state.permissions.get(u.toLowerCase()) ?? 'none') === 'none') ||
      teams.some((t) => !ctx.state.team(ctx.site.owner, t));
    if (unknown) {
      return failure(422, `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${ctx.site.owner}/${ctx.site.repo} repository.`);
    }
    for (const login of users) if (!pull.requestedReviewers.includes(login)) pull.requestedReviewers.push(login);
    for (const slug of teams) if (!pull.requestedTeams.includes(slug)) pull.requestedTeams.push(slug);
    return json(await simple(ctx, pull), 201);
  },

  'issues/add-labels': async (ctx, req) => {
    const pull = ctx.state.pull(Number(req.params.issue_number));
    if (!pull) return notFound();
    const raw: unknown[] = Array.isArray(req.body) ? req.body : typeof req.body === 'string' ? [req.body] : (req.body?.labels ?? []);
    const names = raw.map((l) => (typeof l === 'string' ? l : String((l as { name: string }).name)));
    for (const name of names) {
      const label = ctx.state.ensureLabel(name);
      if (!pull.labels.includes(label.name)) pull.labels.push(label.name);
    }
    return json(pull.labels.map((name) => labelJson(ctx.site, ctx.state.ensureLabel(name))));
  },
};
