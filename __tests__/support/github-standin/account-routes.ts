/** Account routes: users, teams and team memberships (from the seeded state). */
import { publicUserJson, teamFullJson } from './json-accounts.js';
import { json, notFound, type Route } from './reply.js';

export const accountRoutes: Record<string, Route> = {
  'users/get-by-username': async (ctx, req) => {
    const user = ctx.state.user(req.params.username);
    return user ? json(publicUserJson(ctx.site, user)) : notFound();
  },

  'teams/get-by-name': async (ctx, req) => {
    const team = ctx.state.team(req.params.org, req.params.team_slug);
    return team ? json(teamFullJson(ctx.site, team, ctx.ownerId)) : notFound();
  },

  'teams/get-membership-for-user-in-org': async (ctx, req) => {
    const team = ctx.state.team(req.params.org, req.params.team_slug);
    const role = team?.members.get(req.params.username.toLowerCase());
    if (!team || !role) return notFound();
    return json({
      url: `${ctx.site.api}/orgs/${team.org}/teams/${team.slug}/memberships/${req.params.username}`,
      role,
      state: 'active',
    });
  },
};
