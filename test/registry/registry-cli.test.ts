import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { gitSandbox, writeResults, type GitSandbox } from './registry-fixture.js';

const M = 'credit-risk';

describe('mergeml registry with real git (register, promote, rollback, history, diff, verify)', () => {
  let sb: GitSandbox;
  let clone: string;
  const cli = (args: string[], env: Record<string, string> = {}) => runCli(['registry', ...args], { cwd: clone, env: { ...sb.env, ...env } });
  const remoteRefs = () => sb.git(sb.remote, ['for-each-ref', '--format=%(refname) %(objectname)']);
  const jsonOf = (r: { stdout: string }) => JSON.parse(r.stdout);

  before(() => {
    sb = gitSandbox();
    clone = sb.clone('work');
  });
  after(() => sb.cleanup());

  test('register assigns staging, writes the registry folder, annotated tags with JSON metadata; a re-run changes nothing', () => {
    const res = writeResults(join(sb.root, 'r1'));
    const first = cli(['register', '--results', res, '--stage', 'staging', '--pr', '7', '--pr-opened-at', '2026-02-01T00:00:00Z', '--pr-author', 'alice', '--json']);
    assert.equal(first.status, 0, first.stderr);
    const out = jsonOf(first);
    assert.deepEqual([out.version, out.bump, out.tags, out.created], ['v1.0.0', 'initial', [`${M}@v1.0.0`, `${M}#staging#1`], true]);
    const files = sb.git(sb.remote, ['ls-tree', '-r', '--name-only', `${M}@v1.0.0`]).split('\n').filter((p) => p.startsWith('registry/'));
    assert.deepEqual(files.sort(), [
      'registry/credit-risk/audit-trail.json',
      ...['artifacts/model.json', 'artifacts/preprocess.json', 'artifacts/training-card.json', 'artifacts/weights.bin', 'gates.json', 'lineage.json', 'manifest.json', 'metrics.json', 'model-card.md'].map((f) => `registry/credit-risk/v1.0.0/${f}`),
    ].sort());
    assert.equal(sb.git(sb.remote, ['cat-file', '-t', `${M}@v1.0.0`]).trim(), 'tag');
    const message = sb.git(sb.remote, ['tag', '-l', '--format=%(contents)', `${M}@v1.0.0`]);
    const meta = JSON.parse(message.slice(message.indexOf('{')));
    assert.deepEqual([meta.kind, meta.event, meta.pullRequest.number, meta.pullRequest.openedAt], ['mergeml.registry-event', 'register', 7, '2026-02-01T00:00:00Z']);
    const trail = JSON.parse(sb.git(sb.remote, ['show', `main:registry/${M}/audit-trail.json`]));
    assert.deepEqual(trail.entries.map((e: { event: string; stage: string | null }) => [e.event, e.stage]), [['registered', null], ['promoted', 'staging']]);
    const before = remoteRefs();
    const again = cli(['register', '--results', res, '--stage', 'staging', '--pr', '7', '--pr-opened-at', '2026-02-01T00:00:00Z', '--json']);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(jsonOf(again).created, false);
    assert.equal(remoteRefs(), before);
  });

  test('a retrain is a minor bump, an input schema change is major', () => {
    const r2 = cli(['register', '--results', writeResults(join(sb.root, 'r2'), { weights: 'w2', auc: 0.85 }), '--stage', 'staging', '--pr', '8', '--pr-opened-at', '2026-02-02T00:00:00Z', '--json']);
    assert.equal(r2.status, 0, r2.stderr);
    assert.deepEqual([jsonOf(r2).version, jsonOf(r2).bump], ['v1.1.0', 'minor']);
    const r3 = cli(['register', '--results', writeResults(join(sb.root, 'r3'), { weights: 'w3', features: ['Income', 'Debt', 'Age'] }), '--json']);
    assert.deepEqual([jsonOf(r3).version, jsonOf(r3).bump], ['v2.0.0', 'major']);
  });

  test('promote to production records the approver; rollback reassigns the previous good version with #production#n+1', () => {
    assert.equal(cli(['promote', M, '--version', 'v1.0.0', '--stage', 'production', '--approver', 'carol']).status, 0);
    const p = cli(['promote', M, '--version', 'v1.1.0', '--stage', 'production', '--approver', 'carol', '--json']);
    assert.equal(p.status, 0, p.stderr);
    assert.deepEqual([jsonOf(p).tag, jsonOf(p).previous], [`${M}#production#4`, 'v1.0.0']);
    const rb = cli(['rollback', M, '--stage', 'production', '--json'], { MERGEML_APPROVER: 'dave' });
    assert.equal(rb.status, 0, rb.stderr);
    assert.deepEqual([jsonOf(rb).tag, jsonOf(rb).version, jsonOf(rb).previous], [`${M}#production#5`, 'v1.0.0', 'v1.1.0']);
    // The stage tag points at the version's commit, so GTO resolves the same version.
    assert.equal(sb.git(sb.remote, ['rev-parse', `${M}#production#5^{commit}`]), sb.git(sb.remote, ['rev-parse', `${M}@v1.0.0^{commit}`]));
    const list = jsonOf(cli(['list', '--json']));
    assert.deepEqual(list.models[0].stages, { production: 'v1.0.0', staging: 'v1.1.0' });
    const history = jsonOf(cli(['history', M, '--json']));
    assert.deepEqual(history.events.filter((e: { stage: string | null }) => e.stage === 'production').map((e: { event: string; version: string; approver: string }) => [e.event, e.version, e.approver]), [['assign', 'v1.0.0', 'carol'], ['assign', 'v1.1.0', 'carol'], ['rollback', 'v1.0.0', 'dave']]);
    const trail = JSON.parse(sb.git(sb.remote, ['show', `main:registry/${M}/audit-trail.json`]));
    const last = trail.entries.at(-1);
    assert.deepEqual([last.event, last.version, last.stage, last.approved_by[0].login], ['rolled_back', 'v1.0.0', 'production', 'dave']);
  });

  test('show and diff read versions offline', () => {
    const show = jsonOf(cli(['show', M, '--version', 'v1.1.0', '--json']));
    assert.deepEqual([show.kind, show.gatesPassed, show.metrics.roc_auc, show.stages], ['mergeml.registry-show-version', true, 0.85, ['staging']]);
    const diff = jsonOf(cli(['diff', M, 'v1.0.0', 'v2.0.0', '--json']));
    assert.equal(diff.inputSchemaChanged, true);
    assert.deepEqual(diff.files.filter((f: { status: string }) => f.status !== 'unchanged').map((f: { path: string }) => f.path), ['preprocess.json', 'training-card.json', 'weights.bin']);
    assert.deepEqual(diff.metrics.find((m: { metric: string }) => m.metric === 'roc_auc'), { metric: 'roc_auc', from: 0.8, to: 0.8, change: 0 });
  });

  test('pull writes the production version as a verified model artifact', () => {
    const out = join(sb.root, 'production-model');
    const r = cli(['pull', M, '--stage', 'production', '--out', out, '--json']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(jsonOf(r).version, 'v1.0.0');
    assert.equal(readFileSync(join(out, 'weights.bin'), 'utf8'), 'weights-1');
    assert.equal(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).kind, 'mergeml-model');
    assert.equal(cli(['pull', M, '--stage', 'production', '--out', out]).status, 2, 'refuses a non-empty folder');
  });

  test('verify passes, then names a tampered artifact (exit 1)', () => {
    const ok = cli(['verify', '--json']);
    assert.equal(ok.status, 0, ok.stdout);
    assert.equal(jsonOf(ok).checkedFiles, 12);
    const file = join(clone, `registry/${M}/v1.0.0/artifacts/weights.bin`);
    writeFileSync(file, 'tampered');
    sb.git(clone, ['commit', '-q', '-am', 'tamper']);
    const bad = cli(['verify']);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /registry\/credit-risk\/v1\.0\.0\/artifacts\/weights\.bin: sha256 [0-9a-f]{64} does not match/);
    sb.git(clone, ['reset', '-q', '--hard', 'HEAD~1']);
  });
});

describe('registry bad input and refusals: clear error, exit code, nothing written', () => {
  let sb: GitSandbox;
  let clone: string;
  const cli = (args: string[], env: Record<string, string> = {}) => runCli(['registry', ...args], { cwd: clone, env: { ...sb.env, ...env } });
  const remoteRefs = () => sb.git(sb.remote, ['for-each-ref', '--format=%(refname) %(objectname)']);

  before(() => {
    sb = gitSandbox();
    clone = sb.clone('work');
  });
  after(() => sb.cleanup());

  test('a registry folder without its tag blocks registering that version (exit 2) and is reported by verify', () => {
    mkdirSync(join(clone, `registry/${M}/v1.0.0`), { recursive: true });
    writeFileSync(join(clone, `registry/${M}/v1.0.0/manifest.json`), '{}');
    sb.git(clone, ['add', '.']);
    sb.git(clone, ['commit', '-q', '-m', 'hand-made folder']);
    sb.git(clone, ['push', '-q', 'origin', 'main']);
    const before = remoteRefs();
    const r = cli(['register', '--results', writeResults(join(sb.root, 'a'))]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /registry\/credit-risk\/v1\.0\.0 already exists on main but no tag credit-risk@v1\.0\.0 registers it/);
    assert.equal(remoteRefs(), before);
    const v = cli(['verify']);
    assert.equal(v.status, 1);
    assert.match(v.stdout, /registry\/credit-risk\/v1\.0\.0\/: registry folder without its tag credit-risk@v1\.0\.0/);
    sb.git(clone, ['rm', '-q', '-r', 'registry']);
    sb.git(clone, ['commit', '-q', '-m', 'remove']);
    sb.git(clone, ['push', '-q', 'origin', 'main']);
  });

  test('an artifact whose checksum does not match its manifest is refused before anything is written (exit 2)', () => {
    const dir = writeResults(join(sb.root, 'b'));
    writeFileSync(join(dir, 'model/weights.bin'), 'corrupted');
    const before = remoteRefs();
    const r = cli(['register', '--results', dir, '--stage', 'staging']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /model\/weights\.bin: does not match its sha256 in the manifest/);
    assert.equal(remoteRefs(), before);
  });

  test('an artifact naming files outside itself (untrusted fork results) is refused (exit 2), nothing written', () => {
    const dir = writeResults(join(sb.root, 'evil'));
    writeFileSync(join(dir, 'evil.yml'), 'on: push');
    const manifestPath = join(dir, 'model/manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.files.push({ path: '../evil.yml', bytes: 8, sha256: createHash('sha256').update('on: push').digest('hex') });
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const before = remoteRefs();
    const r = cli(['register', '--results', dir]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /the model artifact names files outside itself[\s\S]*"\.\.\/evil\.yml"/);
    assert.equal(remoteRefs(), before);
  });

  test('failed gates: assigning a stage is refused (exit 1); registering without a stage records the evidence; promoting it is refused', () => {
    const failing = writeResults(join(sb.root, 'c'), { passed: false });
    const before = remoteRefs();
    const r = cli(['register', '--results', failing, '--stage', 'staging']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /refusing to promote credit-risk to staging: its gates failed \(roc_auc\)/);
    assert.equal(remoteRefs(), before);
    assert.equal(cli(['register', '--results', failing]).status, 0);
    const mid = remoteRefs();
    const p = cli(['promote', M, '--version', 'v1.0.0', '--stage', 'production', '--approver', 'carol']);
    assert.equal(p.status, 1);
    assert.match(p.stderr, /refusing to assign credit-risk v1\.0\.0 to production: the gates recorded for this version failed/);
    assert.equal(remoteRefs(), mid);
  });

  test('a stage the policy does not allow is exit 2 with a suggestion; a project policy can allow it', () => {
    assert.equal(cli(['register', '--results', writeResults(join(sb.root, 'd'), { weights: 'good' }), '--stage', 'staging']).status, 0);
    const before = remoteRefs();
    const r = cli(['promote', M, '--version', 'v1.1.0', '--stage', 'prod', '--approver', 'carol']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /stage "prod" is not allowed by the registry policy \(did you mean production\?\)/);
    assert.equal(remoteRefs(), before);
    writeFileSync(join(sb.root, 'mergeml.yaml'), 'version: 1\nmodels: {}\nregistry:\n  stages: [staging, canary, production]\n');
    const ok = cli(['promote', M, '--version', 'v1.1.0', '--stage', 'canary', '--approver', 'carol', '--config', join(sb.root, 'mergeml.yaml')]);
    assert.equal(ok.status, 0, ok.stderr);
  });

  test('a tag that does not parse is reported by list (exit 0) and verify (exit 1), never a crash', () => {
    sb.git(clone, ['tag', '-a', '-m', 'hand-made', `${M}@version-two`]);
    sb.git(clone, ['tag', '-a', '-m', 'hand-made', `${M}#production#x`]);
    const list = cli(['list', '--json']);
    assert.equal(list.status, 0, list.stderr);
    assert.deepEqual(JSON.parse(list.stdout).problems.map((p: { tag: string }) => p.tag).sort(), [`${M}#production#x`, `${M}@version-two`]);
    const v = cli(['verify']);
    assert.equal(v.status, 1);
    assert.match(v.stdout, /refs\/tags\/credit-risk@version-two: not a registry tag: version "version-two" is not v<major>\.<minor>\.<patch>/);
    sb.git(clone, ['tag', '-d', `${M}@version-two`, `${M}#production#x`]);
  });

  test('unknown model and version, missing approver: exit 2 with the expected form', () => {
    const u = cli(['show', 'credit-risc']);
    assert.equal(u.status, 2);
    assert.match(u.stderr, /did you mean credit-risk\?/);
    assert.equal(cli(['show', M, '--version', 'v9.9.9']).status, 2);
    const noApprover = runCli(['registry', 'promote', M, '--version', 'v1.1.0', '--stage', 'production'], { cwd: clone, env: { ...sb.env, GITHUB_ACTOR: '', MERGEML_APPROVER: '' } });
    assert.equal(noApprover.status, 2);
    assert.match(noApprover.stderr, /who approved it\?/);
  });

  test('rollback with no earlier good version is exit 2 and writes nothing', () => {
    assert.equal(cli(['promote', M, '--version', 'v1.1.0', '--stage', 'production', '--approver', 'carol']).status, 0);
    const before = remoteRefs();
    const r = cli(['rollback', M, '--stage', 'production', '--approver', 'dave']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no earlier good version of credit-risk was ever at production/);
    assert.equal(remoteRefs(), before);
  });
});

describe('registry without a network or a remote', () => {
  let sb: GitSandbox;
  before(() => {
    sb = gitSandbox();
  });
  after(() => sb.cleanup());

  test('a repository without a remote publishes in one local transaction; a clone answers offline', () => {
    const local = sb.clone('local');
    sb.git(local, ['remote', 'remove', 'origin']);
    const cli = (cwd: string, args: string[]) => runCli(['registry', ...args], { cwd, env: { ...sb.env, MERGEML_APPROVER: 'carol' } });
    assert.equal(cli(local, ['register', '--results', writeResults(join(sb.root, 'l1')), '--stage', 'staging']).status, 0);
    assert.equal(cli(local, ['promote', M, '--version', 'v1.0.0', '--stage', 'production']).status, 0);
    assert.equal(sb.git(local, ['tag', '-l']).trim().split('\n').length, 3);
    assert.match(sb.git(local, ['ls-files', 'registry']), /registry\/credit-risk\/v1\.0\.0\/manifest\.json/);
    assert.equal(sb.git(local, ['status', '--short']), '', 'index and working tree follow the branch');
    // A clone whose remote is unreachable still answers what is in production and verifies.
    const offline = join(sb.root, 'offline');
    sb.git(sb.root, ['clone', '-q', local, offline]);
    sb.git(offline, ['remote', 'set-url', 'origin', join(sb.root, 'gone.git')]);
    const list = cli(offline, ['list', '--json']);
    assert.equal(list.status, 0, list.stderr);
    assert.deepEqual(JSON.parse(list.stdout).models[0].stages, { production: 'v1.0.0', staging: 'v1.0.0' });
    assert.equal(cli(offline, ['verify']).status, 0);
  });
});

describe('registry rollback --version', () => {
  let sb: GitSandbox;
  let clone: string;
  const cli = (args: string[]) => runCli(['registry', ...args], { cwd: clone, env: { ...sb.env, MERGEML_APPROVER: 'dave' } });
  const remoteRefs = () => sb.git(sb.remote, ['for-each-ref', '--format=%(refname) %(objectname)']);

  before(() => {
    sb = gitSandbox();
    clone = sb.clone('work');
  });
  after(() => sb.cleanup());

  test('goes back to the named version when it was at the stage before; anything else is exit 2 and writes nothing', () => {
    // v1.0.0, v1.1.0 and v1.2.0 registered; production: v1.0.0, then v1.1.0, then v1.2.0. v1.3.0 never promoted.
    for (const [i, auc] of [0.8, 0.81, 0.82, 0.83].entries()) {
      const r = cli(['register', '--results', writeResults(join(sb.root, `v${i}`), { weights: `w${i}`, auc }), '--pr', String(10 + i), '--pr-opened-at', '2026-02-01T00:00:00Z']);
      assert.equal(r.status, 0, r.stderr);
    }
    for (const v of ['v1.0.0', 'v1.1.0', 'v1.2.0']) assert.equal(cli(['promote', M, '--version', v, '--stage', 'production']).status, 0);
    const before = remoteRefs();
    for (const [version, message] of [
      ['v1.2.0', /v1\.2\.0 is already the current version at production/],
      ['v1.3.0', /v1\.3\.0 was never at production \(to move a stage to a new version, promote it\)/],
      ['v9.9.9', /v9\.9\.9 is not a registered version of credit-risk/],
    ] as const) {
      const r = cli(['rollback', M, '--stage', 'production', '--version', version]);
      assert.equal(r.status, 2, `${version}: ${r.stderr}`);
      assert.match(r.stderr, message);
    }
    assert.equal(remoteRefs(), before, 'nothing written');
    // Not the previous one (v1.1.0): the version the maintainer names.
    const rb = cli(['rollback', M, '--stage', 'production', '--version', 'v1.0.0', '--reason', 'v1.1.0 has the same defect', '--json']);
    assert.equal(rb.status, 0, rb.stderr);
    const out = JSON.parse(rb.stdout);
    assert.deepEqual([out.event, out.version, out.previous, out.tag], ['rollback', 'v1.0.0', 'v1.2.0', `${M}#production#4`]);
    assert.deepEqual(JSON.parse(cli(['list', '--json']).stdout).models[0].stages, { production: 'v1.0.0' });
  });
});
