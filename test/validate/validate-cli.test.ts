import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const credit = join(repoRoot, 'examples/credit');
const fixtures = join(repoRoot, 'test/fixtures/validate');
const tmp = () => mkdtempSync(join(tmpdir(), 'mergeml-validate-'));

interface Report {
  schemaVersion: number;
  status: string;
  data: { rows: number };
  columns: { name: string; nulls: number }[];
  checks: { id: string; check: string; column?: string; status: string; severity: string; examples: { file: string; line: number; value?: string | null }[] }[];
}

test('validate reports the real NA counts of the full credit file', () => {
  const dir = tmp();
  const r = runCli(['validate', '--data', join(credit, 'credit_data.csv'), '--null-value', 'NA', '--profile', '--json', join(dir, 'r.json')]);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as Report;
  assert.equal(report.schemaVersion, 1);
  assert.equal(report.data.rows, 4454);
  const nulls = Object.fromEntries(report.columns.filter((c) => c.nulls > 0).map((c) => [c.name, c.nulls]));
  assert.deepEqual(nulls, { Home: 6, Marital: 1, Job: 2, Income: 381, Assets: 47, Debt: 18 });
  assert.match(r.stdout, /nulls: Home 6, Marital 1, Job 2, Income 381, Assets 47, Debt 18/);
  const profile = (report as unknown as { profile: { rows: number; columns: { name: string; nulls: number }[] } }).profile;
  assert.equal(profile.rows, 4454);
  assert.equal(profile.columns.find((c) => c.name === 'Income')?.nulls, 381);
});

test('the contract inferred from train validates test (exit 0) and catches a bad category (exit 1, report written)', () => {
  const dir = tmp();
  const contract = join(dir, 'contract.yaml');
  const infer = runCli(['schema', 'infer', '--data', 'train.csv', '--null-value', 'NA', '--null-value', '', '--out', contract], { cwd: credit });
  assert.equal(infer.status, 0, infer.stderr);
  const yaml = readFileSync(contract, 'utf8');
  assert.match(yaml, /^# Data contract inferred by `mergeml schema infer` from train\.csv \(2672 rows\)/m);
  assert.match(yaml, /- name: Marital\n {4}type: string\n {4}nullable: false\n {4}values: \[divorced, married, separated, single, widow\]/);
  const self = runCli(['validate', '--data', 'train.csv', '--contract', contract, '--json', '-'], { cwd: credit });
  assert.equal(self.status, 0, self.stderr);
  assert.equal((JSON.parse(self.stdout) as { summary: { failed: number } }).summary.failed, 0, 'a contract accepts the data it was inferred from');
  const ok = runCli(['validate', '--data', 'test.csv', '--contract', contract, '--json', join(dir, 'test.json')], { cwd: credit });
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  const report = JSON.parse(readFileSync(join(dir, 'test.json'), 'utf8')) as Report;
  assert.equal(report.status, 'pass');
  assert.ok(report.checks.some((c) => c.id === 'DV10' && c.status === 'fail' && c.severity === 'warning'), 'observed-range warnings are reported');

  const bad = join(dir, 'bad.csv');
  const lines = readFileSync(join(credit, 'test.csv'), 'utf8').split('\n');
  lines[5] = lines[5]!.replace('"married"', '"maried"').replace('"single"', '"singel"');
  writeFileSync(bad, lines.join('\n'));
  const fail = runCli(['validate', '--data', bad, '--contract', contract, '--json', join(dir, 'bad.json'), '--markdown', join(dir, 'bad.md')]);
  assert.equal(fail.status, 1, fail.stderr);
  const failed = (JSON.parse(readFileSync(join(dir, 'bad.json'), 'utf8')) as Report).checks.find((c) => c.id === 'DV12' && c.column === 'Marital');
  assert.equal(failed?.status, 'fail');
  assert.equal(failed?.examples[0]?.line, 6);
  assert.match(readFileSync(join(dir, 'bad.md'), 'utf8'), /❌ \*\*Data validation failed\*\*/);
});

test('validate with the project file takes data, policies and reference from the model', () => {
  const r = runCli(['validate', '--config', 'mergeml.yaml', '--model', 'credit-risk', '--split', 'test', '--json', '-'], { cwd: credit });
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report & { policies: string[]; reference: { rows: number } };
  assert.ok(report.policies.includes('credit-default'));
  assert.equal(report.reference.rows, 891);
  assert.ok(report.checks.some((c) => c.id === 'DRIFT'));
  const proxies = (report as unknown as { proxies: { findings: { protected: string; feature: string; cramers_v: number }[] } }).proxies;
  assert.ok(proxies.findings.some((f) => f.protected === 'Marital') && proxies.findings.some((f) => f.protected === 'Age'));
  assert.ok(report.checks.some((c) => c.id === 'PROXY'));
});

test('bad input: unknown check in a contract is exit 2 with line:col and a suggestion', () => {
  const r = runCli(['validate', '--data', join(fixtures, 'wrong-type.csv'), '--contract', 'test/fixtures/validate/unknown-check.yaml']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown-check\.yaml:7:13: checks\[0\]\.check: unknown check "values_betwen" \(did you mean 'values_between'\?\)/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('bad input: contract type errors are all reported with line:col (exit 2)', () => {
  const r = runCli(['validate', '--data', join(fixtures, 'wrong-type.csv'), '--contract', 'test/fixtures/validate/type-errors.yaml']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /type-errors\.yaml:4:11: columns\[0\]\.type: invalid value "integr" \(did you mean 'integer'\?\)/);
  assert.match(r.stderr, /type-errors\.yaml:5:10: columns\[0\]\.min: .*expected a number/);
  assert.match(r.stderr, /type-errors\.yaml:6:15: columns\[0\]\.nullable: .*expected true or false/);
});

test('a value of the wrong type is a failed check with file:line examples (exit 1), not bad input', () => {
  const r = runCli(['validate', '--data', 'test/fixtures/validate/wrong-type.csv', '--contract', 'test/fixtures/validate/wrong-type-contract.yaml', '--json', '-']);
  assert.equal(r.status, 1, r.stderr);
  const type = (JSON.parse(r.stdout) as Report).checks.find((c) => c.id === 'DV07' && c.column === 'amount');
  assert.deepEqual(type?.examples, [{ file: 'test/fixtures/validate/wrong-type.csv', line: 4, column: 'amount', value: 'abc' }]);
});

test('bad input: a missing data file, a missing contract and a directory are exit 2 naming the file', () => {
  const missing = runCli(['validate', '--data', 'no-such.csv']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no-such\.csv/);
  const contract = runCli(['validate', '--data', join(fixtures, 'wrong-type.csv'), '--contract', 'no-such.yaml']);
  assert.equal(contract.status, 2);
  assert.match(contract.stderr, /no-such\.yaml: no such file/);
  const dir = runCli(['validate', '--data', fixtures]);
  assert.equal(dir.status, 2);
  assert.equal(runCli(['validate']).status, 2);
});

test('markdown escapes column names and values (| ` < > @)', () => {
  const r = runCli(['validate', '--data', join(fixtures, 'escape.csv'), '--contract', join(fixtures, 'escape-contract.yaml'), '--markdown', '-']);
  assert.equal(r.status, 1, r.stderr);
  assert.doesNotMatch(r.stdout, /<script>|<x>|@me/);
  assert.match(r.stdout, /a\\\|b &lt;x&gt; @&#8203;me \\`c\\`/);
});

test('schema infer refuses to overwrite without --force', () => {
  const dir = tmp();
  const out = join(dir, 'c.yaml');
  writeFileSync(out, 'keep');
  const r = runCli(['schema', 'infer', '--data', join(fixtures, 'wrong-type.csv'), '--out', out]);
  assert.equal(r.status, 2);
  assert.equal(readFileSync(out, 'utf8'), 'keep');
  assert.equal(runCli(['schema', 'infer', '--data', join(fixtures, 'wrong-type.csv'), '--out', out, '--force']).status, 0);
  assert.ok(existsSync(out) && readFileSync(out, 'utf8').includes('unique: true'));
});

test('bad input: an invalid regular expression in a contract is exit 2 at its line:col', () => {
  const r = runCli(['validate', '--data', join(fixtures, 'wrong-type.csv'), '--contract', 'test/fixtures/validate/bad-regex.yaml']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /bad-regex\.yaml:7:12: checks\[0\]\.regex: invalid regular expression/);
});
