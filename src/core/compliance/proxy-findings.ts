import { z } from 'zod';
import type { CheckResult } from '../checks/check-result.js';
import { InputError } from '../errors.js';

const scalar = z.union([z.number(), z.string(), z.null()]);

/** The shared CheckResult shape, as the validation step writes it to JSON. */
export const checkResultSchema = z.object({
  id: z.string().min(1),
  check: z.string().min(1),
  column: z.string().optional(),
  severity: z.enum(['error', 'warning']),
  status: z.enum(['pass', 'fail', 'skip']),
  observed: scalar,
  expected: scalar,
  message: z.string(),
  examples: z.array(z.object({ file: z.string(), line: z.number().int(), column: z.string().optional(), value: z.string().nullable().optional() })).default([]),
  unexpectedCount: z.number().optional(),
  elementCount: z.number().optional(),
  details: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])).optional(),
});

// Accepts the findings as a bare list or inside the validate report (`checks` / `results` / `proxies`).
const findingsDocument = z.union([
  z.array(checkResultSchema),
  z.object({ proxies: z.array(checkResultSchema) }),
  z.object({ checks: z.array(checkResultSchema) }),
  z.object({ results: z.array(checkResultSchema) }),
]);

/** Parses proxy findings (CheckResults with id PROXY) carried in from the validation step's JSON. */
export function parseProxyFindings(json: unknown, file: string): CheckResult[] {
  const parsed = findingsDocument.safeParse(json);
  if (!parsed.success) {
    throw new InputError(`${file} does not hold proxy findings`, [{ file, message: parsed.error.issues[0]?.message ?? 'invalid', expected: 'a JSON list of check results, or an object with `proxies`, `checks` or `results`' }]);
  }
  const d = parsed.data;
  const list = Array.isArray(d) ? d : 'proxies' in d ? d.proxies : 'checks' in d ? d.checks : d.results;
  // A validate report holds every check; only the proxy family belongs in the compliance report.
  return list.filter((c) => c.id.toUpperCase().startsWith('PROXY')) as CheckResult[];
}
