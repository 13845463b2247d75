import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_TOKEN, type GitHubEmulator, startEmulator } from '../emulator/github-emulator.js';
import { seedCommits, seedPullRequest, seedRef } from '../emulator/seed.js';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);
const SHA_C = 'c'.repeat(40);

describe('GitHub API emulator', () => {
  let gh: GitHubEmulator;
  const call = async (method: string, path: string, body?: unknown, token = DEFAULT_TOKEN): Promise<{ status: number; json: any; headers: Headers }> => {
    const res = await fetch(`${gh.url}${path}`, {
      method,
      headers: { authorization: `token ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : undefined, headers: res.headers };
  };

  before(async () => {
    gh = await startEmulator();
  });
  after(() => gh.close());
  beforeEach(() => {
    gh.takeViolations();
    gh.faults.clear();
  });

  test('rejects an unknown route and records the violation', async () => {
    const r = await call('GET', '/repos/o/r/no-such-endpoint');
    assert.equal(r.status, 404);
    const v = gh.takeViolations();
    assert.equal(v.length, 1);
    assert.equal(v[0]?.kind, 'unknown-route');
  });

  test('rejects a body field the schema does not allow (wrong type, unknown field, bad enum)', async () => {
    seedPullRequest(gh.state, { repo: 'o/r', headSha: SHA_A });
    const wrongType = await call('POST', '/repos/o/r/issues/1/comments', { body: 42 });
    assert.equal(wrongType.status, 422);
    const unknownField = await call('POST', '/repos/o/r/check-runs', { name: 'x', head_sha: SHA_A, output: { title: 't', summary: 's', anotations: [] } });
    assert.equal(unknownField.status, 422);
    const badEnum = await call('POST', '/repos/o/r/check-runs', { name: 'x', head_sha: SHA_A, conclusion: 'great' });
    assert.equal(badEnum.status, 422);
    const tooMany = await call('POST', '/repos/o/r/check-runs', {
      name: 'x',
      head_sha: SHA_A,
      output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, () => ({ path: 'a', start_line: 1, end_line: 1, annotation_level: 'warning', message: 'm' })) },
    });
    assert.equal(tooMany.status, 422);
    const v = gh.takeViolations();
    assert.deepEqual(v.map((x) => x.kind), ['invalid-request', 'invalid-request', 'invalid-request', 'invalid-request']);
    assert.match(v[1]?.message ?? '', /anotations/);
    assert.match(v[3]?.message ?? '', /50/);
  });

  test('rejects bad path and query parameters', async () => {
    assert.equal((await call('GET', '/repos/o/r/issues/abc/comments')).status, 422);
    assert.equal((await call('GET', '/repos/o/r/issues/1/comments?per_page=10&bogus=1')).status, 422);
    assert.equal(gh.takeViolations().length, 2);
  });

  test('enforces the 65536-character comment limit and records it', async () => {
    const { number } = seedPullRequest(gh.state, { repo: 'o/r', headSha: SHA_A });
    const r = await call('POST', `/repos/o/r/issues/${number}/comments`, { body: 'x'.repeat(65537) });
    assert.equal(r.status, 422);
    assert.match(r.json.errors[0].message, /body is too long \(maximum is 65536 characters\)/);
    assert.deepEqual(gh.takeViolations().map((v) => v.kind), ['body-too-long']);
    assert.equal((await call('POST', `/repos/o/r/issues/${number}/comments`, { body: 'x'.repeat(65536) })).status, 201);
  });

  test('requires a known token', async () => {
    assert.equal((await call('GET', '/repos/o/r', undefined, 'nope')).status, 401);
    assert.deepEqual(gh.takeViolations().map((v) => v.kind), ['unauthenticated']);
  });

  test('paginates comments with Link headers', async () => {
    const { number } = seedPullRequest(gh.state, { repo: 'o/r', headSha: SHA_A });
    for (let i = 0; i < 5; i++) await call('POST', `/repos/o/r/issues/${number}/comments`, { body: `c${i}` });
    const p1 = await call('GET', `/repos/o/r/issues/${number}/comments?per_page=2`);
    assert.deepEqual(p1.json.map((c: { body: string }) => c.body), ['c0', 'c1']);
    assert.match(p1.headers.get('link') ?? '', /page=2>; rel="next".*page=3>; rel="last"/);
    const p3 = await call('GET', `/repos/o/r/issues/${number}/comments?per_page=2&page=3`);
    assert.deepEqual(p3.json.map((c: { body: string }) => c.body), ['c4']);
    assert.doesNotMatch(p3.headers.get('link') ?? '', /rel="next"/);
    assert.equal(p1.json[0].user.login, 'github-actions[bot]');
    gh.assertNoViolations();
  });

  test('git refs: create once, fast-forward only unless forced', async () => {
    seedCommits(gh.state, 'o/r', [[SHA_A, []], [SHA_B, [SHA_A]], [SHA_C, [SHA_A]]]);
    assert.equal((await call('POST', '/repos/o/r/git/refs', { ref: 'refs/tags/v1', sha: SHA_A })).status, 201);
    const again = await call('POST', '/repos/o/r/git/refs', { ref: 'refs/tags/v1', sha: SHA_A });
    assert.equal(again.status, 422);
    assert.equal(again.json.message, 'Reference already exists');
    seedRef(gh.state, 'o/r', 'refs/heads/main', SHA_B);
    const nonFf = await call('PATCH', '/repos/o/r/git/refs/heads%2Fmain', { sha: SHA_C });
    assert.equal(nonFf.status, 422);
    assert.equal(nonFf.json.message, 'Update is not a fast forward');
    assert.equal((await call('PATCH', '/repos/o/r/git/refs/heads/main', { sha: SHA_C, force: true })).status, 200);
    assert.equal((await call('GET', '/repos/o/r/git/ref/heads/main')).json.object.sha, SHA_C);
    const tag = await call('POST', '/repos/o/r/git/tags', { tag: 'v2', message: 'm', object: SHA_C, type: 'commit' });
    assert.equal(tag.status, 201);
    assert.equal((await call('POST', '/repos/o/r/git/refs', { ref: 'refs/tags/v2', sha: tag.json.sha })).status, 201);
    assert.equal((await call('POST', '/repos/o/r/git/refs', { ref: 'refs/tags/v3', sha: 'd'.repeat(40) })).json.message, 'Object does not exist');
    gh.assertNoViolations();
  });

  test('releases: drafts are invisible by tag; assets upload to the uploads URL once per name', async () => {
    const rel = await call('POST', '/repos/o/r/releases', { tag_name: 'model-v1', draft: true });
    assert.equal(rel.status, 201);
    assert.equal((await call('GET', '/repos/o/r/releases/tags/model-v1')).status, 404);
    assert.equal((await call('POST', '/repos/o/r/releases', { tag_name: 'model-v1' })).status, 422);
    const uploadUrl = String(rel.json.upload_url).replace('{?name,label}', '?name=model.json');
    const up = await fetch(uploadUrl, { method: 'POST', headers: { authorization: `token ${DEFAULT_TOKEN}`, 'content-type': 'application/octet-stream' }, body: '{"w":1}' });
    assert.equal(up.status, 201);
    const dup = await fetch(uploadUrl, { method: 'POST', headers: { authorization: `token ${DEFAULT_TOKEN}`, 'content-type': 'application/octet-stream' }, body: '{}' });
    assert.equal(dup.status, 422);
    assert.equal((await call('PATCH', `/repos/o/r/releases/${rel.json.id}`, { draft: false })).status, 200);
    const byTag = await call('GET', '/repos/o/r/releases/tags/model-v1');
    assert.deepEqual(byTag.json.assets.map((a: { name: string; size: number }) => [a.name, a.size]), [['model.json', 7]]);
    gh.assertNoViolations();
  });

  test('GITHUB_TOKEN cannot read GET /user; a read-only token cannot write', async () => {
    assert.equal((await call('GET', '/user')).status, 403);
    const ro = await startEmulator({ tokens: { ro: { login: 'github-actions[bot]', readOnly: true }, pat: { login: 'maintainer' } } });
    try {
      const res = await fetch(`${ro.url}/user`, { headers: { authorization: 'token pat' } });
      assert.equal(((await res.json()) as { login: string }).login, 'maintainer');
      seedPullRequest(ro.state, { repo: 'o/r', headSha: SHA_A });
      const w = await fetch(`${ro.url}/repos/o/r/issues/1/comments`, { method: 'POST', headers: { authorization: 'token ro', 'content-type': 'application/json' }, body: '{"body":"x"}' });
      assert.equal(w.status, 403);
      ro.assertNoViolations();
    } finally {
      await ro.close();
    }
  });

  test('fault injection: status, secondary rate limit, 429, drop; counted per operation', async () => {
    const { number } = seedPullRequest(gh.state, { repo: 'o/r', headSha: SHA_A });
    gh.inject('issues/create-comment', { kind: 'status', status: 502 });
    gh.inject('issues/create-comment', { kind: 'secondary-rate-limit', retryAfterSeconds: 3 });
    gh.inject('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { kind: 'rate-limit', retryAfterSeconds: 2 });
    gh.inject('issues/create-comment', { kind: 'body-too-long' });
    const path = `/repos/o/r/issues/${number}/comments`;
    assert.equal((await call('POST', path, { body: 'x' })).status, 502);
    const secondary = await call('POST', path, { body: 'x' });
    assert.equal(secondary.status, 403);
    assert.equal(secondary.headers.get('retry-after'), '3');
    assert.match(secondary.json.message, /secondary rate limit/);
    const limited = await call('POST', path, { body: 'x' });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '2');
    assert.equal((await call('POST', path, { body: 'x' })).status, 422);
    assert.equal((await call('POST', path, { body: 'x' })).status, 201);
    gh.inject('issues/create-comment', { kind: 'drop', afterApply: true });
    await assert.rejects(call('POST', path, { body: 'applied-then-dropped' }));
    const bodies = [...gh.state.findRepo('o', 'r')!.comments.values()].filter((c) => c.issueNumber === number).map((c) => c.body);
    assert.deepEqual(bodies, ['x', 'applied-then-dropped']);
    assert.equal(gh.faults.pending().length, 0);
    gh.assertNoViolations();
  });
});
