/**
 * The one way the registry changes: build a commit on the branch tip (registry files) and annotated tag
 * objects, then move the branch and create the tags in one atomic transaction. When another promotion got
 * there first (branch moved, tag exists) everything is fetched again and re-planned, so a version is never
 * registered twice, never lost, and a tag never exists without its files (or the reverse).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { InternalError } from '../core/errors.js';
import type { RegistryState } from '../core/registry/registry-state.js';
import { readRegistryState } from './registry-read.js';
import type { RegistryPorts } from './registry-ports.js';

export interface PlannedChange<R> {
  readonly files: readonly { readonly path: string; readonly data: { bytes: Uint8Array } | { file: string } }[];
  readonly commitMessage: string;
  /** Tags at the new commit, or at `target` (a stage tag points at its version's commit, as GTO reads it). */
  readonly tags: readonly { readonly name: string; readonly message: string; readonly target?: string }[];
  readonly result: R;
}

/** What a planner decides on a fresh view of the branch and tags: a change, or that nothing is left to do. */
export type Plan<R> = { readonly kind: 'change'; readonly change: PlannedChange<R> } | { readonly kind: 'done'; readonly result: R };

export interface PublishOptions {
  readonly branch: string;
  /** Attempts before giving up on repeated conflicts (default 12). */
  readonly maxAttempts?: number;
}

export interface PublishOutcome<R> {
  readonly result: R;
  /** False when the planner found the work already done (a re-run). */
  readonly published: boolean;
  readonly commit: string | undefined;
  readonly attempts: number;
}

/** Plans and publishes a change, retrying on conflict with a fresh fetch and a fresh plan. */
export async function publishChange<R>(ports: RegistryPorts, options: PublishOptions, planner: (view: { base: string | undefined; state: RegistryState }) => Promise<Plan<R>>): Promise<PublishOutcome<R>> {
  const { git } = ports;
  const max = options.maxAttempts ?? 12;
  const remote = await git.remote();
  for (let attempt = 1; ; attempt++) {
    if (remote !== undefined) await git.fetch(remote, options.branch);
    const base = await git.branchTip(options.branch, remote);
    const state = await readRegistryState(git);
    const plan = await planner({ base, state });
    if (plan.kind === 'done') return { result: plan.result, published: false, commit: base, attempts: attempt };
    ports.afterStep?.('planned');
    const { change } = plan;
    const files = [];
    for (const f of change.files) files.push({ path: f.path, blob: await git.writeBlob(f.data) });
    const commit = await git.commitFiles(base, files, change.commitMessage);
    ports.afterStep?.('committed');
    const tags = [];
    for (const t of change.tags) tags.push(await git.createTagObject(t.name, t.target ?? commit, t.message));
    ports.afterStep?.('tagged');
    const outcome = await git.publish(options.branch, base, commit, tags, remote);
    if (outcome === 'ok') {
      ports.afterStep?.('pushed');
      return { result: change.result, published: true, commit, attempts: attempt };
    }
    if (attempt >= max) throw new InternalError(`gave up after ${attempt} attempts: ${options.branch} or the registry tags kept changing while publishing (${change.tags.map((t) => t.name).join(', ')})`);
    ports.log?.(`conflict publishing ${change.tags.map((t) => t.name).join(', ')}: another promotion won; re-planning (attempt ${attempt + 1}/${max})`);
    // Jittered backoff so racing writers do not collide again in lockstep.
    await sleep(20 * attempt + Math.floor(Math.random() * 60 * attempt));
  }
}
