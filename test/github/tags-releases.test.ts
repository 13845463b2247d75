import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ensureTag, tagCommit } from '../../src/adapters/github/git-tags.js';
import { ensureRelease, ensureReleaseAsset } from '../../src/adapters/github/releases.js';
import { seedCommits } from '../emulator/seed.js';
import { type GitHubFixture, startGitHubFixture } from './github-fixture.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

describe('tags and releases', () => {
  let fx: GitHubFixture;
  const repoState = () => fx.gh.state.findRepo('o', 'r')!;

  beforeEach(async () => {
    fx = await startGitHubFixture();
    seedCommits(fx.gh.state, 'o/r', [[A, []], [B, [A]]]);
  });
  afterEach(() => fx.gh.close());

  test('ensureTag creates once, accepts a re-run, refuses to move a tag', async () => {
    assert.equal((await ensureTag(fx.client, { owner: 'o', repo: 'r', tag: 'credit-risk/v1', sha: A, message: 'promote' })).action, 'created');
    assert.equal((await ensureTag(fx.client, { owner: 'o', repo: 'r', tag: 'credit-risk/v1', sha: A, message: 'promote' })).action, 'exists');
    assert.equal(await tagCommit(fx.client, 'o', 'r', 'credit-risk/v1'), A);
    await assert.rejects(ensureTag(fx.client, { owner: 'o', repo: 'r', tag: 'credit-risk/v1', sha: B }), (e: Error) => e.name === 'InputError' && /another commit/.test(e.message));
    assert.equal([...repoState().refs.keys()].filter((r) => r.startsWith('refs/tags/')).length, 1);
    fx.gh.assertNoViolations();
  });

  test('a tag create applied but unanswered (dropped connection, 502) is not an error and not repeated', async () => {
    fx.gh.inject('git/create-ref', { kind: 'drop', afterApply: true });
    assert.equal((await ensureTag(fx.client, { owner: 'o', repo: 'r', tag: 'v2', sha: B })).action, 'created');
    fx.gh.inject('git/create-ref', { kind: 'status', status: 502, afterApply: true });
    assert.equal((await ensureTag(fx.client, { owner: 'o', repo: 'r', tag: 'v3', sha: B })).action, 'created');
    assert.deepEqual([...repoState().refs.entries()].sort(), [['refs/tags/v2', B], ['refs/tags/v3', B]]);
    fx.gh.assertNoViolations();
  });

  test('ensureRelease finds drafts, survives a lost create, and assets upload once', async () => {
    fx.gh.inject('repos/create-release', { kind: 'status', status: 502, afterApply: true });
    const rel = await ensureRelease(fx.client, { owner: 'o', repo: 'r', tag: 'credit-risk/v1', name: 'credit-risk v1', body: 'notes', draft: true });
    assert.equal(rel.action, 'created');
    const again = await ensureRelease(fx.client, { owner: 'o', repo: 'r', tag: 'credit-risk/v1', name: 'credit-risk v1', body: 'notes 2', draft: true });
    assert.equal(again.action, 'updated');
    assert.equal(again.id, rel.id);
    assert.equal(repoState().releases.size, 1);
    const bytes = new TextEncoder().encode('{"weights":[1,2,3]}');
    fx.gh.inject('repos/upload-release-asset', { kind: 'drop', afterApply: true });
    assert.equal((await ensureReleaseAsset(fx.client, { owner: 'o', repo: 'r', release: rel, name: 'model.json', data: bytes })).action, 'created');
    assert.equal((await ensureReleaseAsset(fx.client, { owner: 'o', repo: 'r', release: rel, name: 'model.json', data: bytes })).action, 'exists');
    await assert.rejects(ensureReleaseAsset(fx.client, { owner: 'o', repo: 'r', release: rel, name: 'model.json', data: new TextEncoder().encode('{}') }), /different content/);
    const assets = repoState().releases.get(rel.id)!.assets;
    assert.deepEqual(assets.map((a) => [a.name, a.data.toString('utf8')]), [['model.json', '{"weights":[1,2,3]}']]);
    fx.gh.assertNoViolations();
  });
});
