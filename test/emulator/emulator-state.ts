/**
 * In-memory state of the GitHub API emulator: repositories with their issues and pull requests, comments,
 * check runs, git objects and refs, releases and assets, deployments, environments, workflow runs and
 * artifacts. Plain data so that tests can seed and inspect it directly.
 */
import { createHash } from 'node:crypto';

export interface UserRecord {
  readonly login: string;
  readonly id: number;
  readonly type: 'User' | 'Bot';
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: UserRecord;
  createdAt: string;
  updatedAt: string;
}

export interface IssueRecord {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  labels: string[];
  user: UserRecord;
  isPullRequest: boolean;
}

export interface PullRecord {
  number: number;
  headSha: string;
  headRef: string;
  headRepo: string;
  baseRef: string;
  baseSha: string;
  files: { filename: string; status: string; additions: number; deletions: number; changes: number }[];
  /** When it was opened (pulls/create sets it; seeded pulls have none). */
  createdAt?: string;
  /** Set when the pull request was merged (end-to-end tests merge in a real git remote, then record it). */
  merged?: { at: string; by: string; commitSha: string };
}

export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  startedAt: string | null;
  completedAt: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Record<string, unknown>[];
}

export interface ReleaseRecord {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  assets: AssetRecord[];
}

export interface AssetRecord {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  data: Buffer;
}

export interface ArtifactRecord {
  id: number;
  name: string;
  runId: number;
  data: Buffer;
}

export interface WorkflowRunRecord {
  id: number;
  name: string;
  event: string;
  status: string;
  conclusion: string | null;
  headSha: string;
  headBranch: string;
  headRepository: string;
  pullRequests: number[];
}

export interface RepoState {
  readonly owner: string;
  readonly name: string;
  readonly id: number;
  defaultBranch: string;
  private: boolean;
  readonly issues: Map<number, IssueRecord>;
  readonly pulls: Map<number, PullRecord>;
  readonly comments: Map<number, CommentRecord>;
  readonly checkRuns: Map<number, CheckRunRecord>;
  /** Commit sha → parent shas; the graph fast-forward checks walk. */
  readonly commits: Map<string, string[]>;
  /** Annotated tag objects: sha → tag data. */
  readonly tagObjects: Map<string, { tag: string; message: string; object: string; type: string }>;
  /** Full ref name (`refs/tags/v1`) → sha. */
  readonly refs: Map<string, string>;
  readonly releases: Map<number, ReleaseRecord>;
  readonly deployments: Map<number, Record<string, unknown>>;
  readonly deploymentStatuses: Map<number, Record<string, unknown>[]>;
  readonly environments: Map<string, Record<string, unknown>>;
  readonly workflowRuns: Map<number, WorkflowRunRecord>;
  readonly artifacts: Map<number, ArtifactRecord>;
}

/** All state of one emulator, plus the id counter shared by every kind of record. */
export class EmulatorState {
  readonly repos = new Map<string, RepoState>();
  readonly users = new Map<string, UserRecord>();
  private nextId = 1000;
  /** A fixed clock, advanced one second per write, so bodies are deterministic. */
  private tick = Date.UTC(2026, 0, 1);

  id(): number {
    return this.nextId++;
  }

  now(): string {
    this.tick += 1000;
    return new Date(this.tick).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** A deterministic 40-hex object id for a new git object. */
  objectSha(seed: string): string {
    return createHash('sha1').update(`${seed}:${this.nextId++}`).digest('hex');
  }

  user(login: string, type: UserRecord['type'] = login.endsWith('[bot]') ? 'Bot' : 'User'): UserRecord {
    const known = this.users.get(login);
    if (known) return known;
    const created: UserRecord = { login, id: this.id(), type };
    this.users.set(login, created);
    return created;
  }

  repo(owner: string, name: string): RepoState {
    const key = `${owner}/${name}`.toLowerCase();
    const known = this.repos.get(key);
    if (known) return known;
    const created: RepoState = {
      owner,
      name,
      id: this.id(),
      defaultBranch: 'main',
      private: false,
      issues: new Map(),
      pulls: new Map(),
      comments: new Map(),
      checkRuns: new Map(),
      commits: new Map(),
      tagObjects: new Map(),
      refs: new Map(),
      releases: new Map(),
      deployments: new Map(),
      deploymentStatuses: new Map(),
      environments: new Map(),
      workflowRuns: new Map(),
      artifacts: new Map(),
    };
    this.repos.set(key, created);
    return created;
  }

  findRepo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** True when `descendant` is `ancestor` or reaches it through parent links. */
  isAncestor(repo: RepoState, ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const stack = [descendant];
    while (stack.length > 0) {
      const sha = stack.pop() as string;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      stack.push(...(repo.commits.get(sha) ?? []));
    }
    return false;
  }
}
