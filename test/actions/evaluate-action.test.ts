import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runActionBundle } from './run-action.js';

let ws: string;
before(() => {
  ws = mkdtempSync(join(tmpdir(), 'mergeml-eval-'));
  // 40 rows; the challenger ranks the positives better than the champion.
  const lines = (better: boolean) => ['y,score', ...Array.from({ length: 40 }, (_, i) => {
    const y = i % 2;
    const noise = ((i * 7) % 10) / 20;
    return `${y},${(better ? 0.3 * y + 0.35 : 0.1 * y + 0.45) + noise * (better ? 0.4 : 1)}`;
  })].join('\n') + '\n';
  writeFileSync(join(ws, 'champion.csv'), lines(false));
  writeFileSync(join(ws, 'challenger.csv'), lines(true));
  writeFileSync(join(ws, 'mergeml.yaml'), 'version: 1\nmodels:\n  m:\n    data:\n      train: challenger.csv\n      test: challenger.csv\n    target: y\n    positive_class: 1\n    features: [score]\n    policies: [policy.yaml]\n');
  writeFileSync(join(ws, 'policy.yaml'), 'version: 1\nname: p\nmetric_gates:\n  - metric: accuracy\n    threshold: 0.95\n');
});
after(() => rmSync(ws, { recursive: true, force: true }));

test('evaluate: comparison files and outputs; a failing gate exits 1 after writing them', async () => {
  const run = await runActionBundle('evaluate', { workspace: ws, inputs: { model: 'm', challenger: 'challenger.csv', champion: 'champion.csv', resamples: '200', 'results-dir': 'res' } });
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.deepEqual([run.outputs['metrics'], run.outputs['comparison'], run.outputs['gates'], run.outputs['gates-passed']], ['res/m/metrics.json', 'res/m/comparison.json', 'res/m/gates.json', 'false']);
  const comparison = JSON.parse(readFileSync(join(ws, 'res/m/comparison.json'), 'utf8')) as { kind: string; rows: number; bootstrap: { resamples: number } };
  assert.deepEqual([comparison.kind, comparison.rows, comparison.bootstrap.resamples], ['comparison', 40, 200]);
  assert.match(run.stdout, /::error::evaluate: 1 metric gate\(s\) failed/);
  assert.match(run.summary, /accuracy/);
});

test('evaluate: a resamples input that is not an integer is exit 2', async () => {
  const run = await runActionBundle('evaluate', { workspace: ws, inputs: { challenger: 'challenger.csv', resamples: 'many' } });
  assert.equal(run.status, 2);
  assert.match(run.stdout, /inputs\.resamples/);
});
