/**
 * The one way the product builds its GitHub REST client: @octokit/core with the retry and
 * throttling plugins. Retries come only from those plugins (no hand-written loops):
 *  - transient failures (5xx, connection resets) are retried by plugin-retry, except the statuses
 *    in DO_NOT_RETRY, which mean the request itself is wrong or refused;
 *  - primary and secondary rate limits (403/429 with retry-after) are waited out by
 *    plugin-throttling a bounded number of times.
 * The log receives plain messages only: never tokens, headers or request options.
 */
import { randomUUID } from 'node:crypto';
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubLogLevel = 'debug' | 'info' | 'warn' | 'error';
export type GitHubLog = (level: GitHubLogLevel, message: string) => void;

/** Statuses plugin-retry never retries. 429 is left to the throttling plugin. */
export const DO_NOT_RETRY: readonly number[] = [400, 401, 403, 404, 409, 410, 422, 429, 451];
/** Retries of a transient failure (plugin-retry waits 1, 4, 9 × retryBaseMs). */
export const MAX_RETRIES = 3;
/** Times a rate-limited request is retried before the error is surfaced. */
export const MAX_RATE_LIMIT_RETRIES = 2;
/** A rate limit asking to wait longer than this (seconds) is surfaced instead of waited out. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120;

export interface GitHubClientOptions {
  token: string;
  /** REST API base URL, e.g. GITHUB_API_URL (`https://api.github.com`). */
  baseUrl: string;
  userAgent?: string;
  log?: GitHubLog;
  /** Milliseconds per unit of retry delay and per second of `retry-after` (default 1000; tests shrink it). */
  retryBaseMs?: number;
}

const GitHubOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log: GitHubLog = options.log ?? (() => undefined);
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
    const retrying = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
    log('warn', `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${retrying ? `retrying after ${retryAfter}s` : 'giving up'}`);
    return retrying;
  };
  return new GitHubOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'openchoreo-gitops-action',
    log: {
      debug: (message: string) => log('debug', String(message)),
      info: (message: string) => log('info', String(message)),
      warn: (message: string) => log('warn', String(message)),
      error: (message: string) => log('error', String(message)),
    },
    retry: { doNotRetry: [...DO_NOT_RETRY], retries: MAX_RETRIES, retryAfterBaseValue: retryBaseMs },
    throttle: {
      id: randomUUID(),
      retryAfterBaseValue: retryBaseMs,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
  });
}
