import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';

const FIX = 'test/fixtures/fairness';

test('model-card renders data hashes, fairness, compliance and lineage from the run reports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mergeml-card-'));
  const fair = runCli(['fairness', '--config', `${FIX}/age-feature/mergeml.yaml`, '--predictions', `${FIX}/credit-predictions.csv`, '--score', 'score', '--positive', 'good', '--resamples', '0', '--json', join(dir, 'f.json')]);
  assert.equal(fair.status, 1, fair.stderr);
  const args = ['model-card', '--config', `${FIX}/age-feature/mergeml.yaml`, '--fairness', join(dir, 'f.json'), '--commit', '0123abcd', '--generated-at', '2026-11-23T10:00:00Z', '--limitation', 'Data from one bank, 2004', '--out', join(dir, 'card.md')];
  const r = runCli(args);
  assert.equal(r.status, 0, r.stderr);
  const card = readFileSync(join(dir, 'card.md'), 'utf8');
  assert.match(card, /^# Model card: credit-risk$/m);
  assert.match(card, /`cc172392a40666534bcfcbb41a3e1c46d0309a9d4a1d33909c828b4666d76365`/); // examples/credit/train.csv
  assert.match(card, /#### By Marital/);
  assert.match(card, /feature \\`Age\\` is a protected attribute \\\(basis: age/);
  assert.match(card, /\| commit \| `0123abcd` \|/);
  assert.match(card, /\| backend \| n\/a \(not trained by MergeML\) \|/);
  assert.match(card, /- Data from one bank, 2004/);
  // Same inputs and time, same card.
  const again = runCli([...args.slice(0, -1), join(dir, 'card2.md')]);
  assert.equal(again.status, 0);
  assert.equal(readFileSync(join(dir, 'card2.md'), 'utf8'), card);
});

test('model-card rejects a file that is not a fairness report (exit 2)', () => {
  const r = runCli(['model-card', '--config', `${FIX}/credit-project/mergeml.yaml`, '--fairness', `${FIX}/numpy-expected.json`, '--out', '-']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /is not a fairness report/);
});
