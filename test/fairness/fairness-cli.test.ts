// The fairness command as a real child process (the committed bundle): acceptance on the credit data, exit
// codes, and bad input. Predictions: test/fixtures/fairness/credit-predictions.csv (make-credit-predictions.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';

const FIX = 'test/fixtures/fairness';
const PRED = `${FIX}/credit-predictions.csv`;
const tmp = () => mkdtempSync(join(tmpdir(), 'mergeml-fairness-'));

interface RunJson {
  schemaVersion: number;
  status: string;
  fairness: {
    tables: { attributes: string[]; groups: { name: string; count: number; small: boolean }[] }[];
    gates: { metric: string; attributes: string[]; status: string; value: number | null; reasons: string[]; interval: { low: number | null } | null }[];
  };
  compliance: { status: string; checks: { id: string; status: string; severity: string; message: string }[] };
  decisions: { kind: string; name: string; result: string }[];
}

test('credit acceptance: every Marital and bucketed Age group with its count, small groups flagged, four-fifths verdict', () => {
  const dir = tmp();
  const r = runCli(['fairness', '--config', `${FIX}/credit-project/mergeml.yaml`, '--predictions', PRED, '--score', 'score', '--positive', 'good',
    '--min-group-size', '100', '--resamples', '200', '--json', join(dir, 'r.json'), '--markdown', join(dir, 'r.md')]);
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as RunJson;
  assert.equal(json.schemaVersion, 1);
  const marital = json.fairness.tables.find((t) => t.attributes.join() === 'Marital')!;
  assert.deepEqual(marital.groups.map((g) => [g.name, g.count, g.small]), [
    ['divorced', 38, true], ['married', 3241, false], ['separated', 130, false], ['single', 977, false], ['widow', 67, true], ['(missing)', 1, true],
  ]);
  const age = json.fairness.tables.find((t) => t.attributes.join() === 'Age')!;
  assert.deepEqual(age.groups.map((g) => [g.name, g.count]), [['(-inf, 25)', 560], ['[25, 35)', 1531], ['[35, 45)', 1207], ['[45, 55)', 798], ['[55, 65)', 335], ['[65, inf)', 23]]);
  assert.equal(age.groups.reduce((a, g) => a + g.count, 0), 4454);
  // regulation-b's four-fifths gate (demographic_parity_ratio >= 0.8, one per protected attribute) gives a verdict.
  const fourFifths = json.fairness.gates.filter((g) => g.metric === 'demographic_parity_ratio');
  assert.ok(fourFifths.length >= 2);
  for (const g of fourFifths) {
    assert.ok(['pass', 'warn', 'fail'].includes(g.status));
    assert.ok(g.value !== null && g.value > 0.8, `${g.attributes}: ${g.value}`);
  }
  // Small groups are left out with a warning, never a silent pass.
  const maritalGate = fourFifths.find((g) => g.attributes.join() === 'Marital' && g.reasons.join(' ').includes('divorced'))!;
  assert.equal(maritalGate.status, 'warn');
  assert.match(maritalGate.reasons.join(' '), /Insufficient data: `divorced` \(38 rows\), `widow` \(67 rows\), `\(missing\)` \(1 row\)/);
  const md = readFileSync(join(dir, 'r.md'), 'utf8');
  assert.match(md, /#### By Marital/);
  assert.match(md, /\| divorced \| 38 ⚠/);
  assert.match(md, /#### Disparity gates/);
  assert.match(md, /#### Compliance checklist/);
  // No unexplained NaN/Infinity and no blank cell (notes may mention NaN when they explain a value).
  assert.doesNotMatch(md, /\|[ \t]*(NaN|-?Infinity)?[ \t]*\|/);
});

test('four-fifths on predicted defaults fails: exit 1 with the report written', () => {
  const dir = tmp();
  const r = runCli(['fairness', '--predictions', PRED, '--label', 'Status', '--score', 'score', '--positive', 'bad', '--protected', 'Marital',
    '--null-value', 'NA', '--policy', 'policies/regulation-b.yaml', '--resamples', '0', '--json', join(dir, 'r.json')]);
  assert.equal(r.status, 1, r.stderr);
  const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as RunJson;
  const gate = json.fairness.gates.find((g) => g.metric === 'demographic_parity_ratio')!;
  assert.equal(gate.status, 'fail');
  assert.ok(Math.abs(gate.value! - 0.104478 / 0.210526) < 1e-3);
  assert.equal(json.decisions.find((d) => d.kind === 'fairness')!.result, 'fail');
  assert.match(r.stdout, /❌ demographic_parity_ratio over Marital/);
});

test('a model with Age among its features fails the compliance check naming the column and the basis (exit 1)', () => {
  const dir = tmp();
  const r = runCli(['fairness', '--config', `${FIX}/age-feature/mergeml.yaml`, '--predictions', PRED, '--score', 'score', '--positive', 'good', '--resamples', '0', '--json', join(dir, 'r.json')]);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /feature `Age` is a protected attribute \(basis: age, 12 CFR 1002\.2\(z\)\)$/m);
  const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as RunJson;
  assert.equal(json.compliance.status, 'fail');
  const cr01 = json.compliance.checks.find((c) => c.id === 'CR01' && c.status === 'fail')!;
  assert.equal(cr01.severity, 'error');
});

test('protected attribute missing from the data: exit 2 naming the column', () => {
  const r = runCli(['fairness', '--predictions', PRED, '--label', 'Status', '--score', 'score', '--protected', 'Gender']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /protected attribute column `Gender` is not in the file/);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
});

test('threshold outside the metric range in a policy: ConfigError with file and line, exit 2, nothing written', () => {
  const dir = tmp();
  const policy = join(dir, 'policy.yaml');
  writeFileSync(policy, 'version: 1\nname: bad\nfairness:\n  gates:\n    - metric: demographic_parity_ratio\n      attributes: [Marital]\n      threshold: 1.5\n');
  const r = runCli(['fairness', '--predictions', PRED, '--label', 'Status', '--score', 'score', '--protected', 'Marital', '--policy', policy, '--json', join(dir, 'r.json')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /policy\.yaml:7:\d+: .*threshold 1\.5 is outside the valid range of demographic_parity_ratio \(expected a number in \[0, 1\]\)/);
  assert.equal(existsSync(join(dir, 'r.json')), false);
});

test('unknown metric name in a policy: exit 2', () => {
  const dir = tmp();
  const policy = join(dir, 'policy.yaml');
  writeFileSync(policy, 'version: 1\nname: bad\nfairness:\n  gates:\n    - metric: demographic_parity\n      attributes: [Marital]\n      threshold: 0.8\n');
  const r = runCli(['fairness', '--predictions', PRED, '--label', 'Status', '--score', 'score', '--protected', 'Marital', '--policy', policy]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /policy\.yaml:5/);
});

test('a single group, a group without positives or negatives: defined values with explanations', () => {
  const dir = tmp();
  const data = join(dir, 'p.csv');
  // group x: only negatives; group y: only positives; one attribute with a single value.
  writeFileSync(data, 'y,p,g,one\n0,0,x,k\n0,1,x,k\n0,0,x,k\n1,1,y,k\n1,0,y,k\n1,1,y,k\n');
  const policy = join(dir, 'policy.yaml');
  writeFileSync(policy, 'version: 1\nname: t\nfairness:\n  min_group_size: 1\n  gates:\n    - {metric: equal_opportunity_ratio, attributes: [g], threshold: 0.8}\n    - {metric: four_fifths, attributes: [one], threshold: 0.8}\n');
  const r = runCli(['fairness', '--predictions', data, '--label', 'y', '--pred', 'p', '--protected', 'g', '--protected', 'one', '--policy', policy, '--resamples', '0', '--json', join(dir, 'r.json'), '--markdown', join(dir, 'r.md')]);
  assert.equal(r.status, 1, r.stderr);
  const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as RunJson;
  const [eo, single] = json.fairness.gates;
  // x has no positives: TPR 0 as Fairlearn defines it, so the TPR ratio is 0 and the gate fails.
  assert.equal(eo!.status, 'fail');
  assert.equal(eo!.value, 0);
  assert.equal(single!.status, 'warn');
  assert.match(single!.reasons.join(' '), /Only one group/);
  const md = readFileSync(join(dir, 'r.md'), 'utf8');
  assert.match(md, /no positive labels; 0 as Fairlearn defines it/);
  assert.match(md, /n\/a \(TPR of the unprivileged rows has a zero denominator; note \d+\)/);
  assert.doesNotMatch(md, /\|[ \t]*(NaN|-?Infinity)?[ \t]*\|/);
  assert.doesNotMatch(readFileSync(join(dir, 'r.json'), 'utf8'), /:\s*(NaN|-?Infinity)/);
});

test('bad flags: invalid --bucket, both --score and --pred, non-numeric bucketed values, wrong positive label', () => {
  const pos = runCli(['fairness', '--predictions', PRED, '--label', 'Status', '--score', 'score', '--protected', 'Marital']);
  assert.equal(pos.status, 2);
  assert.match(pos.stderr, /no row has the positive label `1` in `Status`[\s\S]*label values seen: bad, good/);
  const order = runCli(['fairness', '--predictions', PRED, '--label', 'Status', '--score', 'score', '--positive', 'bad', '--protected', 'Age', '--bucket', 'Age=35,25']);
  assert.equal(order.status, 2);
  assert.match(order.stderr, /strictly increasing/);
  const both = runCli(['fairness', '--predictions', PRED, '--label', 'Status', '--score', 'score', '--pred', 'score', '--protected', 'Age']);
  assert.equal(both.status, 2);
  assert.match(both.stderr, /exactly one of --score COL or --pred COL/);
  const text = runCli(['fairness', '--predictions', PRED, '--label', 'Status', '--score', 'score', '--positive', 'bad', '--protected', 'Marital', '--bucket', 'Marital=1,2']);
  assert.equal(text.status, 2);
  assert.match(text.stderr, /`Marital` is bucketed at cut points but holds 4454 non-numeric value\(s\)/);
  assert.match(text.stderr, /credit-predictions\.csv:2: `Marital` is "married"/);
});

test('same seed, same report: the bootstrap is deterministic across runs', () => {
  const args = ['fairness', '--predictions', PRED, '--label', 'Status', '--score', 'score', '--positive', 'good', '--score-class', 'bad', '--protected', 'Marital', '--null-value', 'NA', '--policy', 'policies/regulation-b.yaml', '--resamples', '200', '--seed', '5', '--json', '-'];
  const a = runCli(args);
  const b = runCli(args);
  assert.equal(a.status, 0, a.stderr);
  assert.equal(a.stdout, b.stdout);
  const json = JSON.parse(a.stdout) as RunJson;
  assert.ok(json.fairness.gates[0]!.interval!.low !== null);
});

test('--baseline: a candidate worse than the champion by more than max_worsening fails although the threshold holds', () => {
  const dir = tmp();
  // Candidate: a selects 2/4, b selects 1/4 -> ratio 0.5. Champion: a 2/4, b 2/4 -> ratio 1.
  const header = 'y,p,g\n';
  writeFileSync(join(dir, 'cand.csv'), header + '1,1,a\n0,1,a\n1,0,a\n0,0,a\n1,1,b\n0,0,b\n1,0,b\n0,0,b\n');
  writeFileSync(join(dir, 'champ.csv'), header + '1,1,a\n0,1,a\n1,0,a\n0,0,a\n1,1,b\n0,1,b\n1,0,b\n0,0,b\n');
  writeFileSync(join(dir, 'policy.yaml'), 'version: 1\nname: t\nfairness:\n  min_group_size: 1\n  gates:\n    - {metric: demographic_parity_ratio, attributes: [g], threshold: 0.4, max_worsening: 0.1}\n');
  const base = ['fairness', '--predictions', join(dir, 'cand.csv'), '--label', 'y', '--pred', 'p', '--protected', 'g', '--policy', join(dir, 'policy.yaml'), '--resamples', '0', '--json', '-'];
  const r = runCli([...base, '--baseline', join(dir, 'champ.csv')]);
  assert.equal(r.status, 1, r.stderr);
  const gate = (JSON.parse(r.stdout) as RunJson).fairness.gates[0]! as RunJson['fairness']['gates'][number] & { champion: { value: number; worsening: number } };
  assert.equal(gate.status, 'fail');
  assert.equal(gate.champion.value, 1);
  assert.equal(gate.champion.worsening, 0.5);
  assert.match(gate.reasons.join(' '), /at least 0\.4 as required.*Worse than the champion \(1\) by 0\.5, more than the allowed 0\.1/);
  // Against itself nothing worsens.
  assert.equal(runCli([...base, '--baseline', join(dir, 'cand.csv')]).status, 0);
});

test('a protected attribute of the project missing from the predictions fails the compliance check and its gates (exit 1)', () => {
  const dir = tmp();
  const lines = readFileSync(PRED, 'utf8').trimEnd().split('\n');
  // Drop the Age column (third) from every line.
  writeFileSync(join(dir, 'no-age.csv'), lines.map((l) => l.split(',').filter((_, i) => i !== 2).join(',')).join('\n') + '\n');
  const r = runCli(['fairness', '--config', `${FIX}/credit-project/mergeml.yaml`, '--predictions', join(dir, 'no-age.csv'), '--score', 'score', '--positive', 'good', '--resamples', '0', '--json', join(dir, 'r.json')]);
  assert.equal(r.status, 1, r.stderr);
  const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as RunJson;
  const cr02 = json.compliance.checks.find((c) => c.id === 'CR02' && c.status === 'fail')!;
  assert.match(cr02.message, /protected attribute `Age` \(basis: age\) is missing from the evaluation data/);
  const ageGate = json.fairness.gates.find((g) => g.attributes.join() === 'Age')!;
  assert.equal(ageGate.status, 'fail');
  assert.match(ageGate.reasons[0]!, /`Age` is missing from the evaluation data/);
  assert.ok(json.fairness.tables.some((t) => t.attributes.join() === 'Marital'));
});

test('examples/credit as shipped: the example policy and regulation-b four-fifths gates give verdicts on the frozen predictions', () => {
  const r = runCli(['fairness', '--config', 'examples/credit/mergeml.yaml', '--predictions', PRED, '--score', 'score', '--positive', 'good', '--resamples', '200', '--json', '-']);
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const json = JSON.parse(r.stdout) as RunJson;
  const dpr = json.fairness.gates.filter((g) => g.metric === 'demographic_parity_ratio');
  assert.deepEqual([...new Set(dpr.map((g) => g.attributes.join()))].sort(), ['Age', 'Marital']);
  for (const g of dpr) assert.ok(['pass', 'warn', 'fail'].includes(g.status) && g.reasons.length > 0);
  assert.equal(json.compliance.status, 'pass');
});

test('--baseline without a protected column of the candidate: exit 2 naming the baseline file', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'cand.csv'), 'y,p,g\n1,1,a\n0,0,b\n');
  writeFileSync(join(dir, 'champ.csv'), 'y,p\n1,1\n0,0\n');
  const r = runCli(['fairness', '--predictions', join(dir, 'cand.csv'), '--label', 'y', '--pred', 'p', '--protected', 'g', '--baseline', join(dir, 'champ.csv')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /champ\.csv: protected attribute column `g` is not in the file/);
});
