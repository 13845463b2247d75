import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderModelCard, type ModelCardInput } from '../../src/core/compliance/model-card.js';
import { runComplianceChecks } from '../../src/core/compliance/compliance-checks.js';
import { buildFairnessReport } from '../../src/core/fairness/fairness-report.js';
import { TOY } from '../fairness/toy-data.js';

const fairness = buildFairnessReport({ yTrue: TOY.y, yPred: TOY.yhat, columns: new Map([['Group', TOY.group]]) }, {
  protected: [{ column: 'Group' }],
  gates: [{ metric: 'four_fifths', attributes: ['Group'], method: 'between_groups', threshold: 0.8, severity: 'error', minGroupSize: 1, ciMustCross: false }],
  minGroupSize: 5,
  bootstrap: null,
  positiveLabel: '1',
});

const input: ModelCardInput = {
  model: { name: 'credit-risk', version: 'v3', description: 'Probability that an applicant defaults.', task: 'binary_classification' },
  intendedUse: null,
  outOfScopeUses: ['Employment decisions'],
  data: [
    { role: 'train', path: 'data/train.csv', sha256: 'cc172392a40666534bcfcbb41a3e1c46d0309a9d4a1d33909c828b4666d76365', rows: 2672 },
    { role: 'test', path: 'data/<test>.csv', sha256: null, rows: null },
  ],
  metrics: [{ name: 'roc_auc', value: 0.8123, low: 0.79, high: 0.83, confidenceLevel: 0.95 }, { name: 'log_loss', value: null, note: 'scores are decision values' }],
  fairness,
  compliance: runComplianceChecks({ features: ['Income', 'Group'], protected: [{ column: 'Group', basis: 'sex' }], evaluationColumns: ['Group'], proxyFindings: null }),
  limitations: ['Trained on 2004 data from one Spanish bank; | not representative.'],
  lineage: { commit: '0123456789abcdef0123456789abcdef01234567', configPath: 'mergeml.yaml', configSha256: null, backend: 'wasm', seed: 42, mergemlVersion: '0.1.0' },
  gates: [{ kind: 'metric', name: 'roc_auc', status: 'pass', reason: 'roc_auc 0.8123 >= 0.75' }],
  generatedAt: '2026-11-23T10:00:00Z',
};

test('the model card has every section, with data hashes, intervals, fairness, lineage and gate decisions', () => {
  const md = renderModelCard(input);
  const headings = md.split('\n').filter((l) => l.startsWith('## '));
  assert.deepEqual(headings, ['## Intended use', '## Training and evaluation data', '## Metrics', '## Fairness', '## Compliance', '## Limitations', '## Lineage', '## Gate decisions']);
  assert.match(md, /^# Model card: credit-risk v3$/m);
  assert.match(md, /Generated 2026-11-23T10:00:00Z by MergeML 0\.1\.0\./);
  assert.match(md, /Probability that an applicant defaults\./); // intended use falls back to the description
  assert.match(md, /\| train \| data\/train\.csv \| 2672 \| `cc172392a40666534bcfcbb41a3e1c46d0309a9d4a1d33909c828b4666d76365` \|/);
  assert.match(md, /\| test \| data\/&lt;test&gt;\.csv \| n\/a \(not counted\) \| n\/a \(not hashed\) \|/);
  assert.match(md, /\| `roc_auc` \| 0\.8123 \| \[0\.79, 0\.83\] \(95%\) \|/);
  assert.match(md, /\| `log_loss` \| n\/a \(scores are decision values; note 1\) \| n\/a \(no confidence interval was computed for this metric; note 2\) \|/);
  assert.match(md, /#### By Group/);
  assert.match(md, /\| ❌ fail \| fairness \| `four_fifths` over Group \|/);
  assert.match(md, /\| ❌ fail \| compliance \| protected\\_not\\_features \| feature \\`Group\\` is a protected attribute \\\(basis: sex/);
  assert.match(md, /\| commit \| `0123456789abcdef0123456789abcdef01234567` \|/);
  assert.match(md, /\| backend \| wasm \|/);
  assert.match(md, /- Trained on 2004 data from one Spanish bank; \\\| not representative\./);
  assert.doesNotMatch(md, /\|[ \t]*(NaN|-?Infinity)?[ \t]*\|/);
});

test('rendering is pure: same input, same card', () => {
  assert.equal(renderModelCard(input), renderModelCard(input));
});
