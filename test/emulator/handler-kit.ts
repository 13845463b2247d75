/**
 * The shapes shared by the emulator's route handlers: the request context, the result, GitHub-style
 * errors, Link-header pagination and the JSON forms of users.
 */
import type { EmulatorState, RepoState, UserRecord } from './emulator-state.js';

/** Who a token belongs to and what it may do. */
export interface TokenIdentity {
  readonly user: UserRecord;
  /** GITHUB_TOKEN cannot call GET /user (403 "Resource not accessible by integration"). */
  readonly canReadAuthenticatedUser: boolean;
  /** A fork pull request's token is read-only: every write answers 403. */
  readonly readOnly: boolean;
}

export interface HandlerContext {
  readonly state: EmulatorState;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  // The body was validated against the operation's schema before the handler runs.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
  readonly rawBody: Buffer;
  readonly contentType: string;
  readonly identity: TokenIdentity;
  /** `http://127.0.0.1:<port>`, for URLs in responses. */
  readonly origin: string;
  readonly url: URL;
}

export interface HandlerResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type Handler = (ctx: HandlerContext) => HandlerResult;

/** A GitHub error response: status, message and optional validation errors. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: readonly Record<string, unknown>[],
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

/** The repository named by the `owner`/`repo` path parameters, or 404 as GitHub answers. */
export function repoOf(ctx: HandlerContext): RepoState {
  const repo = ctx.state.findRepo(ctx.params.owner ?? '', ctx.params.repo ?? '');
  if (!repo) throw new ApiFailure(404, 'Not Found');
  return repo;
}

/** Parses a numeric path parameter (already schema-validated as an integer). */
export function numberParam(ctx: HandlerContext, name: string): number {
  return Number(ctx.params[name]);
}

export function ok(body: unknown, status = 200, headers?: Record<string, string>): HandlerResult {
  return { status, body, headers };
}

/** Slices `items` by `per_page` (default 30, max 100) and `page`, with GitHub's Link header. */
export function paginate<T>(ctx: HandlerContext, items: readonly T[], wrap?: (page: T[]) => unknown): HandlerResult {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page') ?? 30)));
  const page = Math.max(1, Number(ctx.query.get('page') ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (p: number, rel: string): string => {
    const u = new URL(ctx.url.toString());
    u.searchParams.set('page', String(p));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
  return ok(wrap ? wrap(slice) : slice, 200, links.length > 0 ? { link: links.join(', ') } : undefined);
}

export function userJson(ctx: HandlerContext, user: UserRecord): Record<string, unknown> {
  return {
    login: user.login,
    id: user.id,
    node_id: `U_${user.id}`,
    type: user.type,
    site_admin: false,
    url: `${ctx.origin}/users/${encodeURIComponent(user.login)}`,
    html_url: `https://github.com/${user.login}`,
  };
}

export function repoApiUrl(ctx: HandlerContext, repo: RepoState): string {
  return `${ctx.origin}/repos/${repo.owner}/${repo.name}`;
}

/** 403 for writes with a read-only token (a fork pull request's GITHUB_TOKEN). */
export function requireWrite(ctx: HandlerContext): void {
  if (ctx.identity.readOnly) throw new ApiFailure(403, 'Resource not accessible by integration');
}
