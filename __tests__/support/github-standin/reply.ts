/** What a stand-in route receives and returns, and the GitHub-shaped replies routes build. */
import type { BareRepo } from './bare-repo.js';
import type { Site } from './site.js';
import type { StandinState } from './standin-state.js';

export interface RouteRequest {
  operationId: string;
  /** Path parameters, URL-decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body (undefined when there was none), already checked against the operation's schema. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  /** Absolute request URL (for Link headers). */
  url: URL;
  /** Login of the authenticated caller. */
  login: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteContext {
  site: Site;
  git: BareRepo;
  state: StandinState;
  repositoryId: number;
  ownerId: number;
}

export type Route = (ctx: RouteContext, req: RouteRequest) => Promise<Reply>;

const DOCS = 'https://docs.github.com/rest';

export function json(body: unknown, status = 200, headers?: Record<string, string>): Reply {
  return { status, body, headers };
}

export function failure(status: number, message: string): Reply {
  return { status, body: { message, documentation_url: DOCS, status: String(status) } };
}

export const notFound = (): Reply => failure(404, 'Not Found');

/** 422 "Validation Failed" with GitHub's `errors` array. */
export function validationFailed(errors: Array<{ resource: string; code: string; field?: string; message?: string }>): Reply {
  return { status: 422, body: { message: 'Validation Failed', errors, documentation_url: DOCS, status: '422' } };
}

/** A page of `items` per `per_page`/`page`, with GitHub's Link header (first/prev/next/last). */
export function paginated(req: RouteRequest, items: unknown[]): Reply {
  const perPage = Math.min(Math.max(Number(req.query.get('per_page') ?? 30) || 30, 1), 100);
  const page = Math.max(Number(req.query.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number, rel: string): string => {
    const url = new URL(req.url);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  const body = items.slice((page - 1) * perPage, page * perPage);
  return json(body, 200, links.length > 0 ? { link: links.join(', ') } : undefined);
}
