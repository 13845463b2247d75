/**
 * End to end (issue 9, point 5): a repository's life against the GitHub API emulator and a real git remote,
 * driving the committed action bundles in the order the reusable workflows call them (test/e2e/workflow-runs.ts).
 * The story: the credit-risk model is on main (v1.0.0, approved into production) → a PR widens the network
 * (comment + check run) → a second push (same comment updated) → merge (v1.1.0 registered at staging, release,
 * merged-PR comment), approved into production → drifted data arrives (one issue, updated, never duplicated;
 * with retrain, a retraining PR) → production is rolled back to v1.0.0 (new stage tag, audit entry).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TOKEN, type GitHubEmulator, startEmulator } from '../emulator/github-emulator.js';
import type { RepoState } from '../emulator/emulator-state.js';
import { seedRepo } from '../emulator/seed.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { gitSandbox, type GitSandbox } from '../registry/registry-fixture.js';
import { mirrorOnPush, mirrorRemote, pushAndMirror } from './remote-mirror.js';
import { type Life, type PullRequestRun, runMonitorWorkflow, runPromoteWorkflow, runPullRequestWorkflow, runReportWorkflow, runRollbackWorkflow, runStageAssignment } from './workflow-runs.js';
import { writeIn } from './runner-workspace.js';

const REPOSITORY = 'acme/credit-models';
const CONFIG = 'examples/credit/mergeml.yaml';
const MODEL = 'credit-risk';
const ALICE = 'ghp_alice';
const REPORT_MARKER = `<!-- mergeml:report model=${MODEL} workflow=mergeml -->`;
const INCOMING = 'examples/credit/incoming/2026-11.csv';

/** The reference rows with amounts tripled and every applicant renting on a part-time job: new data that drifted. */
function driftedData(reference: string): string {
  const [header = '', ...rows] = reference.trimEnd().split('\n');
  const names = header.split(',').map((h) => h.replace(/"/g, ''));
  const scaled = new Set(['Seniority', 'Time', 'Expenses', 'Income', 'Assets', 'Debt', 'Amount', 'Price']);
  const shifted = rows.map((row) => row.split(',').map((cell, i) => {
    const name = names[i] ?? '';
    if (name === 'Home') return '"rent"';
    if (name === 'Job') return '"partime"';
    return scaled.has(name) && /^\d+$/.test(cell) ? String(Number(cell) * 3 + 50) : cell;
  }).join(','));
  return `${[header, ...shifted].join('\n')}\n`;
}

describe('a repository\'s life: PR → update → merge → drift → rollback', { timeout: 240_000 }, () => {
  let gh: GitHubEmulator;
  let sb: GitSandbox;
  let life: Life;
  let dev: string;
  let repo: RepoState;
  let pr = 0;
  let firstRun: PullRequestRun;
  let commentId = 0;
  let stopMirror: (() => Promise<void>) | undefined;
  const savedTmpdir = process.env.TMPDIR;
  const git = (cwd: string, args: string[]) => sb.git(cwd, args).trim();
  const remoteTags = () => git(sb.remote, ['tag', '--list']).split('\n').filter(Boolean);
  /** The commit a tag finally points at (annotated tags peeled). */
  const tagCommit = (tag: string) => git(sb.remote, ['rev-parse', `refs/tags/${tag}^{commit}`]);
  const push = (cwd: string, ref: string) => pushAndMirror(gh.state, REPOSITORY, sb, cwd, ref);
  const prComments = () => [...repo.comments.values()].filter((c) => c.issueNumber === pr);
  const editConfig = (from: string, to: string) => {
    const file = join(dev, CONFIG);
    const text = readFileSync(file, 'utf8');
    assert.ok(text.includes(from), `${CONFIG} has ${from}`);
    writeFileSync(file, text.replace(from, to));
  };

  before(async () => {
    gh = await startEmulator({ tokens: { [DEFAULT_TOKEN]: { login: 'github-actions[bot]', canReadAuthenticatedUser: false }, [ALICE]: { login: 'alice' } } });
    repo = seedRepo(gh.state, REPOSITORY, { defaultBranch: 'main' });
    sb = gitSandbox();
    // The action runner helper makes a temp dir per step: keep them inside the sandbox, removed with it.
    process.env.TMPDIR = join(sb.root, 'tmp');
    mkdirSync(process.env.TMPDIR);
    life = { sb, gh, repository: REPOSITORY, config: CONFIG };
    stopMirror = await mirrorOnPush(gh.state, REPOSITORY, sb); // pushes by the actions reach "GitHub" at once
    dev = sb.clone('alice');
    cpSync(join(repoRoot, 'examples/credit'), join(dev, 'examples/credit'), { recursive: true });
    writeFileSync(join(dev, '.gitignore'), 'mergeml-results/\nmergeml-models/\n');
    git(dev, ['add', '.']);
    git(dev, ['commit', '-q', '-m', 'Add the credit-risk model (examples/credit)']);
    push(dev, 'main');
  });
  after(async () => {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
    await stopMirror?.();
    await gh?.close();
    sb?.cleanup();
  });

  test('0. before the PR: the push that added the model registers v1.0.0, approved into production', async () => {
    const after = git(sb.remote, ['rev-parse', 'main']);
    const before = git(sb.remote, ['rev-parse', 'main~1']);
    const run = await runPromoteWorkflow(life, { before, after, stage: 'staging', pusher: 'alice' });
    assert.equal(run.promote[MODEL]?.outputs['version'], 'v1.0.0');
    assert.match(run.promote[MODEL]?.stdout ?? '', /merged no pull request; registering without a pull request comment/);
    const approved = await runStageAssignment(life, { model: MODEL, version: 'v1.0.0', stage: 'production', approver: 'carol', reason: 'first production model' });
    assert.match(approved.outputs['tag'] ?? '', /^credit-risk#production#\d+$/);
    assert.equal(tagCommit(approved.outputs['tag']!), tagCommit('credit-risk@v1.0.0'));
    gh.assertNoViolations();
  });

  test('1. PR opened: plan → validate → train (WASM) → evaluate → gate → collect → post: one comment, one check run', async () => {
    git(dev, ['switch', '-q', '-c', 'model/wider']);
    editConfig('layers: [32, 16]', 'layers: [64, 32]');
    editConfig('epochs: 30', 'epochs: 10'); // small epochs keep the test fast
    git(dev, ['commit', '-q', '-am', 'credit-risk: a wider network']);
    push(dev, 'model/wider');
    const res = await fetch(`${gh.url}/repos/${REPOSITORY}/pulls`, { method: 'POST', headers: { authorization: `token ${ALICE}`, 'content-type': 'application/json' }, body: JSON.stringify({ title: 'credit-risk: a wider network', head: 'model/wider', base: 'main', body: 'Doubles both hidden layers.' }) });
    assert.equal(res.status, 201);
    pr = ((await res.json()) as { number: number }).number;
    mirrorRemote(gh.state, REPOSITORY, sb);
    assert.deepEqual(repo.pulls.get(pr)!.files.map((f) => [f.filename, f.status]), [[CONFIG, 'modified']]);

    firstRun = await runPullRequestWorkflow(life, pr, 'opened');
    assert.deepEqual(firstRun.matrix.include, [{ model: MODEL, config: CONFIG }]);
    assert.equal(firstRun.steps[`validate/${MODEL}`]?.outputs['status'], 'pass');
    assert.equal(firstRun.steps[`train/${MODEL}`]?.outputs['backend'], 'wasm');
    assert.match(firstRun.steps[`train/${MODEL}`]?.summary ?? '', /trained credit-risk[\s\S]*backend wasm · epochs 10/);
    assert.equal(firstRun.steps[`evaluate/${MODEL}`]?.outputs['gates-passed'], 'true');
    assert.equal(firstRun.steps[`gate/${MODEL}`]?.outputs['passed'], 'true');
    assert.equal(firstRun.steps['report-collect']?.outputs['models'], JSON.stringify([MODEL]));

    const posted = await runReportWorkflow(life, firstRun);
    assert.equal(posted.outputs['pull-request'], String(pr));
    const comments = prComments();
    assert.equal(comments.length, 1);
    assert.equal(comments[0]!.user.login, 'github-actions[bot]');
    assert.ok(comments[0]!.body.startsWith(REPORT_MARKER), comments[0]!.body.slice(0, 200));
    assert.match(comments[0]!.body, /roc\\_auc/);
    commentId = comments[0]!.id;
    const checks = [...repo.checkRuns.values()];
    assert.equal(checks.length, 1);
    assert.deepEqual([checks[0]!.headSha, checks[0]!.status], [firstRun.headSha, 'completed']);
    assert.match(checks[0]!.name, /credit-risk/);
    // The verdict is "warn" (data-validation warnings on the example data): a neutral check, not a failure.
    const verdict = posted.outputs['verdict'];
    assert.ok(verdict === 'pass' || verdict === 'warn', `verdict ${verdict}`);
    assert.equal(checks[0]!.conclusion, verdict === 'pass' ? 'success' : 'neutral');
    gh.assertNoViolations();
  });

  test('2. a new commit on the PR: the same comment is updated, a check run for the new head', async () => {
    editConfig('epochs: 10', 'epochs: 12');
    git(dev, ['commit', '-q', '-am', 'credit-risk: two more epochs']);
    push(dev, 'model/wider');
    const head = git(sb.remote, ['rev-parse', 'model/wider']);
    assert.equal(repo.pulls.get(pr)!.headSha, head);
    const before = prComments()[0]!.body;

    const run = await runPullRequestWorkflow(life, pr, 'synchronize');
    assert.equal(run.headSha, head);
    await runReportWorkflow(life, run);
    const comments = prComments();
    assert.deepEqual(comments.map((c) => c.id), [commentId]);
    assert.notEqual(comments[0]!.body, before);
    assert.ok(comments[0]!.body.startsWith(REPORT_MARKER));
    const checks = [...repo.checkRuns.values()];
    assert.deepEqual(checks.map((c) => c.headSha).sort(), [firstRun.headSha, head].sort());
    assert.equal(checks.filter((c) => c.headSha === head).length, 1);
    gh.assertNoViolations();
  });

  test('3. merged: v1.1.0 registered (tag, registry files on main), staging assigned, release with assets', async () => {
    const maintainer = sb.clone('maintainer');
    const before = git(maintainer, ['rev-parse', 'main']);
    git(maintainer, ['merge', '-q', '--no-ff', 'origin/model/wider', '-m', `Merge pull request #${pr} from acme/model/wider`]);
    push(maintainer, 'main');
    const after = git(sb.remote, ['rev-parse', 'main']);
    // GitHub closes the pull request and records the merge.
    repo.pulls.get(pr)!.merged = { at: gh.state.now(), by: 'maintainer', commitSha: after };
    repo.issues.get(pr)!.state = 'closed';

    const run = await runPromoteWorkflow(life, { before, after, stage: 'staging', pusher: 'maintainer' });
    assert.deepEqual(JSON.parse(run.plan.outputs['models'] ?? '[]'), [MODEL]);
    const out = run.promote[MODEL]!.outputs;
    assert.equal(out['version'], 'v1.1.0'); // minor: retrained, same input schema
    assert.match(run.promote[MODEL]!.stdout, new RegExp(`merged pull request #${pr}\\b`));
    assert.match(out['tag'] ?? '', /^credit-risk#staging#\d+$/);

    const tags = remoteTags();
    assert.ok(tags.includes('credit-risk@v1.1.0') && tags.includes(out['tag']!), tags.join(' '));
    assert.equal(git(sb.remote, ['cat-file', '-t', 'refs/tags/credit-risk@v1.1.0']), 'tag'); // annotated
    assert.equal(tagCommit(out['tag']!), tagCommit('credit-risk@v1.1.0'));
    const files = git(sb.remote, ['ls-tree', '-r', '--name-only', 'main', 'registry/credit-risk/v1.1.0']).split('\n');
    for (const f of ['manifest.json', 'metrics.json', 'gates.json']) assert.ok(files.includes(`registry/credit-risk/v1.1.0/${f}`), files.join('\n'));
    const manifest = JSON.parse(git(sb.remote, ['show', 'main:registry/credit-risk/v1.1.0/manifest.json'])) as { version: string; files: { path: string }[] };
    assert.equal(manifest.version, 'v1.1.0');

    const releases = [...repo.releases.values()].filter((r) => r.tagName === 'credit-risk@v1.1.0');
    assert.equal(releases.length, 1);
    const assets = releases[0]!.assets.map((a) => a.name);
    for (const name of ['manifest.json', 'model-card.md', ...manifest.files.map((f) => f.path)]) assert.ok(assets.includes(name), `asset ${name} in ${assets.join(', ')}`);
    gh.assertNoViolations();
  });

  test('3b. merged: the promote step comments on the merged pull request', () => {
    const registry = prComments().filter((c) => c.body.startsWith('<!-- mergeml:registry model=credit-risk -->'));
    assert.equal(registry.length, 1);
    assert.match(registry[0]!.body, /credit-risk v1\.1\.0 registered/);
  });

  test('3c. v1.1.0 approved into production (the Environment-guarded assignment)', async () => {
    const approved = await runStageAssignment(life, { model: MODEL, version: 'v1.1.0', stage: 'production', approver: 'carol', reason: 'CAB-7' });
    assert.deepEqual([approved.outputs['version'], approved.outputs['previous']], ['v1.1.0', 'v1.0.0']);
    gh.assertNoViolations();
  });

  test('4. drift on newly arrived data (schedule): one issue opened, the next run updates it instead of duplicating', async () => {
    const data = sb.clone('data-pipeline');
    writeIn(data, INCOMING, driftedData(readFileSync(join(data, 'examples/credit/reference.csv'), 'utf8')));
    git(data, ['add', INCOMING]);
    git(data, ['commit', '-q', '-m', 'data: applications of 2026-11']);
    push(data, 'main');

    const issues = () => [...repo.issues.values()].filter((i) => !i.isPullRequest);
    const monitor = { model: MODEL, current: INCOMING, retrain: false, trainData: '' };
    const day1 = await runMonitorWorkflow(life, monitor);
    assert.deepEqual([day1.drift.outputs['drifted'], day1.drift.outputs['issue-action']], ['true', 'created']);
    assert.equal(issues().length, 1);
    const issue = issues()[0]!;
    assert.ok((issue.body ?? '').startsWith('<!-- mergeml:monitor model=credit%2Drisk -->'), issue.body ?? '');
    assert.deepEqual([issue.state, issue.user.login], ['open', 'github-actions[bot]']);
    assert.equal(day1.drift.outputs['issue'], String(issue.number));
    const firstBody = issue.body;

    const day2 = await runMonitorWorkflow(life, monitor);
    assert.deepEqual([day2.drift.outputs['drifted'], day2.drift.outputs['issue-action'], day2.drift.outputs['issue']], ['true', 'updated', String(issue.number)]);
    assert.equal(issues().length, 1);
    // Same data, same report; only the link now names the newer monitoring run.
    const runOf = (body: string | null) => /\/actions\/runs\/(\d+)\)/.exec(body ?? '')?.[1];
    assert.ok(Number(runOf(issues()[0]!.body)) > Number(runOf(firstBody)), issues()[0]!.body ?? '');
    assert.equal(issues()[0]!.body?.replace(/runs\/\d+/, ''), firstBody?.replace(/runs\/\d+/, ''));
    gh.assertNoViolations();
  });

  test('4b. drift with retrain: true pushes the retraining branch (new data, re-pinned) and opens one pull request', async () => {
    const monitor = { model: MODEL, current: INCOMING, retrain: true, trainData: 'examples/credit/train.csv' };
    const run = await runMonitorWorkflow(life, monitor);
    const number = Number(run.retrain?.outputs['pull-request']);
    mirrorRemote(gh.state, REPOSITORY, sb); // GitHub lists the new pull request's files (as in step 1)
    const pull = repo.pulls.get(number)!;
    assert.deepEqual([pull.headRef, pull.baseRef, pull.files.map((f) => f.filename).sort()], ['mergeml/retrain-credit-risk', 'main', [CONFIG, 'examples/credit/train.csv']]);
    // Only the pin changed in the project file, and it names the new training data.
    const branchConfig = git(sb.remote, ['show', `mergeml/retrain-credit-risk:${CONFIG}`]);
    const mainConfig = git(sb.remote, ['show', `main:${CONFIG}`]);
    assert.equal(branchConfig.replace(/sha256: [0-9a-f]{64}/, ''), mainConfig.replace(/sha256: [0-9a-f]{64}/, ''));
    const trainSha = createHash('sha256').update(sb.git(sb.remote, ['show', 'mergeml/retrain-credit-risk:examples/credit/train.csv'])).digest('hex');
    assert.match(branchConfig, new RegExp(`sha256: ${trainSha}\\b`));
    const again = await runMonitorWorkflow(life, monitor);
    assert.equal(again.retrain?.outputs['pull-request'], String(number));
    assert.equal([...repo.pulls.values()].filter((p) => p.headRef === 'mergeml/retrain-credit-risk').length, 1);
    gh.assertNoViolations();
  });

  test('5. rollback: production goes back to v1.0.0 with a new stage tag and an audit entry', async () => {
    const tagsBefore = new Set(remoteTags());
    const run = await runRollbackWorkflow(life, { model: MODEL, stage: 'production', version: '', reason: 'drift on the 2026-11 applications', actor: 'dave' });
    assert.deepEqual([run.outputs['version'], run.outputs['previous']], ['v1.0.0', 'v1.1.0']);
    const tag = run.outputs['tag'] ?? '';
    assert.match(tag, /^credit-risk#production#\d+$/);
    assert.ok(!tagsBefore.has(tag) && remoteTags().includes(tag), `new tag ${tag}`);
    assert.equal(tagCommit(tag), tagCommit('credit-risk@v1.0.0'));
    const trail = git(sb.remote, ['grep', '-l', 'rolled_back', 'main', '--', 'registry/credit-risk']).split('\n');
    assert.equal(trail.length, 1, trail.join(' '));
    const entries = (JSON.parse(git(sb.remote, ['show', trail[0]!])) as { entries: { event: string; version: string | null; stage: string | null; approved_by: { login: string }[] }[] }).entries;
    const last = entries[entries.length - 1]!;
    assert.deepEqual([last.event, last.version, last.stage, last.approved_by.map((a) => a.login)], ['rolled_back', 'v1.0.0', 'production', ['dave']]);
    assert.match(git(sb.remote, ['tag', '--list', '--format=%(contents)', tag]), /drift on the 2026-11 applications/);

    // Any clone answers "what is in production?" offline.
    const reader = sb.clone('reader');
    const listed = runCli(['registry', 'show', MODEL, '--json'], { cwd: reader, env: sb.env });
    assert.equal(listed.status, 0, listed.stderr);
    assert.match(listed.stdout, /"production"[\s\S]*?"v1\.0\.0"/);
    const verified = runCli(['registry', 'verify', '--model', MODEL, '--json'], { cwd: reader, env: sb.env });
    assert.equal(verified.status, 0, verified.stdout + verified.stderr); // artifacts match their sha256, audit chain intact
    const kpis = runCli(['registry', 'kpis', '--model', MODEL, '--stage', 'production', '--json'], { cwd: reader, env: sb.env });
    assert.equal(kpis.status, 0, kpis.stderr);
    const model = (JSON.parse(kpis.stdout) as { models: { model: string; deployments: number; changeFailureRate: number | null }[] }).models.find((m) => m.model === MODEL)!;
    assert.deepEqual([model.deployments, model.changeFailureRate], [2, 0.5]); // v1.0.0 and v1.1.0 deployed, one rollback
    gh.assertNoViolations();
  });
});
