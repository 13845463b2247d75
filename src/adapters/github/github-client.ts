/**
 * The Octokit client MergeML talks to GitHub with: @octokit/rest plus the throttling plugin (honours
 * retry-after / x-ratelimit-reset on 403 secondary limits and 429, writes serialised) and the retry plugin
 * (5xx and network errors, backoff 1/4/9 s). Base URL from GITHUB_API_URL so GHES and the test emulator work.
 * `timeScaleMs` scales every wait: 1000 in production, ~1 in tests so fault tests stay fast.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck';

const MergemlOctokit = Octokit.plugin(throttling, retry);

/** The client type every GitHub adapter function takes. */
export type GitHubClient = InstanceType<typeof MergemlOctokit>;

export interface GitHubClientOptions {
  readonly token: string;
  /** REST base URL; defaults to https://api.github.com. Use `apiUrlFromEnv` in actions. */
  readonly baseUrl?: string;
  /** Retries of 5xx/network failures for idempotent requests (default 3). */
  readonly retries?: number;
  /** How many times a request is retried after a rate limit (default 3). */
  readonly rateLimitRetries?: number;
  /** Milliseconds per second of every retry-after/backoff/spacing wait (default 1000). */
  readonly timeScaleMs?: number;
  readonly userAgent?: string;
  /** Receives one line per rate-limit wait; defaults to silence. */
  readonly onWait?: (message: string) => void;
}

/** GITHUB_API_URL from an environment, or the public API. */
export function apiUrlFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  return env.GITHUB_API_URL && env.GITHUB_API_URL.length > 0 ? env.GITHUB_API_URL.replace(/\/+$/, '') : 'https://api.github.com';
}

/** Creates a client with throttling and retry configured; each client has its own limiter groups. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const scale = options.timeScaleMs ?? 1000;
  const limit = options.rateLimitRetries ?? 3;
  const onWait = options.onWait ?? (() => undefined);
  const group = (id: string, minTime: number, maxConcurrent: number): Bottleneck.Group => new Bottleneck.Group({ id, maxConcurrent, minTime });
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      onWait(`GitHub ${kind} on ${request.method} ${request.url}: retry ${retryCount + 1}/${limit} after ${retryAfter}s`);
      return retryCount < limit;
    };
  return new MergemlOctokit({
    auth: options.token,
    baseUrl: options.baseUrl ?? 'https://api.github.com',
    userAgent: options.userAgent ?? 'mergeml',
    log: { debug: () => undefined, info: () => undefined, warn: (m: string) => onWait(m), error: (m: string) => onWait(m) },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      retryAfterBaseValue: scale,
      fallbackSecondaryRateRetryAfter: 60,
      // GitHub's guidance, as the plugin's defaults: writes one at a time, 1 s apart; notifying writes 3 s.
      write: group('mergeml-write', scale, 1),
      notifications: group('mergeml-notifications', 3 * scale, 1),
      search: group('mergeml-search', 2 * scale, 1),
    },
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: scale },
  });
}
