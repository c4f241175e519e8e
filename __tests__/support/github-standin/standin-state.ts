/**
 * In-memory GitHub state that has no git equivalent: users, teams, collaborator permissions, pull
 * requests with their labels, requested reviewers and reviews, and CODEOWNERS errors. Tests seed it
 * directly (not over HTTP) and read it back to assert on what the product did.
 */

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';
export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface StandinUser { login: string; id: number; type: 'User' | 'Organization' | 'Bot'; name: string | null }
export interface StandinTeam { org: string; slug: string; id: number; name: string; members: Map<string, 'member' | 'maintainer'> }
export interface StandinLabel { id: number; name: string; color: string; description: string | null }
export interface StandinReview { id: number; user: string; state: ReviewState; body: string; commitId: string; submittedAt: string }

export interface StandinPull {
  number: number;
  title: string;
  body: string | null;
  /** Head branch name (same repository). */
  head: string;
  /** Base branch name. */
  base: string;
  state: 'open' | 'closed';
  draft: boolean;
  merged: boolean;
  user: string;
  labels: string[];
  requestedReviewers: string[];
  requestedTeams: string[];
  reviews: StandinReview[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

/** One entry of GET /repos/{owner}/{repo}/codeowners/errors. */
export interface CodeownersError { line: number; column: number; kind: string; source?: string; suggestion?: string | null; message: string; path: string }

export function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class StandinState {
  readonly users = new Map<string, StandinUser>();
  readonly teams = new Map<string, StandinTeam>();
  readonly permissions = new Map<string, Permission>();
  readonly labels = new Map<string, StandinLabel>();
  readonly pulls: StandinPull[] = [];
  codeownersErrors: CodeownersError[] = [];
  private nextId = 1000;

  /** A fresh numeric id (users, teams, labels, reviews share one sequence). */
  id(): number {
    return this.nextId++;
  }

  addUser(login: string, options: { type?: StandinUser['type']; name?: string } = {}): StandinUser {
    const user: StandinUser = { login, id: this.id(), type: options.type ?? 'User', name: options.name ?? null };
    this.users.set(login.toLowerCase(), user);
    return user;
  }

  user(login: string): StandinUser | undefined {
    return this.users.get(login.toLowerCase());
  }

  /** The user, created on first use (authors of pull requests and reviews need not be seeded). */
  ensureUser(login: string): StandinUser {
    return this.user(login) ?? this.addUser(login);
  }

  /** Adds team `org/slug`; members are created as users if needed. */
  addTeam(org: string, slug: string, members: Array<string | { login: string; role: 'member' | 'maintainer' }> = []): StandinTeam {
    const team: StandinTeam = { org, slug, id: this.id(), name: slug, members: new Map() };
    for (const m of members) {
      const { login, role } = typeof m === 'string' ? { login: m, role: 'member' as const } : m;
      this.ensureUser(login);
      team.members.set(login.toLowerCase(), role);
    }
    this.teams.set(`${org}/${slug}`.toLowerCase(), team);
    return team;
  }

  team(org: string, slug: string): StandinTeam | undefined {
    return this.teams.get(`${org}/${slug}`.toLowerCase());
  }

  /** Collaborator permission of `login` on the stand-in repository (users without one get `none`). */
  setPermission(login: string, permission: Permission): void {
    this.ensureUser(login);
    this.permissions.set(login.toLowerCase(), permission);
  }

  ensureLabel(name: string): StandinLabel {
    const key = name.toLowerCase();
    let label = this.labels.get(key);
    if (!label) {
      label = { id: this.id(), name, color: 'ededed', description: '' };
      this.labels.set(key, label);
    }
    return label;
  }

  /** Opens a pull request without going through HTTP. Returns it (its `number` is what the API uses). */
  addPullRequest(input: { head: string; base: string; title: string; body?: string | null; user?: string; draft?: boolean; labels?: string[] }): StandinPull {
    const now = timestamp();
    const pull: StandinPull = {
      number: this.pulls.length + 1,
      title: input.title,
      body: input.body ?? null,
      head: input.head,
      base: input.base,
      state: 'open',
      draft: input.draft ?? false,
      merged: false,
      user: this.ensureUser(input.user ?? 'gitops-bot').login,
      labels: (input.labels ?? []).map((l) => this.ensureLabel(l).name),
      requestedReviewers: [],
      requestedTeams: [],
      reviews: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    this.pulls.push(pull);
    return pull;
  }

  pull(number: number): StandinPull | undefined {
    return this.pulls.find((p) => p.number === number);
  }

  addReview(number: number, review: { user: string; state: ReviewState; body?: string; commitId: string }): StandinReview {
    const pull = this.pull(number);
    if (!pull) throw new Error(`no pull request #${number}`);
    const entry: StandinReview = { id: this.id(), user: this.ensureUser(review.user).login, state: review.state, body: review.body ?? '', commitId: review.commitId, submittedAt: timestamp() };
    pull.reviews.push(entry);
    return entry;
  }
}
