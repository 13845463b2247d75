// `mergeml run` end to end through the CLI child process, on copies of examples/credit in temp git repos.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { composeModelComment } from '../../src/core/report/compose-report.js';
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

/** Asserts that report.html loads nothing from outside and runs nothing. */
function assertSelfContained(html: string): void {
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /\s(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
  assert.doesNotMatch(html, /https?:\/\//i, 'no URL at all: no external fonts, images or styles');
  assert.doesNotMatch(html, /<[^>]*\son[a-z]+\s*=/i, 'no inline event handlers');
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
}

test('mergeml run: no champion yet → says so; --bootstrap-champion registers one; the next run compares', () => {
  const repo = creditProject();

  const first = runCli(['run', '--out', 'out1', '--resamples', '200'], { ...opts, cwd: repo });
  const b1 = bundleOf(join(repo, 'out1'));
  assert.equal(first.status, expectedExit(b1), first.stderr);
  assert.match(first.stdout, /champion: none yet/);
  assert.match(first.stderr, /No champion yet in the git registry/);
  assert.match(first.stdout, /^(✅|⚠️|❌) credit-risk — /, 'the verdict comes first');
  assert.equal(b1.models[0]!.metrics!.rows.every((r) => r.champion === null), true);
  assert.equal(git(repo, 'tag', '--list').trim(), '', 'nothing registered without --bootstrap-champion');

  const second = runCli(['run', '--out', 'out2', '--resamples', '200', '--bootstrap-champion', '--json'], { ...opts, cwd: repo });
  const run2 = JSON.parse(second.stdout) as { kind: string; verdict: string; models: { bootstrapped: boolean }[] };
  assert.equal(run2.kind, 'mergeml.run');
  assert.equal(run2.models[0]!.bootstrapped, true);
  assert.equal(second.status, expectedExit(bundleOf(join(repo, 'out2'))));
  assert.deepEqual(git(repo, 'tag', '--list').trim().split('\n'), ['credit-risk#staging#1', 'credit-risk@v1.0.0'], 'registered in the git registry at staging');

  // The pull request: a changed training config, so the challenger differs from the champion.
  const config = join(repo, 'mergeml.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace('epochs: 3', 'epochs: 6'));
  const third = runCli(['run', '--out', 'out', '--resamples', '200'], { ...opts, cwd: repo });
  const out = join(repo, 'out');
  const bundle = bundleOf(out);
  const model = bundle.models[0]!;
  const verdict = deriveVerdict(model);
  assert.equal(third.status, verdict.status === 'fail' ? 1 : 0, third.stderr);
  assert.match(third.stdout, /champion: mlp \[32, 16\] \(credit-risk v1\.0\.0, at staging\)/);
  assert.match(third.stderr, /epoch 1\/6/, 'per-epoch progress on stderr');
  assert.match(third.stderr, /\[credit-risk 3\/4\] evaluate/);

  // comment.md is exactly what the report action would post for this bundle.
  const comment = readFileSync(join(out, 'comment.md'), 'utf8');
  assert.equal(comment, composeModelComment(model, { workflow: 'mergeml', ...(bundle.source ? { source: bundle.source } : {}) }).body);
  const word = { pass: 'ready to merge', warn: 'passes with warnings', fail: 'blocked' }[verdict.status];
  assert.match(comment, new RegExp(`^## (✅|⚠️|❌) MergeML: credit-risk — ${word}$`, 'm'));
  assert.match(comment, /### Metrics: champion vs challenger/);
  assert.match(comment, /\| Metric \| .* \| Δ \| Δ% \| CI 95% \\\(Δ\\\) \| Gate \|/);
  assert.match(comment, /\| roc\\_auc \| 0\.\d{4} \| 0\.\d{4} \| [+−]0\.\d{4}( 🟢| 🔴)? \| [+−][\d.]+% \| \[[+−±][\d.]+, [+−±][\d.]+\] \| (✅|⚠️|❌) /);
  assert.match(comment, /### Data validation/);
  assert.match(comment, /### Drift/);
  assert.match(comment, /### Fairness/);
  assert.match(comment, /<summary>Marital<\/summary>/, 'a fairness table per protected attribute');
  assert.match(comment, /### Compliance/);
  assert.match(comment, /Regulation B \\\(ECOA\\\): \d+ of \d+ requirements met\./);
  assert.ok(model.metrics!.rows.some((r) => r.champion !== null && r.ci !== null && r.ci !== undefined));
  assert.ok(model.charts?.roc?.champion, 'the champion curve is in the bundle');

  const html = readFileSync(join(out, 'report.html'), 'utf8');
  assertSelfContained(html);
  assert.equal((html.match(/<svg /g) ?? []).length, 3, 'ROC, PR and calibration charts');
  assert.match(html, /data: <span class="st st-\w+">[^<]+<\/span> · metrics: <span class="st st-\w+">[^<]+<\/span> · fairness: <span class="st st-fail">/, 'data, metric and fairness verdicts');
  assert.match(html, /champion: mlp \[32, 16\]/);
  for (const f of ['run.json', 'credit-risk/validate-train.json', 'credit-risk/validate-test.json', 'credit-risk/train.json', 'credit-risk/fairness.json', 'credit-risk/evaluate/comparison.json', 'credit-risk/evaluate/gates.json', 'credit-risk/comment.md']) {
    assert.ok(existsSync(join(out, f)), `${f} written`);
  }
});

test('mergeml run: bad input exits 2 with a message and no stack trace', () => {
  const repo = creditProject();
  const missing = runCli(['run', '--champion', 'nowhere'], { ...opts, cwd: repo });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /--champion nowhere: no such model dir/);
  const model = runCli(['run', '--model', 'credit-risc'], { ...opts, cwd: repo });
  assert.equal(model.status, 2);
  assert.match(model.stderr, /did you mean 'credit-risk'/);
  assert.doesNotMatch(model.stderr, /at .*\.js:\d+/);
  const config = runCli(['run', '--config', 'missing.yaml'], { ...opts, cwd: repo });
  assert.equal(config.status, 2);
  assert.equal(existsSync(join(repo, 'mergeml-out', 'results.json')), false);
});

test('mergeml run: hostile column and category names are escaped in report.html and comment.md', () => {
  const column = '<img src=x onerror=alert(1)>';
  const category = '</td><script>alert(2)</script>';
  const repo = creditProject({ replace: [['Marital', column], ['married', category]] });
  const r = runCli(['run', '--resamples', '100'], { ...opts, cwd: repo });
  const out = join(repo, 'mergeml-out');
  const bundle = bundleOf(out);
  assert.equal(r.status, expectedExit(bundle), r.stderr);
  const html = readFileSync(join(out, 'report.html'), 'utf8');
  assertSelfContained(html);
  assert.ok(!html.includes(column) && !html.includes('<img'), 'the column name is never markup');
  assert.ok(!html.includes(category), 'the category is never markup');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the column name is shown, escaped');
  assert.ok(html.includes('&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;'), 'the category is shown, escaped');
  const comment = readFileSync(join(out, 'comment.md'), 'utf8');
  assert.ok(!comment.includes('<img') && !comment.includes('<script'), 'comment.md has no raw HTML from the data');
});
