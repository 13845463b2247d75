/** The ports the registry use-cases take: git, a clock, crash points (tests only), and GitHub (optional). */
import type { RawTag } from '../core/registry/registry-state.js';

export interface TagObject {
  readonly name: string;
  /** The sha of the annotated tag object (not yet referenced by any ref). */
  readonly object: string;
}

export interface RegistryGit {
  /** Every tag, peeled to its commit, with tagger and message. */
  listTags(): Promise<RawTag[]>;
  /** The commit a revision names, or undefined. */
  resolveCommit(rev: string): Promise<string | undefined>;
  /** A file's bytes at a commit, or undefined when absent. */
  readFile(commit: string, path: string): Promise<Uint8Array | undefined>;
  /** Every file path under `dir` at a commit (recursive). */
  listFiles(commit: string, dir: string): Promise<string[]>;
  /** Stores bytes (or a file from disk) as a blob; returns its id. */
  writeBlob(data: { bytes: Uint8Array } | { file: string }): Promise<string>;
  /** A commit on `parent` with `files` added or replaced (other files untouched); touches no working tree. */
  commitFiles(parent: string | undefined, files: readonly { path: string; blob: string }[], message: string): Promise<string>;
  /** An annotated tag object at `commit` with the current git identity and date; creates no ref. */
  createTagObject(name: string, commit: string, message: string): Promise<TagObject>;
  /** The configured remote to publish to, or undefined for a repository without one. */
  remote(): Promise<string | undefined>;
  /** Brings the remote's branch and tags in (tags forced to the remote's: the remote is the registry). */
  fetch(remote: string, branch: string): Promise<void>;
  /** The commit the branch is at: the remote-tracking ref when there is a remote, else the local branch. */
  branchTip(branch: string, remote: string | undefined): Promise<string | undefined>;
  /**
   * Moves `branch` from `expected` to `commit` and creates `tags`, all or nothing (`git push --atomic`, or
   * one `update-ref` transaction without a remote). `conflict` when the branch moved or a tag exists.
   */
  publish(branch: string, expected: string | undefined, commit: string, tags: readonly TagObject[], remote: string | undefined): Promise<'ok' | 'conflict'>;
  /** True when `ancestor` is reachable from `descendant` (or equal). */
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
  /** The branch HEAD is on, or undefined when detached. */
  currentBranch(): Promise<string | undefined>;
}

export interface Clock {
  /** ISO-8601 now. */
  now(): string;
}

/** Steps of a publication, in order; a test crash hook may stop the process after any of them. */
export const PUBLISH_STEPS = ['verified', 'planned', 'committed', 'tagged', 'pushed', 'released', 'commented'] as const;
export type PublishStep = (typeof PUBLISH_STEPS)[number];

export interface RegistryPorts {
  readonly git: RegistryGit;
  readonly clock: Clock;
  /** Called after each step; the CLI wires MERGEML_TEST_CRASH_AFTER to it for crash-safety tests. */
  readonly afterStep?: (step: PublishStep) => void;
  /** Progress lines for humans (stderr). */
  readonly log?: (line: string) => void;
}
