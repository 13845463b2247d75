import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError } from '../../src/core/errors.js';
import { validate, type ValidatePorts } from '../../src/pipeline/validate.js';
import { toBatches } from '../checks/dv-helpers.js';

const header = ['id', 'amount', 'city'];
const rows: (string | null)[][] = [
  ['1', '10', 'Paris'],
  ['2', 'NA', 'paris'],
  ['2', '-5', 'Lyon'],
  ['4', 'abc', null],
];

function ports(files: Record<string, string>, nullValues: string[] = []): ValidatePorts {
  return {
    async *readBatches(path, options) {
      assert.equal(path, 'data.csv');
      const nulls = new Set(options.nullValues ?? nullValues);
      const data = rows.map((r) => r.map((v) => (v !== null && nulls.has(v) ? null : v)));
      yield* toBatches(header, data, 2, 'data.csv');
    },
    async readFile(path) {
      const text = files[path];
      if (text === undefined) throw new Error(`no ${path}`);
      return new TextEncoder().encode(text);
    },
  };
}

const contract = `version: 1
null_values: [NA]
columns:
  - name: id
    type: integer
    unique: true
  - name: amount
    type: integer
    min: 0
    severity: {range: warning}
  - name: city
checks:
  - {check: string_variants, column: city, severity: warning}
`;

test('validate is a pure function of its ports: report, annotations and markdown', async () => {
  const out = await validate({ data: { path: 'data.csv', file: 'data.csv' }, contract: { path: 'c.yaml', file: 'c.yaml' } }, ports({ 'c.yaml': contract }));
  const r = out.report;
  assert.equal(r.status, 'fail');
  assert.deepEqual(Object.keys(r), ['schemaVersion', 'kind', 'status', 'data', 'reference', 'contract', 'policies', 'summary', 'columns', 'checks', 'proxies', 'profile']);
  assert.deepEqual(r.columns.map((c) => [c.name, c.nulls]), [['id', 0], ['amount', 1], ['city', 1]]);
  const failed = r.checks.filter((c) => c.status === 'fail').map((c) => `${c.id} ${c.column ?? ''} ${c.severity}`);
  assert.deepEqual(failed, ['DV15 id error', 'DV07 amount error', 'DV10 amount warning', 'DV22 city warning']);
  for (const c of r.checks) assert.deepEqual(Object.keys(c).slice(0, 5), c.column === undefined ? ['id', 'check', 'severity', 'status', 'observed'] : ['id', 'check', 'column', 'severity', 'status']);
  assert.deepEqual(out.annotations.slice(0, 3), [
    { file: 'data.csv', line: 3, level: 'error', title: 'DV15 values_unique id', message: '2 of 4 non-null values are copies of a duplicated value (value: "2")' },
    { file: 'data.csv', line: 4, level: 'error', title: 'DV15 values_unique id', message: '2 of 4 non-null values are copies of a duplicated value (value: "2")' },
    { file: 'data.csv', line: 5, level: 'error', title: 'DV07 column_type amount', message: '1 of 3 non-null values are not integer (the column reads as string) (value: "abc")' },
  ]);
  assert.equal(out.annotations.at(-1)?.level, 'warning');
  assert.equal(out.section.id, 'validation');
  assert.match(out.section.markdown, /❌ \*\*Data validation failed\*\*/);
  assert.match(out.text, /FAIL: 8 checks, 4 passed, 2 errors, 2 warnings, 0 skipped/);
});

test('a contract with problems is one ConfigError listing each at file:line:col', async () => {
  const bad = 'version: 1\ncolumns:\n  - name: id\n    typ: integer\n  - name: id\n';
  await assert.rejects(
    validate({ data: { path: 'data.csv', file: 'data.csv' }, contract: { path: 'c.yaml', file: 'c.yaml' } }, ports({ 'c.yaml': bad })),
    (e: unknown) => e instanceof ConfigError && e.problems.some((p) => p.line === 4 && p.column === 5 && /typ/.test(p.message)) && e.problems.some((p) => p.line === 5 && /listed twice/.test(p.message)),
  );
});
