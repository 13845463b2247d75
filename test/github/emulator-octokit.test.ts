import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { seedArtifact, seedPullRequest, seedRepo, seedWorkflowRun } from '../emulator/seed.js';
import { type GitHubFixture, startGitHubFixture } from './github-fixture.js';

const SHA = '9'.repeat(40);
let fx: GitHubFixture;
before(async () => {
  fx = await startGitHubFixture();
  seedRepo(fx.gh.state, 'o/r', { defaultBranch: 'trunk' });
});
after(() => fx.gh.close());

test('Octokit calls MergeML makes pass the emulator’s OpenAPI validation and return usable data', async () => {
  const { client } = fx;
  const owner = 'o';
  const repo = 'r';
  assert.equal((await client.rest.repos.get({ owner, repo })).data.default_branch, 'trunk');
  const pr = seedPullRequest(fx.gh.state, { repo: 'o/r', headSha: SHA, files: Array.from({ length: 130 }, (_x, i) => ({ filename: `f${i}.csv`, status: 'modified', additions: 1, deletions: 0, changes: 1 })) });
  assert.equal((await client.rest.pulls.get({ owner, repo, pull_number: pr.number })).data.head.sha, SHA);
  assert.equal((await client.paginate(client.rest.pulls.listFiles, { owner, repo, pull_number: pr.number, per_page: 100 })).length, 130);
  assert.equal((await client.rest.pulls.list({ owner, repo, state: 'open' })).data.length, 1);
  const issue = await client.rest.issues.create({ owner, repo, title: 'Drift detected', body: 'x', labels: ['mergeml'] });
  await client.rest.issues.update({ owner, repo, issue_number: issue.data.number, state: 'closed' });
  assert.equal((await client.rest.issues.listForRepo({ owner, repo, state: 'closed', labels: 'mergeml' })).data.length, 1);
  const dep = await client.rest.repos.createDeployment({ owner, repo, ref: SHA, environment: 'production', auto_merge: false, required_contexts: [] });
  assert.equal(dep.status, 201);
  await client.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: (dep.data as { id: number }).id, state: 'success' });
  await client.rest.repos.createOrUpdateEnvironment({ owner, repo, environment_name: 'production', wait_timer: 0, deployment_branch_policy: null });
  assert.equal((await client.rest.repos.getEnvironment({ owner, repo, environment_name: 'production' })).data.name, 'production');
  const run = seedWorkflowRun(fx.gh.state, 'o/r', { name: 'mergeml-pr', event: 'pull_request', status: 'completed', conclusion: 'success', headSha: SHA, headBranch: 'feature', headRepository: 'fork/r', pullRequests: [] });
  seedArtifact(fx.gh.state, 'o/r', { name: 'mergeml-results', runId: run.id, data: Buffer.from('zip') });
  assert.equal((await client.rest.actions.getWorkflowRun({ owner, repo, run_id: run.id })).data.head_sha, SHA);
  const artifacts = await client.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: run.id, name: 'mergeml-results' });
  assert.equal(artifacts.data.artifacts[0]?.name, 'mergeml-results');
  assert.equal((await client.rest.users.getByUsername({ username: 'github-actions[bot]' })).data.type, 'Bot');
  await assert.rejects(client.rest.users.getAuthenticated(), (e: { status?: number }) => e.status === 403);
  fx.gh.assertNoViolations();
});

test('a client bug is caught: an unknown field or a missing required one is a violation', async () => {
  await assert.rejects(fx.client.request('POST /repos/{owner}/{repo}/check-runs', { owner: 'o', repo: 'r', name: 'x', head_sha: SHA, conclusion: 'success', output: { title: 't' } } as never));
  await assert.rejects(fx.client.request('GET /repos/{owner}/{repo}/check-suites/{id}/runs', { owner: 'o', repo: 'r', id: 1 } as never));
  assert.deepEqual(fx.gh.takeViolations().map((v) => v.kind), ['invalid-request', 'unknown-route']);
});
