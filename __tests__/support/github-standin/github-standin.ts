/**
 * A GitHub REST stand-in on 127.0.0.1 (random port) for one repository, backed by a real bare git
 * repository and checked against GitHub's OpenAPI description.
 *
 *   const gh = await startGitHubStandin({ files: { 'a.yaml': 'x: 1\n' } });
 *   const client = createGitHubClient({ token: gh.token, baseUrl: gh.url });
 *   gh.state.addUser('alice'); gh.state.setPermission('alice', 'write');   // seed (not over HTTP)
 *   gh.inject({ operationId: 'pulls/create', status: 502, times: 2 });     // script faults
 *   ...
 *   gh.assertNoViolations();                                               // every request/response conformed
 *   await gh.close();
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runGit } from '../run-git.js';
import { accountRoutes } from './account-routes.js';
import { BareRepo } from './bare-repo.js';
import { FaultPlan, type FaultHandle, type FaultRule } from './faults.js';
import { gitDataRoutes } from './git-data-routes.js';
import { checkRequest, checkResponse, findOperation, type OperationMatch } from './openapi-contract.js';
import { pullRoutes } from './pull-routes.js';
import { repoRoutes } from './repo-routes.js';
import { failure, json, type Reply, type Route, type RouteContext } from './reply.js';
import { StandinState } from './standin-state.js';

export { secondaryRateLimit, type FaultRule, type FaultHandle } from './faults.js';

const ROUTES: Record<string, Route> = { ...gitDataRoutes, ...repoRoutes, ...pullRoutes, ...accountRoutes };

export interface StandinOptions {
  /** Repository owner (default `acme`) and name (default `gitops`). */
  owner?: string;
  repo?: string;
  /** The one accepted token (default: random). */
  token?: string;
  /** Login the token belongs to (default `gitops-bot`); authors commits and pull requests made over the API. */
  login?: string;
  /** Seed the bare repository with `git clone --bare <from>` (e.g. a createGitRepo() dir). */
  from?: string;
  /** Otherwise: files of a first commit on `main`. */
  files?: Record<string, string>;
}

/** A request or response that GitHub's description does not allow. */
export interface Violation {
  operationId: string | undefined;
  method: string;
  path: string;
  messages: string[];
}

export interface RecordedRequest { method: string; path: string; operationId?: string; status: number | 'reset' }

export interface GitHubStandin {
  /** Base URL for GITHUB_API_URL / octokit baseUrl. */
  readonly url: string;
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
  /** Bare repository directory and its file:// URL (clone it, push to it). */
  readonly gitDir: string;
  readonly cloneUrl: string;
  readonly git: BareRepo;
  /** Users, teams, permissions, pull requests, reviews, labels, CODEOWNERS errors. */
  readonly state: StandinState;
  readonly violations: Violation[];
  readonly requests: RecordedRequest[];
  inject(rule: FaultRule): FaultHandle;
  /** Throws naming each operation and violation seen so far. */
  assertNoViolations(): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { 'x-github-request-id': randomBytes(4).toString('hex'), ...reply.headers };
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers).end();
    return;
  }
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(reply.body));
}

async function seedRepository(git: BareRepo, options: StandinOptions): Promise<void> {
  if (options.from) {
    await runGit(['clone', '--bare', '--quiet', options.from, git.dir], { cwd: tmpdir() });
    return;
  }
  await runGit(['init', '--bare', '--quiet', '--initial-branch=main', git.dir], { cwd: tmpdir() });
  const edits = Object.entries(options.files ?? {}).map(([path, content]) => ({ path, mode: '100644', type: 'blob' as const, content }));
  const tree = await git.buildTree(edits);
  const author = { name: 'Test Author', email: 'author@example.com', date: '2024-01-01T00:00:00Z' };
  const sha = await git.createCommit({ tree, parents: [], message: 'initial', author, committer: author });
  await git.updateRef('refs/heads/main', sha);
}

export async function startGitHubStandin(options: StandinOptions = {}): Promise<GitHubStandin> {
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'gitops';
  const token = options.token ?? `ghs_${randomBytes(12).toString('hex')}`;
  const login = options.login ?? 'gitops-bot';
  const gitDir = join(await mkdtemp(join(tmpdir(), 'gh-standin-')), `${repo}.git`);
  const git = new BareRepo(gitDir);
  await seedRepository(git, options);
  const defaultBranch = (await runGit(['symbolic-ref', '--short', 'HEAD'], { cwd: gitDir })).stdout.trim();

  const state = new StandinState();
  const violations: Violation[] = [];
  const requests: RecordedRequest[] = [];
  const faults = new FaultPlan();
  state.addUser(login, { type: 'Bot' });
  const ownerId = state.addUser(owner, { type: 'Organization' }).id;
  const ctx: RouteContext = {
    site: { api: '', web: 'https://github.example', owner, repo, cloneUrl: pathToFileURL(gitDir).href, defaultBranch },
    git, state, repositoryId: state.id(), ownerId,
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', ctx.site.api);
    const method = (req.method ?? 'GET').toUpperCase();
    const record: RecordedRequest = { method, path: url.pathname, status: 0 };
    requests.push(record);
    const raw = await readBody(req);
    const found = findOperation(method, url.pathname);
    const match: OperationMatch | undefined = typeof found === 'string' ? undefined : found;
    record.operationId = match?.operationId;
    const violate = (messages: string[]): void => {
      violations.push({ operationId: match?.operationId, method, path: url.pathname, messages });
    };
    const finish = (reply: Reply): void => {
      record.status = reply.status;
      send(res, reply);
    };

    const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (auth !== token) return finish(failure(401, auth ? 'Bad credentials' : 'Requires authentication'));

    const fault = faults.take(method, url.pathname, match?.operationId);
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault?.reset === 'before') {
      record.status = 'reset';
      req.socket.destroy();
      return;
    }
    if (fault?.status) {
      return finish({ status: fault.status, headers: fault.headers, body: fault.body ?? { message: `Injected ${fault.status}` } });
    }

    if (typeof found === 'string') {
      violate([found]);
      return finish(failure(404, `Not Found (contract: ${found})`));
    }
    let body: unknown;
    try {
      body = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined;
    } catch {
      violate(['request body is not valid JSON']);
      return finish(failure(400, 'Problems parsing JSON'));
    }
    const requestViolations = checkRequest(found, url.searchParams, body);
    if (requestViolations.length > 0) {
      violate(requestViolations);
      return finish(failure(422, `Invalid request (contract, ${found.operationId}):\n${requestViolations.join('\n')}`));
    }
    const route = ROUTES[found.operationId];
    if (!route) {
      violate([`the stand-in does not implement ${found.operationId} (${found.method} ${found.template})`]);
      return finish(failure(501, `stand-in does not implement ${found.operationId}`));
    }
    const { owner: o, repo: r } = found.pathParams;
    if (o !== undefined && r !== undefined && (o.toLowerCase() !== owner.toLowerCase() || r.toLowerCase() !== repo.toLowerCase())) {
      return finish(failure(404, 'Not Found'));
    }
    const reply = await route(ctx, { operationId: found.operationId, params: found.pathParams, query: url.searchParams, body, url, login });
    const responseViolations = checkResponse(found, reply.status, reply.body);
    if (responseViolations.length > 0) {
      violate(responseViolations.map((m) => `stand-in ${m}`));
      return finish(failure(500, `stand-in response violates ${found.operationId}:\n${responseViolations.join('\n')}`));
    }
    if (fault?.reset === 'after') {
      record.status = 'reset';
      req.socket.destroy();
      return;
    }
    finish(reply);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      violations.push({ operationId: undefined, method: req.method ?? '', path: req.url ?? '', messages: [`stand-in crashed: ${String(error)}`] });
      if (!res.headersSent) send(res, json({ message: `stand-in error: ${String(error)}` }, 500));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ctx.site.api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: ctx.site.api, token, owner, repo, gitDir, cloneUrl: ctx.site.cloneUrl, git, state, violations, requests,
    inject: (rule) => faults.add(rule),
    assertNoViolations() {
      if (violations.length === 0) return;
      const lines = violations.map((v) => `${v.operationId ?? '(no operation)'} ${v.method} ${v.path}:\n  - ${v.messages.join('\n  - ')}`);
      throw new Error(`GitHub contract violations:\n${lines.join('\n')}`);
    },
    async close() {
      faults.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(join(gitDir, '..'), { recursive: true, force: true });
    },
  };
}
