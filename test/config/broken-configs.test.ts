import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const broken = join(repoRoot, 'test/fixtures/config/broken');

// [case folder, expected `file:line:col: ` prefix of the problem, key phrase of the message]
// Each folder holds a mergeml.yaml (and the policy files it references); data lives in ../../data.
const cases: readonly (readonly [string, string, string])[] = [
  ['wrong-type', 'mergeml.yaml:6:13:', 'models.m.target: wrong type: found number 3 (expected a string)'],
  ['unknown-key-near-miss', 'mergeml.yaml:8:5:', "unknown key 'featurs' (did you mean 'features'?)"],
  ['yaml-syntax-error', 'mergeml.yaml:9:5:', 'YAML syntax error: deficient indentation'],
  ['duplicate-keys', 'mergeml.yaml:8:5:', "duplicate key 'target'; first defined at line 6, column 5"],
  ['duplicate-model', 'mergeml.yaml:11:3:', "model 'm' is declared twice; first defined at line 3, column 3"],
  ['alias-bomb', 'mergeml.yaml:7:8:', 'an alias bomb, "billion laughs"'],
  ['empty-file', 'mergeml.yaml:1:1:', 'file is empty'],
  ['whitespace-only', 'mergeml.yaml:1:1:', 'file contains only whitespace'],
  ['invalid-utf8', 'mergeml.yaml:9:21:', 'invalid UTF-8: byte 0xe9 at offset 145'],
  ['tab-indentation', 'mergeml.yaml:9:1:', 'tab character used for indentation'],
  ['feature-also-protected', 'mergeml.yaml:8:19:', "feature 'Age' is also declared protected (line 10)"],
  ['target-in-features', 'mergeml.yaml:8:19:', "the target 'y' is also listed as a feature"],
  ['column-not-in-data', 'mergeml.yaml:6:13:', "target 'Y' is not a column of ../../data/train.csv (expected a column of the header: y, a, b, Age)"],
  ['column-not-in-data', 'mergeml.yaml:8:19:', "feature 'bb' is not a column of ../../data/train.csv"],
  ['column-not-in-data', 'mergeml.yaml:10:18:', "protected attribute 'age' is not a column of ../../data/train.csv (did you mean 'Age'?)"],
  ['missing-data-file', 'mergeml.yaml:5:14:', 'train data file data/nope.csv does not exist'],
  ['missing-policy-file', 'mergeml.yaml:11:16:', 'policy file missing-policy.yaml does not exist'],
  ['missing-contract', 'mergeml.yaml:11:15:', 'contract contract.yaml does not exist'],
  ['bad-sha256-format', 'mergeml.yaml:5:51:', 'sha256: must be 64 lowercase hex digits'],
  ['sha256-mismatch', 'mergeml.yaml:7:17:', 'sha256 pin does not match ../../data/train.csv: pinned abab'],
  ['bad-basis', 'mergeml.yaml:10:30:', `invalid value "martial_status" (did you mean 'marital_status'?)`],
  ['unknown-builtin', 'mergeml.yaml:11:16:', "unknown builtin policy pack 'regulation-c' (did you mean 'builtin:regulation-b'?)"],
  ['positive-class-not-in-data', 'mergeml.yaml:7:21:', `positive class "yes" does not occur in column 'y' of ../../data/train.csv`],
  ['missing-positive-class', 'mergeml.yaml:3:3:', "models.m.positive_class: missing required key 'positive_class'"],
  ['missing-target', 'mergeml.yaml:3:3:', "models.m.target: missing required key 'target'"],
  ['wrong-version', 'mergeml.yaml:1:10:', 'version: invalid value 2 (expected 1)'],
  ['bad-model-name', 'mergeml.yaml:3:3:', "invalid name 'Credit Risk'"],
  ['multi-document', 'mergeml.yaml:11:1:', 'more than one YAML document'],
  ['unknown-tag', 'mergeml.yaml:11:18:', 'unknown scalar tag'],
  ['policy-unknown-check', 'policy.yaml:5:13:', `data_checks[1].check: unknown check "column_exist" (did you mean 'column_exists'?)`],
  ['policy-unknown-key', 'policy.yaml:3:1:', "unknown key 'metric_gate' (did you mean 'metric_gates'?)"],
  ['policy-wrong-type', 'policy.yaml:5:16:', 'metric_gates[0].threshold: wrong type: found the string "high" (expected a number)'],
  ['policy-fairness-not-protected', 'policy.yaml:6:20:', "fairness attribute 'Marital' is not a protected attribute of model 'm'"],
  ['policy-extends-cycle', 'other.yaml:3:11:', "policy 'policy.yaml' extends itself through policy.yaml → other.yaml → policy.yaml"],
  ['policy-empty', 'policy.yaml:1:1:', 'file is empty'],
  ['policy-alias-bomb', 'policy.yaml:8:8:', 'an alias bomb'],
  ['policy-duplicate-keys', 'policy.yaml:6:3:', "duplicate key 'stattest'; first defined at line 4, column 3"],
  ['policy-unknown-builtin-extends', 'policy.yaml:3:11:', "unknown builtin policy pack 'data-qualty' (did you mean 'builtin:data-quality'?)"],
];

for (const [name, where, phrase] of cases) {
  test(`config check rejects broken/${name} with exit 2 at ${where} ${phrase.slice(0, 30)}`, () => {
    const r = runCli(['config', 'check', '--config', 'mergeml.yaml'], { cwd: join(broken, name) });
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stdout, '');
    const line = r.stderr.split('\n').find((l) => l.trim().startsWith(where));
    assert.ok(line, `no problem at ${where} in:\n${r.stderr}`);
    assert.ok(line.includes(phrase), `expected "${phrase}" in:\n${line}`);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace for a user mistake');
  });
}

test('every problem of a file is reported in one run', () => {
  const r = runCli(['config', 'check', '--config', 'mergeml.yaml'], { cwd: join(broken, 'many-problems') });
  assert.equal(r.status, 2);
  const problems = r.stderr.split('\n').filter((l) => /^\s+mergeml\.yaml:\d+:\d+: /.test(l)).map((l) => l.trim().replace(/ \(expected.*$/, ''));
  assert.deepEqual(problems, [
    "mergeml.yaml:3:3: models.m.features: missing required key 'features'",
    "mergeml.yaml:6:7: models.m.data.tset: unknown key 'tset' (did you mean 'test'?)",
    'mergeml.yaml:7:13: models.m.target: wrong type: found number 3',
    "mergeml.yaml:9:5: models.m.featurs: unknown key 'featurs' (did you mean 'features'?)",
    `mergeml.yaml:11:30: models.m.protected[0].basis: invalid value "agee" (did you mean 'age'?)`,
    'mergeml.yaml:13:11: registry.stages: wrong type: found the string "staging"',
  ]);
});

test('the corpus has at least 20 broken files', () => {
  assert.ok(new Set(cases.map(([name]) => name)).size >= 20);
});
