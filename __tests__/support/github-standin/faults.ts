/**
 * Scripted faults: a test says which requests misbehave and how, e.g.
 *
 *   standin.inject({ operationId: 'pulls/create', times: 2, status: 502 });
 *   standin.inject({ pathPattern: /\/git\/refs/, ...secondaryRateLimit(1) });
 *   standin.inject({ method: 'POST', pathPattern: /\/pulls$/, reset: 'after' }); // change applied, reply lost
 */

export interface FaultRule {
  /** HTTP method to match (any when omitted). */
  method?: string;
  /** Tested against the request path (without query); any when omitted. */
  pathPattern?: RegExp;
  /** Matches the documented operation, e.g. `pulls/create`; any when omitted. */
  operationId?: string;
  /** How many matching requests misbehave (default 1; `Infinity` for all). */
  times?: number;
  /** Answer with this status instead of handling the request. */
  status?: number;
  /** Body for `status` (default: a GitHub-style `{message}`). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering (alone: a slow but correct response). */
  delayMs?: number;
  /** Destroy the connection: `before` handling (nothing happens) or `after` (the change is applied, the reply lost). */
  reset?: 'before' | 'after';
}

/** A live rule: `hits` counts the requests it has affected so far. */
export interface FaultHandle {
  readonly rule: FaultRule;
  hits: number;
}

/** Headers and body of GitHub's secondary rate limit answer (403 by default, or 429). */
export function secondaryRateLimit(retryAfterSeconds: number, status: 403 | 429 = 403): Pick<FaultRule, 'status' | 'headers' | 'body'> {
  return {
    status,
    headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '4000' },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    },
  };
}

export class FaultPlan {
  private readonly handles: FaultHandle[] = [];

  add(rule: FaultRule): FaultHandle {
    const handle = { rule, hits: 0 };
    this.handles.push(handle);
    return handle;
  }

  /** The first rule that still has uses left and matches; its use is counted. */
  take(method: string, path: string, operationId: string | undefined): FaultRule | undefined {
    const handle = this.handles.find(({ rule, hits }) =>
      hits < (rule.times ?? 1) &&
      (!rule.method || rule.method.toUpperCase() === method) &&
      (!rule.pathPattern || rule.pathPattern.test(path)) &&
      (!rule.operationId || rule.operationId === operationId));
    if (!handle) return undefined;
    handle.hits += 1;
    return handle.rule;
  }

  clear(): void {
    this.handles.length = 0;
  }
}
