import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InputError } from '../errors.js';

/** sha256 hex digest. */
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 hex digest');

/** One gate decision with everything it was decided on. */
export const auditDecisionSchema = z.strictObject({
  kind: z.enum(['fairness', 'compliance', 'metric', 'data']),
  name: z.string().min(1),
  attributes: z.array(z.string()).default([]),
  inputs: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])).default({}),
  threshold: z.number().nullable(),
  value: z.number().nullable(),
  result: z.enum(['pass', 'fail', 'warn', 'skip']),
  severity: z.enum(['error', 'warning']),
  reasons: z.array(z.string()),
});
export type AuditDecision = z.infer<typeof auditDecisionSchema>;

const timestamp = z.iso.datetime({ offset: true });

/** One appended event: who did what to which model version, when, and every gate decision behind it. */
export const auditEntrySchema = z.strictObject({
  sequence: z.number().int().min(0),
  recorded_at: timestamp,
  event: z.enum(['proposed', 'evaluated', 'approved', 'merged', 'promoted', 'registered', 'rolled_back']),
  model: z.string().min(1),
  version: z.string().nullable(),
  stage: z.string().nullable(),
  commit: z.string().regex(/^[0-9a-f]{7,64}$/, 'a git commit id'),
  pull_request: z.number().int().positive().nullable(),
  proposed_by: z.strictObject({ login: z.string().min(1), at: timestamp }).nullable(),
  approved_by: z.array(z.strictObject({ login: z.string().min(1), at: timestamp })),
  merged_by: z.strictObject({ login: z.string().min(1), at: timestamp }).nullable(),
  decisions: z.array(auditDecisionSchema),
  previous_hash: sha256Hex.nullable(),
  hash: sha256Hex,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type NewAuditEntry = Omit<AuditEntry, 'sequence' | 'previous_hash' | 'hash'>;

/** The audit trail file: versioned, append-only, hash-chained. */
export const auditTrailSchema = z.strictObject({
  schemaVersion: z.literal(1),
  kind: z.literal('mergeml.audit-trail'),
  entries: z.array(auditEntrySchema),
});
export type AuditTrail = z.infer<typeof auditTrailSchema>;

/** An empty trail. */
export function emptyAuditTrail(): AuditTrail {
  return { schemaVersion: 1, kind: 'mergeml.audit-trail', entries: [] };
}

// Canonical JSON: keys sorted at every level, so the hash does not depend on key order in the file.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The hash of an entry: sha256 of its canonical JSON without the `hash` field (previous_hash included). */
export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const { hash: _ignored, ...rest } = entry as AuditEntry;
  return createHash('sha256').update(canonical(rest)).digest('hex');
}

/** Checks sequence numbers and the hash chain; returns a message per broken entry (empty when intact). */
export function verifyAuditTrail(trail: AuditTrail): string[] {
  const problems: string[] = [];
  let previous: string | null = null;
  trail.entries.forEach((entry, i) => {
    if (entry.sequence !== i) problems.push(`entry ${i}: sequence is ${entry.sequence}, expected ${i}`);
    if (entry.previous_hash !== previous) problems.push(`entry ${i}: previous_hash does not match entry ${i - 1}'s hash (an entry was removed, reordered or edited)`);
    if (hashAuditEntry(entry) !== entry.hash) problems.push(`entry ${i}: hash does not match its content (the entry was edited after it was recorded)`);
    previous = entry.hash;
  });
  return problems;
}

/** Parses a trail read from `file`; every schema or chain problem becomes one InputError. */
export function parseAuditTrail(json: unknown, file: string): AuditTrail {
  const parsed = auditTrailSchema.safeParse(json);
  if (!parsed.success) {
    throw new InputError(`${file} is not a MergeML audit trail`, parsed.error.issues.map((i) => ({ file, path: i.path.join('.'), message: i.message })));
  }
  const problems = verifyAuditTrail(parsed.data);
  if (problems.length > 0) throw new InputError(`${file}: the audit trail was rewritten; it is append-only`, problems.map((message) => ({ file, message })));
  return parsed.data;
}

/** Appends an entry after verifying that the existing entries are unchanged; returns a new trail. */
export function appendAuditEntry(trail: AuditTrail, entry: NewAuditEntry, file = 'audit trail'): AuditTrail {
  const problems = verifyAuditTrail(trail);
  if (problems.length > 0) throw new InputError(`${file}: the audit trail was rewritten; it is append-only`, problems.map((message) => ({ file, message })));
  const last = trail.entries[trail.entries.length - 1];
  const body = { ...auditEntrySchema.omit({ sequence: true, previous_hash: true, hash: true }).parse(entry), sequence: trail.entries.length, previous_hash: last?.hash ?? null };
  return { ...trail, entries: [...trail.entries, { ...body, hash: hashAuditEntry(body) }] };
}

/** True when `next` keeps every entry of `previous` byte-for-byte (as canonical JSON) at the same position. */
export function isAppendOnly(previous: AuditTrail, next: AuditTrail): boolean {
  if (next.entries.length < previous.entries.length) return false;
  return previous.entries.every((e, i) => canonical(e) === canonical(next.entries[i]));
}
