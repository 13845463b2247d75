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

test("each action's zod inputs and its action.yml inputs are the same set (an input cannot be declared but ignored)", async () => {
  const { readdirSync, existsSync } = await import('node:fs');
  const { load } = await import('js-yaml');
  for (const name of readdirSync(join(repoRoot, 'actions')).filter((d) => existsSync(join(repoRoot, 'actions', d, 'action.yml')))) {
    const source = readFileSync(join(repoRoot, 'src/actions', `${name}.ts`), 'utf8');
    const block = /const inputs = z\.object\(\{\n([\s\S]*?)\n\}\);/.exec(source)?.[1] ?? '';
    const keys = [...block.matchAll(/^ {2}'?([a-z][a-z0-9-]*)'?:/gm)].map((m) => m[1]).sort();
    const meta = load(readFileSync(join(repoRoot, 'actions', name, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    assert.deepEqual(keys, Object.keys(meta.inputs).sort(), name);
  }
});
