/** Seeding functions: put pull requests, comments, commits, runs and artifacts into an emulator's state. */
import type { ArtifactRecord, CommentRecord, EmulatorState, PullRecord, RepoState, WorkflowRunRecord } from './emulator-state.js';

function repoFrom(state: EmulatorState, fullName: string): RepoState {
  const [owner = '', name = ''] = fullName.split('/');
  return state.repo(owner, name);
}

/** Creates (or returns) a repository; `defaultBranch` and `private` are applied when given. */
export function seedRepo(state: EmulatorState, fullName: string, options: { defaultBranch?: string; private?: boolean } = {}): RepoState {
  const repo = repoFrom(state, fullName);
  if (options.defaultBranch !== undefined) repo.defaultBranch = options.defaultBranch;
  if (options.private !== undefined) repo.private = options.private;
  return repo;
}

export interface PullSeed {
  readonly repo: string;
  readonly headSha: string;
  readonly headRef?: string;
  readonly baseRef?: string;
  readonly baseSha?: string;
  /** `owner/name` of the head repository; a different owner makes it a fork pull request. */
  readonly headRepo?: string;
  readonly author?: string;
  readonly title?: string;
  readonly files?: PullRecord['files'];
}

/** Adds an open pull request (and its issue) with the next number; also records the head commit. */
export function seedPullRequest(state: EmulatorState, seed: PullSeed): PullRecord {
  const repo = repoFrom(state, seed.repo);
  const number = Math.max(0, ...repo.issues.keys()) + 1;
  const baseSha = seed.baseSha ?? '0'.repeat(40);
  repo.issues.set(number, { number, title: seed.title ?? `Pull request ${number}`, body: null, state: 'open', labels: [], user: state.user(seed.author ?? 'alice'), isPullRequest: true });
  const pull: PullRecord = {
    number,
    headSha: seed.headSha,
    headRef: seed.headRef ?? 'feature',
    headRepo: seed.headRepo ?? seed.repo,
    baseRef: seed.baseRef ?? repo.defaultBranch,
    baseSha,
    files: [...(seed.files ?? [])],
  };
  repo.pulls.set(number, pull);
  if (!repo.commits.has(baseSha)) repo.commits.set(baseSha, []);
  if (!repo.commits.has(seed.headSha)) repo.commits.set(seed.headSha, [baseSha]);
  return pull;
}

/** Adds a comment by `login` to an issue or pull request, as if posted earlier. */
export function seedComment(state: EmulatorState, fullName: string, issueNumber: number, login: string, body: string): CommentRecord {
  const repo = repoFrom(state, fullName);
  const at = state.now();
  const c: CommentRecord = { id: state.id(), issueNumber, body, user: state.user(login), createdAt: at, updatedAt: at };
  repo.comments.set(c.id, c);
  return c;
}

/** Adds commits as `[sha, parents]` pairs, so ref updates can be checked for fast-forward. */
export function seedCommits(state: EmulatorState, fullName: string, commits: readonly (readonly [string, readonly string[]])[]): void {
  const repo = repoFrom(state, fullName);
  for (const [sha, parents] of commits) repo.commits.set(sha, [...parents]);
}

/** Sets a ref (`refs/heads/main`) to a commit, adding the commit if unknown. */
export function seedRef(state: EmulatorState, fullName: string, ref: string, sha: string): void {
  const repo = repoFrom(state, fullName);
  if (!repo.commits.has(sha)) repo.commits.set(sha, []);
  repo.refs.set(ref, sha);
}

export function seedWorkflowRun(state: EmulatorState, fullName: string, run: Omit<WorkflowRunRecord, 'id'> & { id?: number }): WorkflowRunRecord {
  const repo = repoFrom(state, fullName);
  const record: WorkflowRunRecord = { ...run, id: run.id ?? state.id() };
  repo.workflowRuns.set(record.id, record);
  return record;
}

export function seedArtifact(state: EmulatorState, fullName: string, artifact: Omit<ArtifactRecord, 'id'>): ArtifactRecord {
  const repo = repoFrom(state, fullName);
  const record: ArtifactRecord = { ...artifact, id: state.id() };
  repo.artifacts.set(record.id, record);
  return record;
}
