import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendAuditEntry, emptyAuditTrail, isAppendOnly, parseAuditTrail, verifyAuditTrail, type NewAuditEntry } from '../../src/core/compliance/audit-trail.js';
import { fairnessDecisions } from '../../src/core/compliance/audit-decisions.js';
import { buildFairnessReport } from '../../src/core/fairness/fairness-report.js';
import { TOY } from '../fairness/toy-data.js';

const report = buildFairnessReport({ yTrue: TOY.y, yPred: TOY.yhat, columns: new Map([['g', TOY.group]]) }, {
  protected: [{ column: 'g' }],
  gates: [{ metric: 'demographic_parity_ratio', attributes: ['g'], method: 'between_groups', threshold: 0.8, severity: 'error', minGroupSize: 1, ciMustCross: false }],
  minGroupSize: 1,
  bootstrap: null,
  positiveLabel: '1',
});

const entry = (event: NewAuditEntry['event'], at: string): NewAuditEntry => ({
  recorded_at: at, event, model: 'credit-risk', version: 'v3', stage: event === 'promoted' ? 'production' : null,
  commit: 'a1b2c3d4e5f6', pull_request: 12,
  proposed_by: { login: 'alice', at: '2026-11-20T10:00:00Z' },
  approved_by: event === 'proposed' ? [] : [{ login: 'bob', at: '2026-11-21T09:00:00Z' }],
  merged_by: event === 'merged' || event === 'promoted' ? { login: 'carol', at: '2026-11-21T10:00:00Z' } : null,
  decisions: fairnessDecisions(report),
});

test('every gate decision is recorded with its inputs, threshold and result', () => {
  const [d] = fairnessDecisions(report);
  assert.equal(d!.name, 'demographic_parity_ratio');
  assert.equal(d!.threshold, 0.8);
  assert.equal(d!.value, 0.5);
  assert.equal(d!.result, 'fail');
  assert.equal(d!.inputs['method'], 'between_groups');
  assert.equal(d!.inputs['rows'], 10);
});

test('append builds a hash chain; entries keep sequence and time passed in', () => {
  let trail = appendAuditEntry(emptyAuditTrail(), entry('proposed', '2026-11-20T10:00:00Z'));
  trail = appendAuditEntry(trail, entry('merged', '2026-11-21T10:00:00Z'));
  assert.deepEqual(trail.entries.map((e) => [e.sequence, e.event, e.recorded_at]), [[0, 'proposed', '2026-11-20T10:00:00Z'], [1, 'merged', '2026-11-21T10:00:00Z']]);
  assert.equal(trail.entries[0]!.previous_hash, null);
  assert.equal(trail.entries[1]!.previous_hash, trail.entries[0]!.hash);
  assert.deepEqual(verifyAuditTrail(trail), []);
  // Round trip through JSON (key order changes do not matter).
  const reparsed = parseAuditTrail(JSON.parse(JSON.stringify(trail)), 'audit.json');
  assert.deepEqual(reparsed, trail);
  const next = appendAuditEntry(reparsed, entry('promoted', '2026-11-22T08:00:00Z'));
  assert.ok(isAppendOnly(trail, next));
  assert.equal(isAppendOnly(next, trail), false);
});

test('an edited, removed or reordered entry is detected and appending refuses', () => {
  let trail = appendAuditEntry(emptyAuditTrail(), entry('proposed', '2026-11-20T10:00:00Z'));
  trail = appendAuditEntry(trail, entry('approved', '2026-11-21T09:00:00Z'));
  const edited = structuredClone(trail);
  edited.entries[0]!.decisions[0]!.result = 'pass';
  assert.match(verifyAuditTrail(edited).join(), /entry 0: hash does not match its content/);
  assert.throws(() => appendAuditEntry(edited, entry('merged', '2026-11-21T10:00:00Z'), 'audit.json'), (e: Error) => e.name === 'InputError' && /append-only/.test(e.message));
  const removed = { ...trail, entries: [trail.entries[1]!] };
  assert.ok(verifyAuditTrail(removed).length > 0);
  assert.throws(() => parseAuditTrail(JSON.parse(JSON.stringify(removed)), 'audit.json'), /append-only/);
  assert.equal(isAppendOnly(trail, { ...trail, entries: [trail.entries[0]!, { ...trail.entries[1]!, model: 'other' }] }), false);
});

test('the schema is versioned and rejects unknown keys and local times without offset', () => {
  assert.throws(() => parseAuditTrail({ schemaVersion: 2, kind: 'mergeml.audit-trail', entries: [] }, 'a.json'), /not a MergeML audit trail/);
  assert.throws(() => appendAuditEntry(emptyAuditTrail(), { ...entry('proposed', '2026-11-20 10:00'), recorded_at: '2026-11-20 10:00' }));
});
