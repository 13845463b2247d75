/**
 * Fault injection: the next N requests to an operation fail the way GitHub fails — 5xx, secondary rate
 * limit (403 + retry-after), 429, 422 "body is too long", or a dropped connection. A fault can strike
 * before the request is applied (nothing changed) or after (the write happened but the client never
 * heard), which is what makes retries duplicate writes in real life.
 */

export type Fault =
  | { readonly kind: 'status'; readonly status: 500 | 502 | 503 | 504; readonly afterApply?: boolean }
  | { readonly kind: 'secondary-rate-limit'; readonly retryAfterSeconds?: number }
  | { readonly kind: 'rate-limit'; readonly retryAfterSeconds?: number }
  | { readonly kind: 'body-too-long' }
  | { readonly kind: 'drop'; readonly afterApply?: boolean };

export interface FaultRule {
  /** An operationId (`issues/create-comment`), `METHOD /template`, or `*` for every request. */
  readonly match: string;
  readonly fault: Fault;
  remaining: number;
  /** Matching requests to let through before the fault strikes. */
  skip: number;
}

/** A response the emulator sends instead of the real one, or `drop` to destroy the socket. */
export type FaultResponse = { readonly drop: true } | { readonly drop: false; readonly status: number; readonly headers: Record<string, string>; readonly body: unknown };

export class FaultPlan {
  private readonly rules: FaultRule[] = [];

  /** Makes `count` requests matching `match` fail with `fault`, after letting `skip` of them through. */
  inject(match: string, fault: Fault, count = 1, skip = 0): void {
    this.rules.push({ match, fault, remaining: count, skip });
  }

  clear(): void {
    this.rules.length = 0;
  }

  /** Faults not yet consumed, so a test can assert that every injected fault was actually hit. */
  pending(): readonly FaultRule[] {
    return this.rules.filter((r) => r.remaining > 0);
  }

  /** Takes the fault for this request, if any, consuming one use of its rule. */
  take(operationId: string, method: string, template: string): Fault | undefined {
    const rule = this.rules.find((r) => r.remaining > 0 && (r.match === '*' || r.match === operationId || r.match === `${method} ${template}`));
    if (!rule) return undefined;
    if (rule.skip > 0) {
      rule.skip -= 1;
      return undefined;
    }
    rule.remaining -= 1;
    return rule.fault;
  }
}

/** True when the fault should strike after the handler has changed state. */
export function strikesAfterApply(fault: Fault): boolean {
  return (fault.kind === 'status' || fault.kind === 'drop') && fault.afterApply === true;
}

/** The wire response GitHub sends for a fault; `nowSeconds` dates the rate-limit reset. */
export function faultResponse(fault: Fault, nowSeconds: number): FaultResponse {
  const docs = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';
  switch (fault.kind) {
    case 'drop':
      return { drop: true };
    case 'status':
      return { drop: false, status: fault.status, headers: {}, body: { message: fault.status === 502 ? 'Server Error' : 'Internal Server Error' } };
    case 'secondary-rate-limit': {
      const after = fault.retryAfterSeconds ?? 1;
      return {
        drop: false,
        status: 403,
        headers: { 'retry-after': String(after) },
        body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: docs },
      };
    }
    case 'rate-limit': {
      const after = fault.retryAfterSeconds ?? 1;
      return {
        drop: false,
        status: 429,
        headers: { 'retry-after': String(after), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(nowSeconds + after) },
        body: { message: 'API rate limit exceeded for installation.', documentation_url: docs },
      };
    }
    case 'body-too-long':
      return {
        drop: false,
        status: 422,
        headers: {},
        body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] },
      };
  }
}
