/**
 * A GitHub REST API emulator on 127.0.0.1 (ephemeral port) for tests, benches and end-to-end runs.
 * Every request is matched against GitHub's OpenAPI description and validated (path, query, JSON body);
 * an unknown route, a request GitHub would reject, an unauthenticated call or an endpoint the emulator
 * does not implement is answered with a 4xx/5xx AND recorded as a violation, so `assertNoViolations()`
 * fails the test even when the client swallowed the error.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EmulatorState } from './emulator-state.js';
import { type Fault, FaultPlan, faultResponse, strikesAfterApply } from './faults.js';
import { ApiFailure, type Handler, type HandlerResult, type TokenIdentity } from './handler-kit.js';
import { gitReleaseHandlers } from './handlers/git-release-handlers.js';
import { issueHandlers } from './handlers/issue-handlers.js';
import { platformHandlers } from './handlers/platform-handlers.js';
import { pullCheckHandlers } from './handlers/pull-check-handlers.js';
import { pullWriteHandlers } from './handlers/pull-write-handlers.js';
import { matchOperation, validateRequest } from './openapi-routes.js';

export interface Violation {
  readonly kind: 'unknown-route' | 'invalid-request' | 'unauthenticated' | 'not-implemented' | 'body-too-long' | 'bad-json' | 'emulator-error';
  readonly method: string;
  readonly path: string;
  readonly operationId?: string;
  readonly message: string;
}

export interface RequestLogEntry {
  readonly method: string;
  readonly path: string;
  readonly operationId?: string;
  readonly status: number | 'dropped';
}

export interface TokenSpec {
  readonly login: string;
  readonly canReadAuthenticatedUser?: boolean;
  readonly readOnly?: boolean;
}

export interface EmulatorOptions {
  /** Token → identity. Default: `ghs_test` is GITHUB_TOKEN as `github-actions[bot]` (no GET /user). */
  readonly tokens?: Readonly<Record<string, TokenSpec>>;
}

/** The token a default emulator accepts, standing for the workflow's GITHUB_TOKEN. */
export const DEFAULT_TOKEN = 'ghs_test';
const MAX_REQUEST_BYTES = 64 * 1024 * 1024;
const handlers: Record<string, Handler> = { ...issueHandlers, ...pullCheckHandlers, ...pullWriteHandlers, ...gitReleaseHandlers, ...platformHandlers };

export class GitHubEmulator {
  readonly state = new EmulatorState();
  readonly faults = new FaultPlan();
  private readonly violationList: Violation[] = [];
  private readonly log: RequestLogEntry[] = [];
  private readonly tokens: Map<string, TokenIdentity>;
  private server: Server | undefined;
  private origin = '';

  constructor(options: EmulatorOptions = {}) {
    const specs = options.tokens ?? { [DEFAULT_TOKEN]: { login: 'github-actions[bot]', canReadAuthenticatedUser: false } };
    this.tokens = new Map(
      Object.entries(specs).map(([token, s]) => [
        token,
        { user: this.state.user(s.login), canReadAuthenticatedUser: s.canReadAuthenticatedUser ?? !s.login.endsWith('[bot]'), readOnly: s.readOnly ?? false },
      ]),
    );
  }

  /** Listens on 127.0.0.1 at an ephemeral port; resolves to the base URL (use as GITHUB_API_URL). */
  async start(): Promise<string> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.record({ kind: 'emulator-error', method: req.method ?? '', path: req.url ?? '', message: `emulator crashed: ${String(error)}` });
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'emulator error' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.origin;
  }

  get url(): string {
    return this.origin;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Every request GitHub would have rejected or the emulator could not serve, in arrival order. */
  violations(): readonly Violation[] {
    return [...this.violationList];
  }

  /** Returns and clears the violations (for tests that provoke them on purpose). */
  takeViolations(): Violation[] {
    return this.violationList.splice(0);
  }

  /** Throws (failing the test) when any request broke the API contract. */
  assertNoViolations(): void {
    if (this.violationList.length > 0) {
      throw new Error(`GitHub emulator recorded ${this.violationList.length} violation(s):\n${this.violationList.map((v) => `  ${v.kind}: ${v.method} ${v.path} ${v.message}`).join('\n')}`);
    }
  }

  requests(): readonly RequestLogEntry[] {
    return [...this.log];
  }

  /** Shortcut for `faults.inject`. */
  inject(match: string, fault: Fault, count = 1, skip = 0): void {
    this.faults.inject(match, fault, count, skip);
  }

  private record(v: Violation): void {
    this.violationList.push(v);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', this.origin);
    const raw = await readBody(req);
    // Uploads (release assets) live on uploads.github.com in production; here under the /uploads prefix.
    const apiPath = url.pathname.startsWith('/uploads/') ? url.pathname.slice('/uploads'.length) : url.pathname;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}, operationId?: string): void => {
      this.log.push({ method, path: url.pathname, operationId, status });
      const payload = Buffer.isBuffer(body) ? body : body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body));
      res.writeHead(status, {
        'content-type': Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json; charset=utf-8',
        'x-github-request-id': `EMU:${this.log.length}`,
        'x-ratelimit-limit': '1000',
        'x-ratelimit-remaining': '999',
        ...headers,
      });
      res.end(payload);
    };
    const match = matchOperation(method, apiPath);
    if (!match) {
      this.record({ kind: 'unknown-route', method, path: url.pathname, message: 'no operation in the GitHub OpenAPI description matches this method and path' });
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    const { operationId } = match;
    const v = (kind: Violation['kind'], message: string): void => this.record({ kind, method, path: url.pathname, operationId, message });
    const identity = this.identify(req.headers.authorization);
    if (!identity) {
      v('unauthenticated', 'missing or unknown token');
      return send(401, { message: 'Bad credentials' }, {}, operationId);
    }
    const contentType = String(req.headers['content-type'] ?? '');
    let body: unknown;
    const hasBody = raw.length > 0;
    if (hasBody && contentType.includes('json')) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        v('bad-json', 'body is not valid JSON');
        return send(400, { message: 'Problems parsing JSON' }, {}, operationId);
      }
    }
    const problems = validateRequest(match, url.searchParams, body, hasBody && body !== undefined);
    if (problems.length > 0) {
      v('invalid-request', problems.map((p) => `${p.where}: ${p.message}`).join('; '));
      return send(422, { message: 'Invalid request.', errors: problems.map((p) => p.message) }, {}, operationId);
    }
    const fault = this.faults.take(operationId, method, match.template);
    if (fault && !strikesAfterApply(fault)) return this.sendFault(fault, res, send, operationId, method, url.pathname);
    const result = this.run(method, operationId, match.pathParams, url, body, raw, contentType, identity, v);
    if (fault) return this.sendFault(fault, res, send, operationId, method, url.pathname);
    send(result.status, result.body, { ...result.headers }, operationId);
  }

  private run(
    method: string,
    operationId: string,
    params: Readonly<Record<string, string>>,
    url: URL,
    body: unknown,
    raw: Buffer,
    contentType: string,
    identity: TokenIdentity,
    v: (kind: Violation['kind'], message: string) => void,
  ): HandlerResult {
    const handler = handlers[operationId];
    if (!handler) {
      v('not-implemented', `the emulator does not implement ${operationId}`);
      return { status: 501, body: { message: `emulator: ${operationId} not implemented` } };
    }
    try {
      if (method !== 'GET' && identity.readOnly) throw new ApiFailure(403, 'Resource not accessible by integration');
      return handler({ state: this.state, params, query: url.searchParams, body, rawBody: raw, contentType, identity, origin: this.origin, url });
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      if (error.errors?.some((e) => String(e.message ?? '').startsWith('body is too long'))) v('body-too-long', 'body exceeds 65536 characters');
      return { status: error.status, body: { message: error.message, ...(error.errors ? { errors: error.errors } : {}), documentation_url: 'https://docs.github.com/rest' } };
    }
  }

  private sendFault(fault: Fault, res: ServerResponse, send: (s: number, b: unknown, h?: Record<string, string>, op?: string) => void, operationId: string, method: string, path: string): void {
    const response = faultResponse(fault, Math.floor(Date.now() / 1000));
    if (response.drop) {
      this.log.push({ method, path, operationId, status: 'dropped' });
      res.socket?.destroy();
      return;
    }
    send(response.status, response.body, response.headers, operationId);
  }

  private identify(authorization: string | undefined): TokenIdentity | undefined {
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization ?? '');
    return m ? this.tokens.get(m[1] ?? '') : undefined;
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) throw new Error('request body over the emulator cap');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Starts an emulator; call `close()` (and usually `assertNoViolations()`) in `after`. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<GitHubEmulator> {
  const emulator = new GitHubEmulator(options);
  await emulator.start();
  return emulator;
}
