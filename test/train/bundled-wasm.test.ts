import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/run-cli.js';
import { makeProject } from './project-fixture.js';

const action = join(repoRoot, 'dist/actions/train');

test('a fully bundled entry trains on WASM with the .wasm files copied beside it and no node_modules', { skip: !existsSync(join(action, 'index.js')) && 'no train action bundle yet' }, () => {
  for (const f of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm']) {
    assert.deepEqual(readFileSync(join(action, f)), readFileSync(join(repoRoot, 'node_modules/@tensorflow/tfjs-backend-wasm/dist', f)), f);
  }
  // A checkout of the action (bundle, package.json, policies) in a folder with no node_modules above it.
  const checkout = mkdtempSync(join(tmpdir(), 'mergeml-action-'));
  mkdirSync(join(checkout, 'dist/actions'), { recursive: true });
  cpSync(action, join(checkout, 'dist/actions/train'), { recursive: true });
  cpSync(join(repoRoot, 'package.json'), join(checkout, 'package.json'));
  cpSync(join(repoRoot, 'policies'), join(checkout, 'policies'), { recursive: true });
  const project = makeProject();
  writeFileSync(join(project, 'outputs.txt'), '');
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', INPUT_OUT: 'model', INPUT_BACKEND: 'wasm', GITHUB_OUTPUT: join(project, 'outputs.txt') };
  const r = spawnSync(process.execPath, [join(checkout, 'dist/actions/train/index.js')], { cwd: project, env, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  const card = JSON.parse(readFileSync(join(project, 'model/training-card.json'), 'utf8')) as { backend: { name: string; device: string } };
  assert.equal(card.backend.name, 'wasm');
  assert.match(card.backend.device, /WebAssembly/);
});
