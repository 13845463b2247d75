import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';

const bad = 'test/fixtures/data/bad';

/** Each case: the file, the exit code and the message (file:line[:col]: what, and the expected form). */
const cases: { file: string; args?: string[]; status: number; stderr?: RegExp; stdout?: RegExp }[] = [
  { file: 'ragged.csv', status: 2, stderr: /ragged\.csv:3: record has 2 fields, the header has 3 \(expected 3 fields separated by ','/ },
  { file: 'unterminated-quote.csv', status: 2, stderr: /unterminated-quote\.csv:3:3: unterminated quoted field: the quote opened at line 3, column 3 is never closed \(expected a closing "/ },
  { file: 'text-after-quote.csv', status: 2, stderr: /text-after-quote\.csv:2:6: unexpected character after a closing quote/ },
  { file: 'invalid-utf8.csv', status: 2, stderr: /invalid-utf8\.csv:2:6: invalid UTF-8 \(byte 0xfc\) \(expected UTF-8 text/ },
  { file: 'invalid-utf8-line4.csv', status: 2, stderr: /invalid-utf8-line4\.csv:4:8: invalid UTF-8 \(byte 0xe8\)/ },
  { file: 'empty.csv', status: 2, stderr: /empty\.csv:1: the file is empty \(expected a header row/ },
  { file: 'blank-only.csv', status: 2, stderr: /blank-only\.csv:1: the file is empty/ },
  { file: 'header-only.csv', status: 2, stderr: /header-only\.csv:2: the file has a header but no records \(expected at least one record after the header\)/ },
  { file: 'duplicate-header.csv', status: 2, stderr: /duplicate-header\.csv:1: duplicate column name "score" \(columns 2 and 4\) \(expected unique column names/ },
  { file: 'bad-json.jsonl', status: 2, stderr: /bad-json\.jsonl:2: not valid JSON .*\(expected one JSON object per line\)/ },
  { file: 'unknown-key.jsonl', status: 2, stderr: /unknown-key\.jsonl:2: unknown key "c"/ },
  { file: 'does-not-exist.csv', status: 2, stderr: /does-not-exist\.csv: no such file/ },
  { file: '', status: 2, stderr: /fixtures\/data\/bad\/?: is a directory \(expected a CSV or JSON Lines file\)/ },
];

for (const c of cases) {
  test(`bad input ${c.file || '(a directory)'}: exit ${c.status}, message names the file and line`, () => {
    const r = runCli(['profile', '--data', `${bad}/${c.file}`, '--null', 'NA', ...(c.args ?? [])]);
    assert.equal(r.status, c.status, r.stderr);
    if (c.stderr) assert.match(r.stderr, c.stderr);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(r.stdout, '');
  });
}

test('numbers that overflow (1e400) are reported as non-finite, not a crash', () => {
  const r = runCli(['profile', '--data', `${bad}/overflow.csv`, '--json', '-']);
  assert.equal(r.status, 0, r.stderr);
  const x = JSON.parse(r.stdout).columns[1];
  assert.equal(x.type, 'float');
  assert.equal(x.numeric.nonFinite, 2);
  assert.equal(x.numeric.count, 2);
  assert.equal(x.numeric.min, 1.5);
  assert.equal(x.numeric.max, 2.5);
  assert.equal(x.numeric.mean, 2);
});

test('a column of mixed types is reported as mixed with both counts, not an error', () => {
  const r = runCli(['profile', '--data', `${bad}/mixed-types.csv`, '--null', 'NA', '--json', '-']);
  assert.equal(r.status, 0, r.stderr);
  const v = JSON.parse(r.stdout).columns[1];
  assert.equal(v.type, 'mixed');
  assert.equal(v.numberCount, 2);
  assert.equal(v.textCount, 2);
  assert.equal(v.nulls, 1);
  assert.deepEqual(v.text.top, [
    { value: 'abc', count: 1 },
    { value: 'true', count: 1 },
  ]);
});

test('a 100 MB line stops at the 16 MiB record limit with a clear error (generated at test time)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mergeml-bigline-'));
  const path = join(dir, 'big-line.csv');
  const fd = openSync(path, 'w');
  writeSync(fd, 'id,blob\n1,small\n2,');
  const chunk = Buffer.alloc(1024 * 1024, 'x');
  for (let i = 0; i < 100; i++) writeSync(fd, chunk);
  writeSync(fd, '\n');
  closeSync(fd);
  const r = runCli(['profile', '--data', path]);
  const raised = runCli(['profile', '--data', path, '--max-record-bytes', '1048576']);
  rmSync(dir, { recursive: true, force: true });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /big-line\.csv:3: the record starting at line 3 is longer than the maximum record size \(16 MiB\) \(expected records shorter than 16 MiB \(raise it with --max-record-bytes\)\)/);
  assert.equal(raised.status, 2);
  assert.match(raised.stderr, /maximum record size \(1 MiB\)/);
});

test('usage mistakes exit 2 with a hint', () => {
  const r = runCli(['profile']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--data is required/);
  const d = runCli(['profile', '--data', `${bad}/ragged.csv`, '--delimiter', '::']);
  assert.equal(d.status, 2);
  assert.match(d.stderr, /delimiter "::" is not supported/);
});
