import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runCli, repoRoot } from '../helpers/run-cli.js';

const pkg = JSON.parse(readFileSync(`${repoRoot}/package.json`, 'utf8')) as { version: string };

test('--version prints the package version', () => {
  const r = runCli(['--version']);
  assert.equal(r.status, 0);
  assert.equal(r.stdout.trim(), pkg.version);
});

test('--help lists commands and exit codes', () => {
  const r = runCli(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Usage: mergeml <command>/);
  assert.match(r.stdout, /70 internal error/);
});

test('no arguments prints help and exits 2', () => {
  const r = runCli([]);
  assert.equal(r.status, 2);
  assert.match(r.stdout, /Usage: mergeml/);
});

test('an unknown command exits 2 with a clear message and no stack trace', () => {
  const r = runCli(['frobnicate']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command 'frobnicate'/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});
