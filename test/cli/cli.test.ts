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

test('the on-demand command table names exactly the registered commands, each loading its own', async () => {
  const { commands } = await import('../../src/cli/commands/index.js');
  const { commandLoaders, commandsFor } = await import('../../src/cli/commands/lazy.js');
  assert.deepEqual([...commandLoaders.keys()].sort(), commands.map((c) => c.name).sort());
  for (const [name, load] of commandLoaders) assert.equal(await load(), commands.find((c) => c.name === name), name);
  // One command for a command line that names one (the longest name wins), every command otherwise.
  assert.deepEqual((await commandsFor(['registry', 'list', '--json'])).map((c) => c.name), ['registry list']);
  assert.deepEqual((await commandsFor(['profile', '--data', 'x.csv'])).map((c) => c.name), ['profile']);
  for (const argv of [[], ['--help'], ['registry'], ['registry', 'frob'], ['frobnicate'], ['toString'], ['help', 'profile']]) {
    assert.equal((await commandsFor(argv)).length, commands.length, JSON.stringify(argv));
  }
});

test('a group and a command through the built CLI: group help, did-you-mean, a subcommand', () => {
  const group = runCli(['registry', '--help']);
  assert.equal(group.status, 0);
  assert.match(group.stdout, /registry rollback/);
  const typo = runCli(['registry', 'lst']);
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /did you mean 'mergeml registry list'/);
  const help = runCli(['help', 'profile']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: mergeml profile --data FILE/);
});
