import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, repoRoot } from '../helpers/run-cli.js';

const credit = join(repoRoot, 'examples/credit');

function shiftedCopy(dir: string): string {
  // The test split with Amount and Price multiplied by 3 and every Home set to "rent": 3 of 14 columns drift.
  const lines = readFileSync(join(credit, 'test.csv'), 'utf8').trimEnd().split('\n');
  const header = lines[0]!.split(',');
  const amount = header.indexOf('"Amount"');
  const price = header.indexOf('"Price"');
  const home = header.indexOf('"Home"');
  const out = [lines[0]!, ...lines.slice(1).map((l) => {
    const c = l.split(',');
    c[amount] = String(Number(c[amount]) * 3);
    c[price] = String(Number(c[price]) * 3);
    c[home] = '"rent"';
    return c.join(',');
  })];
  const path = join(dir, 'shifted.csv');
  writeFileSync(path, `${out.join('\n')}\n`);
  return path;
}

test('mergeml drift on the credit example: no drift between reference and test splits, exit 0, versioned JSON', () => {
  const dir = mkdtempSync(join(tmpdir(), 'drift-'));
  const r = runCli(['drift', '--reference', 'reference.csv', '--current', 'test.csv', '--null-value', 'NA', '--json', join(dir, 'drift.json'), '--markdown', join(dir, 'drift.md')], { cwd: credit });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /No dataset drift: 0\/14 columns drifted/);
  const report = JSON.parse(readFileSync(join(dir, 'drift.json'), 'utf8'));
  assert.equal(report.schemaVersion, 1);
  assert.equal(report.reference.rows, 891);
  assert.deepEqual(Object.keys(report.columns[0]), ['column', 'column_type', 'stattest', 'stattest_name', 'threshold', 'drift_score', 'drift_detected', 'status', 'reference_count', 'current_count', 'n_unique', 'sampled', 'details'].filter((k) => k in report.columns[0]));
  const age = report.columns.find((c: { column: string }) => c.column === 'Age');
  assert.equal(age.stattest, 'ks'); // numeric, N_ref 891 <= 1000, > 5 values
  assert.match(readFileSync(join(dir, 'drift.md'), 'utf8'), /### Data drift[\s\S]*\| Age \| num \| K-S p_value \|/);
});

test('dataset drift with an error-severity policy exits 1 after writing the report; warning severity exits 0', () => {
  const dir = mkdtempSync(join(tmpdir(), 'drift-'));
  const shifted = shiftedCopy(dir);
  writeFileSync(join(dir, 'policy.yaml'), 'version: 1\nname: strict\ndrift:\n  drift_share: 0.2\n  severity: error\n  columns:\n    Income: {stattest: psi, threshold: 0.2}\n');
  const r = runCli(['drift', '--reference', join(credit, 'reference.csv'), '--current', shifted, '--null-value', 'NA', '--policy', join(dir, 'policy.yaml'), '--json', join(dir, 'out.json')]);
  assert.equal(r.status, 1, r.stderr);
  const report = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
  assert.equal(report.dataset.dataset_drift, true);
  assert.equal(report.failed, true);
  assert.deepEqual(report.columns.filter((c: { drift_detected: boolean }) => c.drift_detected).map((c: { column: string }) => c.column).sort(), ['Amount', 'Home', 'Price']);
  assert.equal(report.columns.find((c: { column: string }) => c.column === 'Income').stattest, 'psi');
  const warn = runCli(['drift', '--reference', join(credit, 'reference.csv'), '--current', shifted, '--null-value', 'NA', '--columns', 'Amount,Price']);
  assert.equal(warn.status, 0);
  assert.match(warn.stdout, /Dataset drift: 2\/2 columns drifted/);
});

test('bad input exits 2 with a message naming the problem, and writes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'drift-'));
  const missing = runCli(['drift', '--reference', join(dir, 'nope.csv'), '--current', join(credit, 'test.csv'), '--json', join(dir, 'x.json')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nope\.csv: no such file/);
  assert.equal(existsSync(join(dir, 'x.json')), false);
  const column = runCli(['drift', '--reference', 'reference.csv', '--current', 'test.csv', '--columns', 'Incme'], { cwd: credit });
  assert.equal(column.status, 2);
  assert.match(column.stderr, /no column "Incme" \(did you mean "Income"\?\)/);
  const usage = runCli(['drift', '--current', 'test.csv'], { cwd: credit });
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /--reference is required/);
});
