import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatStageTag, formatVersionTag, parseTagName } from '../../src/core/registry/tag-name.js';
import { bumpSemver, parseSemver, sortVersions } from '../../src/core/registry/semver.js';
import { formatTagMessage, parseTagMessage, type TagMetadata } from '../../src/core/registry/tag-metadata.js';
import { deriveRegistryState, explicitRollbackProblem, nextAssignmentNumber, previousGoodVersion, type RawTag } from '../../src/core/registry/registry-state.js';
import { planVersion } from '../../src/core/registry/version-plan.js';
import { computeKpis, summarize } from '../../src/core/registry/kpis.js';
import { shardNames, planStorage } from '../../src/core/registry/registry-records.js';

const meta = (over: Partial<TagMetadata>): TagMetadata => ({
  schemaVersion: 1, kind: 'mergeml.registry-event', event: 'register', model: 'mx', version: 'v1.0.0', stage: null, actor: null, approver: null,
  pullRequest: null, sourceCommit: null, registrationKey: null, bump: null, rollbackOf: null, reason: null, ...over,
});
const tag = (name: string, commit: string, date: string, m?: TagMetadata): RawTag => ({ name, commit, annotated: true, tagger: { name: 'bot', email: 'b@x', date }, message: m ? formatTagMessage('subject', m) : 'GTO-style message' });

describe('tag names (GTO format)', () => {
  test('parses and formats register, assign, unassign, deprecate; rejects malformed registry tags', () => {
    assert.deepEqual(parseTagName('credit-risk@v1.2.3'), { action: 'register', model: 'credit-risk', version: 'v1.2.3', deregister: false });
    assert.deepEqual(parseTagName('credit-risk@v1.2.3!'), { action: 'register', model: 'credit-risk', version: 'v1.2.3', deregister: true });
    assert.deepEqual(parseTagName('credit-risk#production#12'), { action: 'assign', model: 'credit-risk', stage: 'production', number: 12, unassign: false });
    assert.deepEqual(parseTagName('credit-risk#production!#13'), { action: 'assign', model: 'credit-risk', stage: 'production', number: 13, unassign: true });
    assert.deepEqual(parseTagName('credit-risk#prod'), { action: 'assign', model: 'credit-risk', stage: 'prod', number: null, unassign: false });
    assert.deepEqual(parseTagName('mx@deprecated'), { action: 'deprecate', model: 'mx' });
    assert.equal(parseTagName('v1.0.0'), undefined);
    assert.ok('error' in (parseTagName('credit-risk@1.0') as object));
    assert.ok('error' in (parseTagName('credit-risk#prod#x') as object));
    assert.ok('error' in (parseTagName('Credit@v1.0.0') as object));
    assert.ok('error' in (parseTagName('m@v1.0.0') as object), 'GTO names have at least 2 characters');
    assert.ok('error' in (parseTagName('1model@v1.0.0') as object), 'GTO names start with a letter');
    assert.ok('error' in (parseTagName('mx@v1.0.0-rc.1') as object));
    assert.deepEqual(parseTagName('mx@v1.0.0!#4'), { action: 'register', model: 'mx', version: 'v1.0.0', deregister: true });
    assert.deepEqual(parseTagName('mx@deprecated#5'), { action: 'deprecate', model: 'mx' });
    assert.equal(formatVersionTag('mx', 'v2.0.0'), 'mx@v2.0.0');
    assert.equal(formatStageTag('mx', 'staging', 3), 'mx#staging#3');
  });

  test('semver order and bumps', () => {
    assert.deepEqual(sortVersions(['v1.10.0', 'v1.2.0', 'v0.9.9', 'bad']), ['v0.9.9', 'v1.2.0', 'v1.10.0']);
    assert.deepEqual(bumpSemver(parseSemver('v1.2.3')!, 'major'), { major: 2, minor: 0, patch: 0 });
    assert.deepEqual(bumpSemver(parseSemver('v1.2.3')!, 'minor'), { major: 1, minor: 3, patch: 0 });
    assert.deepEqual(bumpSemver(parseSemver('v1.2.3')!, 'patch'), { major: 1, minor: 2, patch: 4 });
  });

  test('tag message metadata round-trips; malformed JSON is an error, none is null', () => {
    const m = meta({ pullRequest: { number: 4, openedAt: '2026-01-01T00:00:00Z', headSha: 'a'.repeat(40) } });
    assert.deepEqual(parseTagMessage(formatTagMessage('Register m v1.0.0', m)).meta, m);
    assert.deepEqual(parseTagMessage('Registering artifact m version v0.0.1'), { meta: null });
    assert.match(parseTagMessage('x\n\n{"schemaVersion": 2}').error ?? '', /does not match/);
  });
});

describe('version planning: major on input schema change, minor on retrain, patch on metadata', () => {
  const files = (w: string) => ({ files: [{ path: 'weights.bin', bytes: 1, sha256: w.repeat(64), storage: 'commit' as const, shards: [] }] });
  const ev = (w: string, schema: string | null) => ({ manifest: files(w), lineage: { inputSchemaSha256: schema } });
  test('table', () => {
    assert.equal(planVersion([], undefined, ev('a', 's')).version, 'v1.0.0');
    assert.equal(planVersion(['v1.0.0', 'v1.4.2'], ev('a', 's'), ev('a', 't')).version, 'v2.0.0');
    assert.equal(planVersion(['v1.0.0', 'v1.4.2'], ev('a', 's'), ev('b', 's')).version, 'v1.5.0');
    assert.equal(planVersion(['v1.0.0', 'v1.4.2'], ev('a', 's'), ev('a', 's')).version, 'v1.4.3');
    assert.equal(planVersion(['v1.0.0'], undefined, ev('a', 's')).bump, 'minor');
  });
});

describe('registry state from tags', () => {
  const A = 'a'.repeat(40), B = 'b'.repeat(40), C = 'c'.repeat(40);
  const tags: RawTag[] = [
    tag('mx@v1.0.0', A, '2026-01-01T00:00:00Z', meta({})),
    tag('mx@v1.1.0', B, '2026-01-02T00:00:00Z', meta({ version: 'v1.1.0' })),
    tag('mx@v1.2.0', C, '2026-01-03T00:00:00Z'),
    tag('mx#production#1', A, '2026-01-01T01:00:00Z'),
    tag('mx#production#2', B, '2026-01-02T01:00:00Z'),
    tag('mx#production#3', C, '2026-01-03T01:00:00Z'),
    tag('mx#production#4', B, '2026-01-03T02:00:00Z', meta({ event: 'rollback', version: 'v1.1.0', stage: 'production', rollbackOf: 'v1.2.0' })),
    tag('mx#staging#5', C, '2026-01-03T03:00:00Z'),
    tag('mx@vx', A, '2026-01-01T00:00:00Z'),
    tag('release-1', A, '2026-01-01T00:00:00Z'),
  ];
  test('versions, current stages, assignment numbers, unparseable tags reported', () => {
    const state = deriveRegistryState(tags);
    const m = state.models[0]!;
    assert.deepEqual(m.versions.map((v) => v.version), ['v1.0.0', 'v1.1.0', 'v1.2.0']);
    assert.equal(m.stages['production']?.version, 'v1.1.0');
    assert.equal(m.stages['production']?.kind, 'rollback');
    assert.equal(m.stages['staging']?.version, 'v1.2.0');
    assert.equal(nextAssignmentNumber(m), 6);
    assert.deepEqual(state.problems.map((p) => p.tag), ['mx@vx']);
  });
  test('previous good version skips the current one and versions rolled away from', () => {
    const m = deriveRegistryState(tags).models[0]!;
    // production history: v1.0.0, v1.1.0, v1.2.0, v1.1.0 (rollback of v1.2.0): next good is v1.0.0.
    assert.equal(previousGoodVersion(m, 'production', () => true), 'v1.0.0');
    assert.equal(previousGoodVersion(m, 'production', (v) => v !== 'v1.0.0'), undefined);
  });
  test('an explicit rollback target must have been at the stage, not be there now, and have passed its gates', () => {
    const m = deriveRegistryState(tags).models[0]!;
    // production history: v1.0.0, v1.1.0, v1.2.0, v1.1.0 (rollback of v1.2.0); v1.1.0 is current.
    assert.equal(explicitRollbackProblem(m, 'production', 'v1.0.0', () => true), undefined);
    // Rolled away from once, but named explicitly: allowed.
    assert.equal(explicitRollbackProblem(m, 'production', 'v1.2.0', () => true), undefined);
    assert.match(explicitRollbackProblem(m, 'production', 'v1.1.0', () => true) ?? '', /already the current version/);
    assert.match(explicitRollbackProblem(m, 'production', 'v1.0.0', (v) => v !== 'v1.0.0') ?? '', /recorded gates of v1\.0\.0 did not pass/);
    assert.match(explicitRollbackProblem(m, 'production', 'v7.0.0', () => true) ?? '', /not a registered version/);
  });
  test('unassign empties a stage; an assignment at a commit without a version is reported', () => {
    const s = deriveRegistryState([tag('mx@v1.0.0', A, '2026-01-01T00:00:00Z'), tag('mx#prod#1', A, '2026-01-01T01:00:00Z'), tag('mx#prod!#2', A, '2026-01-01T02:00:00Z'), tag('mx#dev#3', B, '2026-01-01T03:00:00Z')]);
    assert.equal(s.models[0]!.stages['prod'], undefined);
    assert.match(s.problems[0]!.message, /no version of mx is registered/);
  });
});

describe('KPIs on a hand-computed history', () => {
  test('deployment frequency, lead time, change-failure rate, time to restore', () => {
    const A = 'a'.repeat(40), B = 'b'.repeat(40);
    const pr = (openedAt: string) => ({ number: 1, openedAt, headSha: null });
    const state = deriveRegistryState([
      tag('mx@v1.0.0', A, '2026-03-02T00:00:00Z', meta({ pullRequest: pr('2026-03-01T00:00:00Z') })),
      tag('mx@v1.1.0', B, '2026-03-05T12:00:00Z', meta({ version: 'v1.1.0', pullRequest: pr('2026-03-05T00:00:00Z') })),
      tag('mx#production#1', A, '2026-03-03T00:00:00Z'),
      tag('mx#production#2', B, '2026-03-06T00:00:00Z'),
      tag('mx#production#3', A, '2026-03-06T06:00:00Z', meta({ event: 'rollback', stage: 'production', rollbackOf: 'v1.1.0' })),
    ]).models[0]!;
    const k = computeKpis(state, 'production', '2026-03-10T00:00:00Z');
    // window 2026-03-03 → 03-10 = 7 days, 2 deployments; leads 48 h and 24 h; 1 rollback after 6 h.
    assert.deepEqual(k, { model: 'mx', deployments: 2, rollbacks: 1, windowDays: 7, deploymentsPerWeek: 2, leadTimeHours: { count: 2, median: 36, mean: 36 }, changeFailureRate: 0.5, timeToRestoreHours: { count: 1, median: 6, mean: 6 } });
    assert.deepEqual(summarize([3, 1, 2, 10]), { count: 4, median: 2.5, mean: 4 });
  });
});

describe('storage policy and shards', () => {
  test('committed when the total fits, release otherwise; shards above the asset limit', () => {
    const f = [{ path: 'a', bytes: 6, sha256: '' }, { path: 'b', bytes: 5, sha256: '' }];
    assert.equal(planStorage(f, { binaries: 'commit', maxCommitBytes: 11 }), 'commit');
    assert.equal(planStorage(f, { binaries: 'commit', maxCommitBytes: 10 }), 'release');
    assert.equal(planStorage(f, { binaries: 'release', maxCommitBytes: 100 }), 'release');
    assert.deepEqual(shardNames('dir/w.bin', 10, 4), ['dir__w.bin.part-000', 'dir__w.bin.part-001', 'dir__w.bin.part-002']);
    assert.deepEqual(shardNames('w.bin', 4, 4), ['w.bin']);
  });
});
