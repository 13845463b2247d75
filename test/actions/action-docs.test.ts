import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionReadmes, BEGIN, END, renderActionTables, updateReadme } from '../../scripts/generate-action-docs.js';
import { repoRoot } from '../helpers/run-cli.js';

test('every action README holds the tables generated from its action.yml (run scripts/generate-action-docs.ts)', () => {
  const readmes = actionReadmes();
  assert.ok(readmes.length >= 8);
  for (const [path, current, wanted] of readmes) assert.equal(current, wanted, `${path} is stale`);
});

test('a changed action.yml changes the README block, and only the block', () => {
  const readme = readFileSync(join(repoRoot, 'actions/gate/README.md'), 'utf8');
  const meta = { name: 'x', description: 'y', inputs: { 'new-input': { description: 'a | b', required: true, default: 'd' } }, outputs: {} };
  const updated = updateReadme(readme, meta);
  assert.notEqual(updated, readme);
  assert.equal(updated.slice(0, readme.indexOf(BEGIN)), readme.slice(0, readme.indexOf(BEGIN)));
  assert.match(updated, /\| `new-input` \| yes \| `d` \| a \\\| b \|/);
  assert.match(renderActionTables(meta), new RegExp(`## Outputs\\n\\nNone\\.\\n${END}$`));
});
