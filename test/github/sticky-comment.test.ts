import { after, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findStickyComments, upsertStickyComment } from '../../src/adapters/github/sticky-comment.js';
import { seedComment, seedPullRequest } from '../emulator/seed.js';
import { type GitHubFixture, startGitHubFixture } from './github-fixture.js';

const MARKER = '<!-- mergeml:report model=credit-risk workflow=mergeml -->';
const BOT = 'github-actions[bot]';
const SHA = 'f'.repeat(40);

describe('sticky comment', () => {
  let fx: GitHubFixture;
  let pr: { owner: string; repo: string; issueNumber: number };
  const botComments = () => [...fx.gh.state.findRepo('o', 'r')!.comments.values()].filter((c) => c.issueNumber === pr.issueNumber && c.user.login === BOT);

  beforeEach(async () => {
    fx = await startGitHubFixture();
    pr = { owner: 'o', repo: 'r', issueNumber: seedPullRequest(fx.gh.state, { repo: 'o/r', headSha: SHA }).number };
  });
  after(() => fx?.gh.close());

  test('posting twice leaves exactly one comment, updated in place', async () => {
    const first = await upsertStickyComment(fx.client, pr, { marker: MARKER, body: `${MARKER}\nfirst`, botLogin: BOT });
    const second = await upsertStickyComment(fx.client, pr, { marker: MARKER, body: `${MARKER}\nsecond`, botLogin: BOT });
    const third = await upsertStickyComment(fx.client, pr, { marker: MARKER, body: `${MARKER}\nsecond`, botLogin: BOT });
    assert.equal(first.action, 'created');
    assert.equal(second.action, 'updated');
    assert.equal(third.action, 'unchanged');
    assert.equal(second.commentId, first.commentId);
    assert.deepEqual(botComments().map((c) => c.body), [`${MARKER}\nsecond`]);
    fx.gh.assertNoViolations();
    await fx.gh.close();
  });

  test('finds its own comment among 150 prior comments (paginated), ignoring marker copies by others', async () => {
    for (let i = 0; i < 150; i++) {
      if (i === 120) seedComment(fx.gh.state, 'o/r', pr.issueNumber, BOT, `${MARKER}\nold report`);
      else if (i === 7) seedComment(fx.gh.state, 'o/r', pr.issueNumber, 'mallory', `${MARKER}\nquoted by a user`);
      else seedComment(fx.gh.state, 'o/r', pr.issueNumber, i % 2 ? 'alice' : BOT, `comment ${i}`);
    }
    const r = await upsertStickyComment(fx.client, pr, { marker: MARKER, body: `${MARKER}\nnew report`, botLogin: BOT });
    assert.equal(r.action, 'updated');
    const mine = botComments().filter((c) => c.body.includes(MARKER));
    assert.equal(mine.length, 1);
    assert.equal(mine[0]?.id, r.commentId);
    assert.equal(mine[0]?.body, `${MARKER}\nnew report`);
    const mallory = [...fx.gh.state.findRepo('o', 'r')!.comments.values()].find((c) => c.user.login === 'mallory');
    assert.equal(mallory?.body, `${MARKER}\nquoted by a user`);
    // The lookup read every page: 150 comments at 100 per page.
    assert.equal(fx.gh.requests().filter((q) => q.operationId === 'issues/list-comments').length, 2);
    fx.gh.assertNoViolations();
    await fx.gh.close();
  });

  test('duplicates from an earlier race are removed, the oldest kept', async () => {
    const a = seedComment(fx.gh.state, 'o/r', pr.issueNumber, BOT, `${MARKER}\nA`);
    seedComment(fx.gh.state, 'o/r', pr.issueNumber, BOT, `${MARKER}\nB`);
    const r = await upsertStickyComment(fx.client, pr, { marker: MARKER, body: `${MARKER}\nC`, botLogin: BOT });
    assert.equal(r.commentId, a.id);
    assert.equal(r.deletedDuplicates, 1);
    assert.deepEqual(botComments().map((c) => c.body), [`${MARKER}\nC`]);
    const found = await findStickyComments(fx.client, pr, MARKER, BOT);
    assert.equal(found.length, 1);
    await fx.gh.close();
  });

  test('502 and secondary rate limit on create still end with one comment', async () => {
    fx.gh.inject('issues/create-comment', { kind: 'secondary-rate-limit', retryAfterSeconds: 1 });
    fx.gh.inject('issues/create-comment', { kind: 'status', status: 502 });
    fx.gh.inject('issues/list-comments', { kind: 'status', status: 502 });
    const r = await upsertStickyComment(fx.client, pr, { marker: MARKER, body: `${MARKER}\nx`, botLogin: BOT });
    assert.equal(r.action, 'created');
    assert.equal(botComments().length, 1);
    assert.equal(fx.gh.faults.pending().length, 0);
    assert.ok(fx.waits.some((w) => /secondary rate limit/.test(w)));
    fx.gh.assertNoViolations();
    await fx.gh.close();
  });

  test('a create that was applied but whose response was lost (502 or dropped connection) is not repeated', async () => {
    fx.gh.inject('issues/create-comment', { kind: 'status', status: 502, afterApply: true });
    const r1 = await upsertStickyComment(fx.client, pr, { marker: MARKER, body: `${MARKER}\none`, botLogin: BOT });
    assert.equal(r1.action, 'created');
    assert.equal(botComments().length, 1);
    const other = '<!-- mergeml:report model=other workflow=mergeml -->';
    fx.gh.inject('issues/create-comment', { kind: 'drop', afterApply: true });
    const r2 = await upsertStickyComment(fx.client, pr, { marker: other, body: `${other}\ntwo`, botLogin: BOT });
    assert.equal(r2.action, 'created');
    assert.deepEqual(botComments().map((c) => c.body), [`${MARKER}\none`, `${other}\ntwo`]);
    assert.equal(fx.gh.faults.pending().length, 0);
    fx.gh.assertNoViolations();
    await fx.gh.close();
  });

  test('a refused write is wrapped with its cause; oversize bodies never reach GitHub', async () => {
    await assert.rejects(upsertStickyComment(fx.client, { ...pr, issueNumber: 999 }, { marker: MARKER, body: 'x', botLogin: BOT }), (e: Error) => {
      assert.equal(e.name, 'ConfigError');
      assert.match(e.message, /pull-requests: write/);
      assert.equal((e.cause as { status?: number }).status, 404);
      return true;
    });
    await assert.rejects(upsertStickyComment(fx.client, pr, { marker: MARKER, body: 'x'.repeat(70_000), botLogin: BOT }), /at most 65536/);
    assert.equal(fx.gh.requests().filter((q) => q.operationId === 'issues/create-comment').length, 0);
    await fx.gh.close();
  });
});
