// `mergeml run --promote` and the champion store outside git, through the CLI child process.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { resultsBundleSchema, type ResultsBundle } from '../../src/core/report/results-bundle.js';
import { deriveVerdict } from '../../src/core/report/verdict.js';
import { runCli } from '../helpers/run-cli.js';
import { creditProject, git } from './credit-project.js';

const opts = { timeoutMs: 120_000, env: { MERGEML_BACKEND: 'wasm' } };

function bundleOf(out: string): ResultsBundle {
  return resultsBundleSchema.parse(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')));
}

function expectedExit(bundle: ResultsBundle): number {
  return bundle.models.some((m) => deriveVerdict(m).status === 'fail') ? 1 : 0;
}

test('mergeml run --promote: a run that is not blocked registers the next version at staging', () => {
  // Without the Regulation B pack and with loose four-fifths thresholds the example passes (with warnings).
  const repo = creditProject({ replace: [['policies: [policy.yaml, builtin:regulation-b]', 'policies: [policy.yaml]'], ['      threshold: 0.8', '      threshold: 0.2']] });
  const first = runCli(['run', '--resamples', '100', '--bootstrap-champion'], { ...opts, cwd: repo });
  assert.equal(first.status, 0, first.stdout + first.stderr);
  const config = join(repo, 'mergeml.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace('epochs: 3', 'epochs: 6'));
  const second = runCli(['run', '--resamples', '100', '--promote', '--json'], { ...opts, cwd: repo });
  assert.equal(second.status, 0, second.stderr);
  const run = JSON.parse(second.stdout) as { verdict: string; promotion: { model: string; promoted: boolean; message: string }[] };
  assert.notEqual(run.verdict, 'fail');
  assert.equal(run.promotion[0]!.promoted, true);
  assert.match(run.promotion[0]!.message, /registered credit-risk v1\.1\.0 in the git registry .* at staging/);
  assert.match(git(repo, 'tag', '--list'), /credit-risk@v1\.1\.0\ncredit-risk#staging#2|credit-risk#staging#2[\s\S]*credit-risk@v1\.1\.0/);
  assert.deepEqual(JSON.parse(readFileSync(join(repo, 'mergeml-out', 'run.json'), 'utf8')).promotion, run.promotion, 'run.json records the promotion');
});

test('mergeml run --promote: a blocked run is not promoted and exits 1 with the reports written', () => {
  const repo = creditProject({ replace: [['      threshold: 0.8', '      threshold: 0.99']] });
  const r = runCli(['run', '--resamples', '100', '--promote'], { ...opts, cwd: repo });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /Promotion: not promoted: credit-risk is blocked/);
  assert.equal(git(repo, 'tag', '--list').trim(), '');
  assert.ok(existsSync(join(repo, 'mergeml-out', 'report.html')) && existsSync(join(repo, 'mergeml-out', 'comment.md')));
});

test('mergeml run outside a git repository: champions live in .mergeml/champions/', () => {
  const dir = creditProject({ git: false });
  const first = runCli(['run', '--resamples', '100', '--bootstrap-champion'], { ...opts, cwd: dir });
  assert.ok([0, 1].includes(first.status ?? -1), first.stderr);
  assert.ok(existsSync(join(dir, '.mergeml', 'champions', 'credit-risk', 'manifest.json')));
  const second = runCli(['run', '--resamples', '100'], { ...opts, cwd: dir });
  assert.equal(second.status, expectedExit(bundleOf(join(dir, 'mergeml-out'))));
  assert.match(second.stdout, /champion: mlp \[32, 16\] \(local champion\)/);
  assert.ok(bundleOf(join(dir, 'mergeml-out')).models[0]!.metrics!.rows.every((r) => r.champion !== null || r.challenger === null));

  // --champion DIR: any `mergeml train` artifact, but not one inside the output the run overwrites.
  const flag = runCli(['run', '--resamples', '100', '--champion', 'mergeml-out/credit-risk/model', '--out', 'out-flag'], { ...opts, cwd: dir });
  assert.equal(flag.status, expectedExit(bundleOf(join(dir, 'out-flag'))), flag.stderr);
  assert.match(flag.stdout, /champion: mlp \[32, 16\] \(mergeml-out\/credit-risk\/model\)/);
  const clash = runCli(['run', '--champion', 'mergeml-out/credit-risk/model'], { ...opts, cwd: dir });
  assert.equal(clash.status, 2);
  assert.match(clash.stderr, /is inside this run's output for model credit-risk/);
});
