import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { load } from 'js-yaml';
import { generatedSchemaFiles } from '../../src/core/config/json-schemas.js';
import { repoRoot } from '../helpers/run-cli.js';

test('schema generation is deterministic and the committed policies/*.schema.json match it', () => {
  const first = generatedSchemaFiles();
  const second = generatedSchemaFiles();
  assert.deepEqual([...first.keys()], ['project.schema.json', 'policy.schema.json']);
  for (const [name, text] of first) {
    assert.equal(second.get(name), text);
    assert.equal(readFileSync(join(repoRoot, 'policies', name), 'utf8'), text, `policies/${name} is stale: run npm run schema`);
  }
});

test('the generated JSON Schemas accept the examples and builtin packs, and reject unknown keys', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const project = ajv.compile(JSON.parse(readFileSync(join(repoRoot, 'policies/project.schema.json'), 'utf8')) as object);
  const policy = ajv.compile(JSON.parse(readFileSync(join(repoRoot, 'policies/policy.schema.json'), 'utf8')) as object);
  const yaml = (p: string) => load(readFileSync(join(repoRoot, p), 'utf8'));
  for (const p of ['examples/credit/mergeml.yaml', 'examples/german/mergeml.yaml']) assert.ok(project(yaml(p)), `${p}: ${JSON.stringify(project.errors)}`);
  const policies = ['examples/credit/policy.yaml', ...readdirSync(join(repoRoot, 'policies')).filter((f) => f.endsWith('.yaml')).map((f) => `policies/${f}`)];
  for (const p of policies) assert.ok(policy(yaml(p)), `${p}: ${JSON.stringify(policy.errors)}`);
  assert.equal(project({ version: 1, models: {}, extra: 1 }), false);
  assert.equal(policy({ version: 1, name: 'x', data_checks: [{ check: 'column_exist', column: 'a' }] }), false);
});
