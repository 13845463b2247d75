/**
 * Delivery KPIs of a model from its registry history alone (DORA's four keys, adapted):
 * - deployment frequency: assignments to the production stage that are not rollbacks, per week, over the
 *   window from the first such deployment to `asOf`;
 * - lead time: pull request opened (register tag metadata) → production assignment, per deployment;
 * - change-failure rate: rollbacks / deployments;
 * - time to restore: the rolled-back assignment → the rollback assignment, per rollback.
 * Pure: times are the tagger dates read from git.
 */
import type { ModelState } from './registry-state.js';

export interface Summary {
  readonly count: number;
  readonly median: number | null;
  readonly mean: number | null;
}

export interface ModelKpis {
  readonly model: string;
  readonly deployments: number;
  readonly rollbacks: number;
  readonly windowDays: number | null;
  readonly deploymentsPerWeek: number | null;
  readonly leadTimeHours: Summary;
  readonly changeFailureRate: number | null;
  readonly timeToRestoreHours: Summary;
}

const HOUR = 3_600_000;

/** Median and mean of a list (null when empty). */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) return { count: 0, median: null, mean: null };
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  return { count: s.length, median, mean: s.reduce((a, b) => a + b, 0) / s.length };
}

/** The latest tagger date in a model's history (the default `asOf`). */
export function latestEventTime(state: ModelState): string | null {
  const times = [...state.versions.map((v) => v.createdAt), ...state.assignments.map((a) => a.createdAt)].filter((t): t is string => t !== null);
  return times.length === 0 ? null : times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}

/** Computes the KPIs of one model for `stage` up to `asOf` (ISO time). */
export function computeKpis(state: ModelState, stage: string, asOf: string | null): ModelKpis {
  const history = state.assignments.filter((a) => a.stage === stage && a.kind !== 'unassign' && a.createdAt !== null);
  const deployments = history.filter((a) => a.kind === 'assign');
  const rollbacks = history.filter((a) => a.kind === 'rollback');
  const opened = new Map(state.versions.map((v) => [v.version, v.meta?.pullRequest?.openedAt ?? null]));
  const lead = deployments.flatMap((d) => {
    const o = d.version === null ? null : opened.get(d.version) ?? null;
    return o === null ? [] : [(Date.parse(d.createdAt as string) - Date.parse(o)) / HOUR];
  });
  const restore = rollbacks.flatMap((r) => {
    const i = history.indexOf(r);
    const failed = i > 0 ? history[i - 1] : undefined;
    return failed === undefined ? [] : [(Date.parse(r.createdAt as string) - Date.parse(failed.createdAt as string)) / HOUR];
  });
  const first = deployments[0]?.createdAt ?? null;
  const end = asOf ?? latestEventTime(state);
  const windowDays = first === null || end === null ? null : (Date.parse(end) - Date.parse(first)) / (24 * HOUR);
  return {
    model: state.model,
    deployments: deployments.length,
    rollbacks: rollbacks.length,
    windowDays,
    deploymentsPerWeek: windowDays === null || windowDays <= 0 ? null : deployments.length / (windowDays / 7),
    leadTimeHours: summarize(lead),
    changeFailureRate: deployments.length === 0 ? null : rollbacks.length / deployments.length,
    timeToRestoreHours: summarize(restore),
  };
}
