import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { repoRoot } from '../helpers/run-cli.js';
import { workflowDrift } from '../../scripts/sync-workflows.js';

test('.github/workflows holds exactly the published copies of reusable/ (run scripts/sync-workflows.ts)', () => {
  assert.deepEqual(workflowDrift(), []);
});

test('every reusable workflow is callable (workflow_call) and every starter calls one pinned by SHA', () => {
  for (const f of readdirSync(join(repoRoot, 'reusable'))) {
    const doc = load(readFileSync(join(repoRoot, 'reusable', f), 'utf8')) as { on: Record<string, unknown> };
    assert.deepEqual(Object.keys(doc.on), ['workflow_call'], f);
  }
  const starters = readdirSync(join(repoRoot, 'workflows'));
  assert.deepEqual(starters.sort(), ['mergeml-monitor.yml', 'mergeml-pr.yml', 'mergeml-promote.yml', 'mergeml-report.yml', 'mergeml-rollback.yml']);
  for (const f of starters) {
    const text = readFileSync(join(repoRoot, 'workflows', f), 'utf8');
    assert.match(text, new RegExp(`uses: mergeml/mergeml/\\.github/workflows/${f.replace('.', '\\.')}@[0-9a-f]{40} # v\\d+\\.\\d+\\.\\d+`), f);
  }
});
