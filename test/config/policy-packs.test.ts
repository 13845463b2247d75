import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { PROTECTED_BASES } from '../../src/core/config/protected-basis.js';
import { parseConfigFile } from '../../src/core/config/parse-config.js';
import { composePolicies } from '../../src/core/policy/compose-policy.js';
import { DATA_CHECKS } from '../../src/core/policy/data-check-registry.js';
import { DATA_CHECK_PARAMS } from '../../src/core/policy/data-checks-schema.js';
import { policySchema, type PolicyConfig } from '../../src/core/policy/policy-file.js';
import { repoRoot } from '../helpers/run-cli.js';

function pack(name: string): PolicyConfig {
  const file = join(repoRoot, 'policies', `${name}.yaml`);
  const r = parseConfigFile(`policies/${name}.yaml`, readFileSync(file), policySchema);
  assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.problems));
  return r.config.value;
}

test('each builtin pack loads cleanly through the loader', () => {
  for (const name of ['regulation-b', 'data-quality', 'metric-gates']) assert.equal(pack(name).name, name);
});

test('regulation-b: the nine prohibited bases of 12 CFR 1002.2(z) and the four-fifths rule', () => {
  const p = pack('regulation-b');
  assert.deepEqual(p.compliance?.prohibited_bases, [...PROTECTED_BASES]);
  assert.equal(PROTECTED_BASES.length, 9);
  assert.equal(p.compliance?.forbid_protected_features, true);
  const gate = p.fairness?.gates[0];
  assert.deepEqual([gate?.metric, gate?.method, gate?.threshold, gate?.attributes], ['demographic_parity_ratio', 'between_groups', 0.8, ['*']]);
});

test('composing: packs first, lists concatenate, settings merge with later files winning, * expands per protected column', () => {
  const effective = composePolicies([pack('regulation-b'), { version: 1, name: 'mine', proxies: { cramers_v: 0.2, severity: 'error' } }], ['Age', 'Marital']);
  assert.deepEqual(effective.names, ['regulation-b', 'mine']);
  assert.deepEqual(effective.fairness.gates.map((g) => g.attributes), [['Age'], ['Marital']]);
  assert.equal(effective.proxies?.cramers_v, 0.2);
  assert.equal(effective.proxies?.normalized_mutual_info, 0.1);
  assert.equal(effective.proxies?.severity, 'error');
});

test('data checks: the registry names DV01–DV30 once each and every name has a parameter schema', () => {
  assert.deepEqual(DATA_CHECKS.map((c) => c.id), Array.from({ length: 30 }, (_, i) => `DV${String(i + 1).padStart(2, '0')}`));
  assert.equal(new Set(DATA_CHECKS.map((c) => c.name)).size, 30);
  assert.deepEqual(DATA_CHECKS.map((c) => c.name).sort(), Object.keys(DATA_CHECK_PARAMS).sort());
});

test('docs/policies.md lists every data check of the registry', () => {
  const doc = readFileSync(join(repoRoot, 'docs/policies.md'), 'utf8');
  for (const c of DATA_CHECKS) assert.ok(doc.includes(`| ${c.id} | \`${c.name}\` |`), `${c.id} ${c.name} missing from docs/policies.md`);
});
