// `mergeml evaluate --champion registry:<stage>`: the champion is the version at that stage in the project's
// git registry, pulled sha256-verified; both models are scored on identical rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openRegistryGit } from '../../src/adapters/git/registry-git.js';
import { pullRegistryChampion } from '../../src/pipeline/evaluate.js';
import { runCli } from '../helpers/run-cli.js';
import { creditProject, git } from '../run/credit-project.js';

const opts = { timeoutMs: 120_000, env: { MERGEML_BACKEND: 'wasm' } };

test('evaluate --champion registry:production compares with the registered production model; registry:staging empty, no git repo, checksum mismatch → exit 2', { timeout: 150_000 }, async () => {
  // The passing variant of the example (as in test/run/run-promote.test.ts): production refuses versions whose gates failed.
  const repo = creditProject({ epochs: 10, replace: [['policies: [policy.yaml, builtin:regulation-b]', 'policies: [policy.yaml]'], ['      threshold: 0.8', '      threshold: 0.2']] });
  const cli = (args: string[]) => runCli(args, { ...opts, cwd: repo });
  // The champion: trained, evaluated on its own (metrics.json + gates.json are its registration evidence), registered, promoted.
  for (const [out, seed] of [['champ/model', '1'], ['chall', '7']] as const) {
    const t = cli(['train', '--config', 'mergeml.yaml', '--out', out, '--seed', seed]);
    assert.equal(t.status, 0, t.stderr);
  }
  const own = cli(['evaluate', '--config', 'mergeml.yaml', '--challenger', 'champ/model', '--out', 'champ', '--resamples', '50']);
  assert.equal(own.status, 0, own.stdout + own.stderr);
  const reg = cli(['registry', 'register', '--results', 'champ', '--json']);
  assert.equal(reg.status, 0, reg.stderr);
  const version = (JSON.parse(reg.stdout) as { version: string }).version;
  const promote = cli(['registry', 'promote', 'credit-risk', '--version', version, '--stage', 'production', '--approver', 'carol']);
  assert.equal(promote.status, 0, promote.stderr);
  assert.match(git(repo, 'tag', '--list'), /credit-risk#production#1/);

  const r = cli(['evaluate', '--config', 'mergeml.yaml', '--challenger', 'chall', '--champion', 'registry:production', '--out', 'eval', '--resamples', '200']);
  assert.ok(r.status === 0 || r.status === 1, r.stdout + r.stderr);
  assert.match(r.stdout, /challenger chall vs champion registry:production \(credit-risk v1\.0\.0, mlp \[32, 16\]\) on 891 identical rows/);
  const comparison = JSON.parse(readFileSync(join(repo, 'eval', 'comparison.json'), 'utf8'));
  const pulled = join(repo, 'eval', '.registry-champion', `credit-risk-${version}`);
  assert.equal(comparison.champion.kind, 'model');
  assert.equal(comparison.champion.model_dir, pulled);
  assert.equal(comparison.challenger.kind, 'model');
  assert.ok(existsSync(join(pulled, 'weights.bin')) && existsSync(join(pulled, 'manifest.json')));
  // Identical rows: both prediction files list the same source lines; two different models give different scores.
  const lines = (f: string) => readFileSync(join(repo, 'eval', f), 'utf8').trim().split('\n').map((l) => l.split(','));
  const champ = lines('champion-predictions.csv');
  const chall = lines('challenger-predictions.csv');
  assert.equal(champ.length, 892);
  assert.deepEqual(champ.map((c) => c[0]), chall.map((c) => c[0]));
  assert.notDeepEqual(champ.map((c) => c.at(-1)), chall.map((c) => c.at(-1)));
  const auc = comparison.metrics.find((m: { metric: string }) => m.metric === 'roc_auc');
  assert.equal(auc.champion, JSON.parse(readFileSync(join(repo, 'eval', 'champion-metrics.json'), 'utf8')).overall.metrics.roc_auc);

  const staging = cli(['evaluate', '--config', 'mergeml.yaml', '--challenger', 'chall', '--champion', 'registry:staging', '--out', 'eval-staging']);
  assert.equal(staging.status, 2, staging.stderr);
  assert.match(staging.stderr, /no version of credit-risk is at stage "staging"/);
  assert.match(staging.stderr, /a stage that holds a version: production \(v1\.0\.0\)/);
  assert.ok(!existsSync(join(repo, 'eval-staging', 'comparison.json')));


  // Outside a git repository there is no registry to resolve from.
  const plain = creditProject({ git: false });
  const outside = runCli(['evaluate', '--config', join(plain, 'mergeml.yaml'), '--challenger', join(repo, 'chall'), '--champion', 'registry:production', '--out', join(plain, 'eval')], { ...opts, cwd: plain });
  assert.equal(outside.status, 2, outside.stderr);
  assert.match(outside.stderr, /is not inside a git repository/);

  // A registry blob whose bytes no longer match the manifest's sha256: refused (exit-2 InputError), nothing pulled.
  const real = await openRegistryGit(repo, {});
  const tampered = { ...real, readFile: async (commit: string, path: string) => {
    const bytes = await real.readFile(commit, path);
    return bytes !== undefined && path.endsWith('/artifacts/weights.bin') ? Buffer.concat([bytes.subarray(1), Buffer.from([bytes[0]! ^ 1])]) : bytes;
  } };
  const bad = join(repo, 'eval-tampered');
  await assert.rejects(pullRegistryChampion(tampered, { stage: 'production' }, 'credit-risk', bad), (error: Error & { kind?: string }) => {
    assert.equal(error.kind, 'input');
    assert.match(error.message, /credit-risk v1\.0\.0 from the registry failed verification: weights\.bin of credit-risk@v1\.0\.0: sha256 [0-9a-f]{64} does not match the manifest's [0-9a-f]{64}/);
    return true;
  });
  assert.ok(!existsSync(join(bad, '.registry-champion', `credit-risk-${version}`)));
});
