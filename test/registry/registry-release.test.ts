/**
 * Promote on merge through the GitHub API emulator (OpenAPI-validated): real git for the tags, the
 * emulator for the release, its assets (sharded by a small shard size) and the pull request comment.
 * A crash after the push is completed by the next run; a third run changes nothing.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openRegistryGit } from '../../src/adapters/git/registry-git.js';
import { readEvidence, evidencePaths } from '../../src/pipeline/registry-evidence.js';
import { promoteOnMerge } from '../../src/pipeline/promote-on-merge.js';
import type { PublishStep, RegistryPorts } from '../../src/pipeline/registry-ports.js';
import { verifyRegistry } from '../../src/pipeline/registry-verify.js';
import { pullVersion } from '../../src/pipeline/registry-pull.js';
import { verifyArtifact } from '../../src/train/artifact-dir.js';
import { seedCommits, seedPullRequest } from '../emulator/seed.js';
import { tagCommit } from '../../src/adapters/github/git-tags.js';
import { startGitHubFixture, type GitHubFixture } from '../github/github-fixture.js';
import { gitSandbox, writeResults, type GitSandbox } from './registry-fixture.js';

describe('promote on merge: release with assets and a PR comment through the emulator', () => {
  let sb: GitSandbox;
  let fx: GitHubFixture;
  before(async () => {
    sb = gitSandbox();
    fx = await startGitHubFixture();
  });
  after(async () => {
    await fx.gh.close();
    sb.cleanup();
  });

  test('register + staging + release (sharded assets, sha256 checked) + comment; crash-resume; idempotent', async () => {
    const clone = sb.clone('work');
    const pr = seedPullRequest(fx.gh.state, { repo: 'o/r', headSha: 'd'.repeat(40), author: 'alice' });
    const results = writeResults(join(sb.root, 'res'), { weights: 'W'.repeat(25) });
    const env = { ...process.env, ...sb.env };
    const git = await openRegistryGit(clone, env);
    const evidence = await readEvidence(evidencePaths(sb.root, results, {}));
    const crashAt = { step: 'pushed' as PublishStep | null };
    const ports: RegistryPorts = {
      git,
      clock: { now: () => '2026-03-02T00:00:00.000Z' },
      afterStep: (s) => {
        if (s === crashAt.step) throw new Error(`simulated crash after ${s}`);
      },
    };
    const request = {
      evidence, branch: 'main', stage: 'staging', actor: 'github-actions[bot]', config: null, shardBytes: 10,
      policy: { stages: ['staging', 'production'], binaries: 'release' as const, maxCommitBytes: 10_485_760, config: null },
      // headSha and author are looked up with pulls.get (the emulator has no created_at, so openedAt is given).
      pullRequest: { number: pr.number, openedAt: '2026-03-01T00:00:00Z', headSha: null },
      github: { client: fx.client, owner: 'o', repo: 'r', botLogin: 'github-actions[bot]' },
    };
    await assert.rejects(promoteOnMerge(ports, request), /simulated crash after pushed/);
    const repo = fx.gh.state.findRepo('o', 'r')!;
    assert.equal(repo.releases.size, 0, 'crashed before the release');
    crashAt.step = null;
    // The git remote here is not GitHub: the emulator learns the commit, and the tag is created through the API.
    const versionCommit = sb.git(sb.remote, ['rev-parse', 'credit-risk@v1.0.0^{commit}']).trim();
    seedCommits(fx.gh.state, 'o/r', [[versionCommit, []]]);
    const done = await promoteOnMerge(ports, request);
    assert.equal(done.created, false, 'the version pushed before the crash is found, not registered again');
    assert.equal(done.version, 'v1.0.0');
    assert.equal(done.storage, 'release');
    assert.equal(await tagCommit(fx.client, 'o', 'r', 'credit-risk@v1.0.0'), versionCommit);
    const [release] = [...repo.releases.values()];
    assert.equal(release?.tagName, 'credit-risk@v1.0.0');
    const assets = new Map(release!.assets.map((a) => [a.name, a.data]));
    // weights.bin is 25 bytes: shards of 10, 10 and 5 bytes whose sha256 are in the manifest.
    assert.deepEqual([...assets.keys()].filter((n) => n.startsWith('weights')), ['weights.bin.part-000', 'weights.bin.part-001', 'weights.bin.part-002']);
    const manifest = JSON.parse(assets.get('manifest.json')!.toString('utf8'));
    const weights = manifest.files.find((f: { path: string }) => f.path === 'weights.bin');
    for (const shard of weights.shards) assert.equal(createHash('sha256').update(assets.get(shard.name)!).digest('hex'), shard.sha256);
    assert.equal(Buffer.concat(weights.shards.map((s: { name: string }) => assets.get(s.name)!)).toString('utf8'), 'W'.repeat(25));
    const lineage = JSON.parse(sb.git(sb.remote, ['show', 'main:registry/credit-risk/v1.0.0/lineage.json']));
    assert.deepEqual(lineage.pullRequest, { number: pr.number, openedAt: '2026-03-01T00:00:00Z', headSha: 'd'.repeat(40) });
    const trail = JSON.parse(sb.git(sb.remote, ['show', 'main:registry/credit-risk/audit-trail.json']));
    assert.deepEqual(trail.entries[0].proposed_by, { login: 'alice', at: '2026-03-01T00:00:00Z' });
    const comments = [...repo.comments.values()].filter((c) => c.issueNumber === pr.number);
    assert.equal(comments.length, 1);
    assert.match(comments[0]!.body, /credit-risk v1\.0\.0 registered[\s\S]*assigned to \*\*staging\*\*/);
    // A third run: nothing new anywhere.
    const again = await promoteOnMerge(ports, request);
    assert.equal(again.created, false);
    assert.equal(repo.releases.size, 1);
    assert.equal([...repo.releases.values()][0]!.assets.length, release!.assets.length);
    assert.equal([...repo.comments.values()].filter((c) => c.issueNumber === pr.number).length, 1);
    fx.gh.assertNoViolations();
    // verify checks release assets from a download folder, and names a corrupted shard.
    const dl = join(sb.root, 'download');
    mkdirSync(dl);
    for (const [name, data] of assets) writeFileSync(join(dl, name), data);
    const ok = await verifyRegistry(git, { revision: 'HEAD', assetsDir: dl });
    assert.equal(ok.ok, true, JSON.stringify(ok.problems));
    // A consumer pulls the staging version from the downloaded assets, each file verified.
    const out = join(sb.root, 'pulled');
    const pulled = await pullVersion(git, { model: 'credit-risk', stage: 'staging', outDir: out, assetsDir: dl });
    assert.equal(pulled.version, 'v1.0.0');
    assert.equal(readFileSync(join(out, 'weights.bin'), 'utf8'), 'W'.repeat(25));
    assert.equal((await verifyArtifact(out)).files.length, 4);
    writeFileSync(join(dl, 'weights.bin.part-001'), 'XXXXXXXXXX');
    await assert.rejects(pullVersion(git, { model: 'credit-risk', version: 'v1.0.0', outDir: join(sb.root, 'pulled-2'), assetsDir: dl }), (e: Error) => e.name === 'CheckFailedError' && /weights\.bin\.part-001: sha256 [0-9a-f]{64} does not match/.test(e.message));
    assert.equal(existsSync(join(sb.root, 'pulled-2')), false, 'nothing written when a file does not verify');
    const bad = await verifyRegistry(git, { revision: 'HEAD', assetsDir: dl });
    assert.deepEqual(bad.problems.map((p) => p.file), [join(dl, 'weights.bin.part-001')]);
  });
});
