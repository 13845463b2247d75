import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { runCli } from '../helpers/run-cli.js';
import { CONFIGS, writeMonorepo } from './monorepo-fixture.js';

test('mergeml plan (CLI): --changed, --base from git, --json -, and a usage error', () => {
  const root = writeMonorepo();
  try {
    const args = CONFIGS.flatMap((c) => ['--config', c]);
    const text = runCli(['plan', ...args, '--changed', 'shared/policies/lending.yaml,src/churn/a.ts'], { cwd: root });
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^run  credit-risk \(models\/credit\/mergeml\.yaml\): policy shared\/policies\/lending\.yaml$/m);
    assert.match(text.stdout, /^skip credit-limit/m);
    assert.match(text.stdout, /2 of 3 models affected by 2 changed files/);

    const git = (...a: string[]) => execFileSync('git', a, { cwd: root, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', 'base');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'layout');
    const json = runCli(['plan', ...args, '--base', 'HEAD~1', '--json', '-'], { cwd: root });
    assert.equal(json.status, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout).matrix.include.map((m: { model: string }) => m.model), ['credit-risk', 'credit-limit', 'churn']);

    const usage = runCli(['plan', ...args], { cwd: root });
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /pass --changed, --changed-files, --base or --all/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
