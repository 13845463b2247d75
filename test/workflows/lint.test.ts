import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'zod';
import { repoRoot } from '../helpers/run-cli.js';
import { lintWorkflow, type Rule } from './workflow-rules.js';

const yamlIn = (dir: string) => (existsSync(join(repoRoot, dir)) ? readdirSync(join(repoRoot, dir)).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f)) : []);
const workflowFiles = ['workflows', 'reusable', '.github/workflows'].flatMap(yamlIn);

const text = z.string().min(1);
const actionSchema = z.strictObject({
  name: text,
  description: text,
  author: text.optional(),
  branding: z.strictObject({ icon: text, color: z.enum(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']) }).optional(),
  inputs: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.strictObject({ description: text, required: z.boolean().optional(), default: z.string().optional(), deprecationMessage: text.optional() })).optional(),
  outputs: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.strictObject({ description: text })).optional(),
  runs: z.strictObject({ using: z.literal('node24'), main: z.string().regex(/^\.\.\/\.\.\/dist\/actions\/[a-z-]+\/index\.js$/), pre: text.optional(), post: text.optional() }),
});

describe('workflow lint', () => {
  test('finds the workflows', () => {
    assert.ok(workflowFiles.length >= 10, workflowFiles.join(', '));
  });
  for (const file of workflowFiles) {
    test(`${file} passes GitHub's parser and MergeML's rules`, async () => {
      assert.deepEqual(await lintWorkflow(file, readFileSync(join(repoRoot, file), 'utf8')), []);
    });
  }

  const cases: [string, Rule][] = [
    ['parse-error.yml', 'parse'],
    ['no-permissions.yml', 'permissions'],
    ['write-all.yml', 'permissions'],
    ['unpinned.yml', 'pinned'],
    ['no-version-comment.yml', 'pinned'],
    ['event-in-run.yml', 'run-expression'],
    ['head-ref-in-run.yml', 'run-expression'],
    ['pull-request-target.yml', 'pull-request-target'],
    ['self-hosted-unguarded.yml', 'self-hosted'],
    ['checkout-persisted.yml', 'persist-credentials'],
    ['workflow-run-unjustified.yml', 'workflow-run-justified'],
  ];
  for (const [fixture, rule] of cases) {
    test(`rejects ${fixture} (${rule}) and nothing else`, async () => {
      const file = `test/fixtures/workflows/${fixture}`;
      const findings = await lintWorkflow(file, readFileSync(join(repoRoot, file), 'utf8'));
      assert.deepEqual([...new Set(findings.map((f) => f.rule))], [rule], JSON.stringify(findings));
    });
  }
});

describe('action metadata', () => {
  const actions = readdirSync(join(repoRoot, 'actions')).filter((d) => existsSync(join(repoRoot, 'actions', d, 'action.yml')));
  test('the required actions exist', () => {
    for (const name of ['validate', 'train', 'evaluate', 'gate', 'report', 'promote', 'plan', 'monitor']) assert.ok(actions.includes(name), name);
  });
  for (const name of actions) {
    test(`actions/${name}/action.yml matches the metadata schema and its committed bundle exists`, () => {
      const meta = actionSchema.parse(load(readFileSync(join(repoRoot, 'actions', name, 'action.yml'), 'utf8')));
      assert.equal(meta.runs.main, `../../dist/actions/${name}/index.js`);
      assert.ok(existsSync(join(repoRoot, 'actions', name, dirname(meta.runs.main), 'index.js')));
      assert.ok(existsSync(join(repoRoot, 'src/actions', `${name}.ts`)));
    });
  }
  test('the schema rejects metadata GitHub would not run', () => {
    assert.throws(() => actionSchema.parse({ name: 'x', description: 'y', runs: { using: 'node12', main: '../../dist/actions/x/index.js' } }));
    assert.throws(() => actionSchema.parse({ name: 'x', description: 'y', inputs: { a: { required: true } }, runs: { using: 'node24', main: '../../dist/actions/x/index.js' } }));
    assert.throws(() => actionSchema.parse({ name: 'x', description: 'y', runs: { using: 'node24', main: 'index.js', extra: 1 } }));
  });
});
