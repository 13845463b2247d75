import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Octokit } from '@octokit/rest';
import { DEFAULT_TOKEN, type GitHubEmulator, startEmulator } from './github-emulator.js';
import { seedCommits, seedRef, seedRepo } from './seed.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);

describe('emulator: pulls/create and pull requests of a commit', () => {
  let gh: GitHubEmulator;
  let octokit: Octokit;
  before(async () => {
    gh = await startEmulator();
    octokit = new Octokit({ auth: DEFAULT_TOKEN, baseUrl: gh.url, request: { retries: 0 } });
  });
  after(() => gh.close());
  beforeEach(() => {
    gh.state.repos.clear();
    seedRepo(gh.state, 'o/r', { defaultBranch: 'main' });
    seedCommits(gh.state, 'o/r', [[BASE, []], [HEAD, [BASE]]]);
    seedRef(gh.state, 'o/r', 'refs/heads/main', BASE);
    seedRef(gh.state, 'o/r', 'refs/heads/feature', HEAD);
  });

  test('opens a pull request from a pushed branch: number, head and base SHAs, author, created_at', async () => {
    const { status, data } = await octokit.rest.pulls.create({ owner: 'o', repo: 'r', head: 'feature', base: 'main', title: 'Retrain', body: 'why' });
    assert.equal(status, 201);
    assert.deepEqual([data.number, data.state, data.title, data.body, data.head.sha, data.head.ref, data.base.sha, data.user?.login], [1, 'open', 'Retrain', 'why', HEAD, 'feature', BASE, 'github-actions[bot]']);
    assert.match(data.created_at, /^\d{4}-\d{2}-\d{2}T/);
    assert.equal(data.merged_at, null);
    const listed = await octokit.rest.pulls.list({ owner: 'o', repo: 'r', head: 'o:feature' });
    assert.deepEqual(listed.data.map((p) => p.number), [1]);
    gh.assertNoViolations();
  });

  test('refuses what GitHub refuses: an unknown branch, no commits between, a duplicate, a missing title', async () => {
    const refused = async (params: { head: string; base: string; title?: string }, message: RegExp) => {
      await assert.rejects(octokit.rest.pulls.create({ owner: 'o', repo: 'r', ...params }), (e: { status?: number; response?: { data?: unknown } }) => {
        assert.equal(e.status, 422);
        assert.match(JSON.stringify(e.response?.data), message);
        return true;
      });
    };
    await refused({ head: 'nope', base: 'main', title: 't' }, /"field":"head","code":"invalid"/);
    await refused({ head: 'feature', base: 'nope', title: 't' }, /"field":"base","code":"invalid"/);
    await refused({ head: 'main', base: 'feature', title: 't' }, /No commits between feature and main/);
    await refused({ head: 'someone:feature', base: 'main', title: 't' }, /"field":"head"/);
    await refused({ head: 'feature', base: 'main' }, /"field":"title","code":"missing_field"/);
    await octokit.rest.pulls.create({ owner: 'o', repo: 'r', head: 'feature', base: 'main', title: 't' });
    await refused({ head: 'o:feature', base: 'main', title: 't' }, /A pull request already exists for o:feature/);
    assert.equal(gh.state.findRepo('o', 'r')!.pulls.size, 1);
    gh.assertNoViolations();
  });

  test('a body field the schema does not know is a violation, and nothing is created', async () => {
    const res = await fetch(`${gh.url}/repos/o/r/pulls`, { method: 'POST', headers: { authorization: `token ${DEFAULT_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ head: 'feature', base: 'main', title: 't', labels: ['x'] }) });
    assert.equal(res.status, 422);
    assert.deepEqual(gh.takeViolations().map((v) => [v.kind, v.operationId]), [['invalid-request', 'pulls/create']]);
    assert.equal(gh.state.findRepo('o', 'r')!.pulls.size, 0);
  });

  test('lists the pull requests of a commit: its head, or its merge commit once merged', async () => {
    const { data: pr } = await octokit.rest.pulls.create({ owner: 'o', repo: 'r', head: 'feature', base: 'main', title: 't' });
    const ofCommit = async (sha: string) => (await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: 'o', repo: 'r', commit_sha: sha })).data.map((p) => p.number);
    assert.deepEqual(await ofCommit(HEAD), [pr.number]);
    const merge = 'c'.repeat(40);
    gh.state.findRepo('o', 'r')!.pulls.get(pr.number)!.merged = { at: '2026-01-02T00:00:00Z', by: 'maintainer', commitSha: merge };
    assert.deepEqual(await ofCommit(merge), [pr.number]);
    assert.deepEqual(await ofCommit(BASE), []);
    const { data } = await octokit.rest.pulls.get({ owner: 'o', repo: 'r', pull_number: pr.number });
    assert.deepEqual([data.merged, data.merged_at, data.merged_by?.login, data.merge_commit_sha], [true, '2026-01-02T00:00:00Z', 'maintainer', merge]);
    gh.assertNoViolations();
  });
});
