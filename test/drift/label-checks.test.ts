import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createConflictingLabelsConsumer } from '../../src/core/labels/conflicting-labels.js';
import { createLabelChecksConsumer } from '../../src/core/labels/label-checks.js';
import { skewCheckResults } from '../../src/core/labels/skew-checks.js';
import { createDriftProfileConsumer } from '../../src/core/drift/drift-profile-consumer.js';
import { batchesOf } from './drift-helpers.js';
import { creditBatches, CREDIT_FEATURES } from '../proxies/credit-batches.js';

test('DV27: null equals null, 1 equals 1.0, share = rows in groups with > 1 label / rows', () => {
  const c = createConflictingLabelsConsumer(['a', 'b'], 'y');
  for (const batch of batchesOf('t.csv', { a: ['1', '1.0', null, null, 'x', 'x', 'z'], b: ['k', 'k', null, null, 'q', 'q', 'q'], y: ['0', '1', '0', '0', '1', '1', '0'] }, 3)) c.consume(batch);
  const r = c.finish();
  assert.equal(r.rows, 7);
  assert.equal(r.conflictingRows, 2); // rows 1–2: (1,k) with labels 0 and 1; the null group agrees
  assert.equal(r.share, 2 / 7);
  assert.deepEqual(r.examples.map((e) => e.line), [2, 3]);
  assert.equal(r.sampled, false);
});

test('DV27 on the credit data equals pandas groupby(dropna=False) nunique > 1 (1957 of 4454 rows)', () => {
  const features = ['Seniority', 'Home', 'Time', 'Records', 'Job', 'Marital'];
  const exact = createConflictingLabelsConsumer(features, 'Status');
  for (const b of creditBatches()) exact.consume(b);
  const r = exact.finish();
  assert.equal(r.conflictingRows, 1957);
  assert.equal(r.rows, 4454);
  // With a table capped at 256 groups it keeps a hash-defined subset of groups: bounded, and the share is
  // an estimate (within a few points here).
  const capped = createConflictingLabelsConsumer(features, 'Status', 256);
  for (const b of creditBatches()) capped.consume(b);
  const s = capped.finish();
  assert.equal(s.sampled, true);
  assert.ok(s.groups <= 256);
  assert.ok(s.rowsInScope < 4454);
  assert.ok(Math.abs(s.share - 1957 / 4454) < 0.1, `estimate ${s.share}`);
});

test('label checks: class balance, DV27, DV28 leakage and DV29 correlation as CheckResults', () => {
  const consumer = createLabelChecksConsumer({ label: 'Status', features: CREDIT_FEATURES, severity: 'error', minClassShare: 0.3, maxConflictingShare: 0, leakagePps: 0.8, correlationThreshold: 0.9 });
  for (const b of creditBatches()) consumer.consume(b);
  const r = consumer.finish();
  assert.deepEqual(r.classes.map((c) => [c.label, c.count]), [['good', 3200], ['bad', 1254]]);
  const byCheck = (name: string) => r.checks.filter((c) => c.check === name);
  assert.equal(byCheck('class_balance')[0]!.status, 'fail'); // bad = 28.2% < 30%
  const dv27 = byCheck('conflicting_labels')[0]!;
  assert.equal(dv27.status, 'fail'); // all 11 features: 2 rows (lines 139, 235), as pandas counts
  assert.equal(dv27.unexpectedCount, 2);
  assert.deepEqual(dv27.examples.map((e) => e.line), [139, 235]);
  assert.equal(byCheck('feature_label_leakage').length, CREDIT_FEATURES.length);
  assert.ok(byCheck('feature_label_leakage').every((c) => c.status === 'pass' && typeof c.observed === 'number' && c.observed < 0.8));
  const corr = byCheck('feature_correlation')[0]!;
  assert.equal(corr.id, 'DV29');
  assert.ok(r.correlations.length > 40);
});

test('DV30: L∞ and JS divergence vs a control dataset (D5/D7 worked example: L∞ 0.4, JS 0.146793)', () => {
  const profile = (cells: string[]) => {
    const c = createDriftProfileConsumer();
    for (const b of batchesOf('d.csv', { c: cells })) c.consume(b);
    return c.finish();
  };
  const control = profile([...Array(50).fill('a'), ...Array(50).fill('b')]);
  const current = profile([...Array(90).fill('a'), ...Array(10).fill('b')]);
  const [linf] = skewCheckResults(control, current, [{ metric: 'linf', threshold: 0.01, severity: 'error' }]);
  assert.ok(Math.abs((linf!.observed as number) - 0.4) < 1e-12);
  assert.equal(linf!.status, 'fail');
  const [js] = skewCheckResults(control, current, [{ metric: 'jensen_shannon', threshold: 0.2, severity: 'warning' }]);
  assert.ok(Math.abs((js!.observed as number) - 0.146793) < 1e-6);
  assert.equal(js!.status, 'pass');
  const [nad] = skewCheckResults(control, current, [{ metric: 'normalized_abs_difference', threshold: 0.5, severity: 'error' }]);
  assert.ok(Math.abs((nad!.observed as number) - 40 / 200) < 1e-12);
});

test('DV27–DV30 registrations run from policy data_checks entries (as validate calls them)', async () => {
  const { labelDataChecks } = await import('../../src/core/labels/label-check-registry.js');
  const control = createDriftProfileConsumer();
  for (const b of creditBatches()) control.consume(b);
  const registry = labelDataChecks({ label: 'Status', features: CREDIT_FEATURES, control: control.finish() });
  const run = (config: Record<string, unknown>) => {
    const r = registry.find((x) => x.name === config['check'])!;
    const consumer = r.create(config as never, {});
    for (const b of creditBatches()) consumer.consume(b);
    return consumer.finish();
  };
  const [dv27] = run({ check: 'conflicting_labels', severity: 'error' });
  assert.equal(dv27!.id, 'DV27');
  assert.equal(dv27!.unexpectedCount, 2);
  const dv28 = run({ check: 'feature_label_leakage', severity: 'warning', columns: ['Records', 'Income'] });
  assert.deepEqual(dv28.map((c) => c.column).sort(), ['Income', 'Records']);
  const [dv29] = run({ check: 'feature_correlation', severity: 'warning', threshold: 0.5, max_pairs: 0 });
  assert.equal(dv29!.status, 'fail'); // e.g. Amount–Price
  const dv30 = run({ check: 'distribution_skew', severity: 'error', column: 'Home', metric: 'linf', threshold: 0.01 });
  assert.deepEqual(dv30.map((c) => [c.id, c.status, c.observed]), [['DV30', 'pass', 0]]);
  const noLabel = labelDataChecks({}).find((x) => x.name === 'conflicting_labels')!.create({ check: 'conflicting_labels', severity: 'error' } as never, {});
  assert.equal(noLabel.finish()[0]!.status, 'skip');
});
