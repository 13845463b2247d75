import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/run-cli.js';
import { DEFAULT_TOKEN, startEmulator } from '../emulator/github-emulator.js';
import { seedRepo } from '../emulator/seed.js';

const rows = (shift: number) => ['a,y', ...Array.from({ length: 200 }, (_, i) => `${((i * 37) % 100) / 10 + shift},${i % 2}`)].join('\n') + '\n';

// The emulator serves from this process, so the CLI runs asynchronously (a sync spawn would block it).
function cli(args: string[], cwd: string, env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin/mergeml.js'), ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

test('mergeml monitor (CLI): opens the drift issue once, JSON output, usage errors', async () => {
  const gh = await startEmulator();
  const ws = mkdtempSync(join(tmpdir(), 'mergeml-monitor-cli-'));
  try {
    seedRepo(gh.state, 'o/r');
    writeFileSync(join(ws, 'train.csv'), rows(0));
    writeFileSync(join(ws, 'ref.csv'), rows(0));
    writeFileSync(join(ws, 'new.csv'), rows(30));
    writeFileSync(join(ws, 'mergeml.yaml'), 'version: 1\nmodels:\n  m:\n    data:\n      train: train.csv\n      reference: ref.csv\n    target: y\n    positive_class: 1\n    features: [a]\n');
    const env = { GITHUB_TOKEN: DEFAULT_TOKEN, GITHUB_API_URL: gh.url };
    const first = await cli(['monitor', '--model', 'm', '--current', 'new.csv', '--repo', 'o/r', '--json'], ws, env);
    assert.equal(first.status, 0, first.stderr);
    const result = JSON.parse(first.stdout) as { kind: string; drifted: boolean; issue: { action: string } };
    assert.deepEqual([result.kind, result.drifted, result.issue.action], ['mergeml.monitor', true, 'created']);
    const second = await cli(['monitor', '--model', 'm', '--current', 'new.csv', '--repo', 'o/r'], ws, env);
    assert.match(second.stdout, /^m: drift in a; issue updated /);
    assert.equal([...gh.state.findRepo('o', 'r')!.issues.values()].length, 1);
    const noToken = await cli(['monitor', '--model', 'm', '--current', 'new.csv', '--repo', 'o/r'], ws, {});
    assert.equal(noToken.status, 2);
    assert.match(noToken.stderr, /set GITHUB_TOKEN/);
    gh.assertNoViolations();
  } finally {
    await gh.close();
    rmSync(ws, { recursive: true, force: true });
  }
});
