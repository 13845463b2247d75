/**
 * The drift tests of reference/metrics.md §2, one registry entry each (Evidently's stattests):
 * name as in policy files, kind, default threshold, decision rule and compute function.
 */
import { jensenShannonDistance, populationStabilityIndex, wassersteinDistance } from '../stats/divergence.js';
import { ksTwoSample } from '../stats/ks-two-sample.js';
import { chiSquaredSf, normalSf } from '../stats/special-functions.js';
import { weightedMoments } from '../stats/weighted-sample.js';
import { binnedProportions, valueCounts } from './binned-frequencies.js';
import type { ColumnProfile, ColumnType } from './column-profile.js';

export type StatTestId = 'psi' | 'ks' | 'chisquare' | 'z' | 'jensenshannon' | 'wasserstein';

export interface StatTestInput {
  readonly type: ColumnType;
  readonly reference: ColumnProfile;
  readonly current: ColumnProfile;
}

/** A computed score, or why the test does not apply to this column. */
export type StatTestOutcome = { readonly score: number; readonly note?: string } | { readonly notApplicable: string };

export interface StatTest {
  readonly id: StatTestId;
  /** Evidently's display name. */
  readonly name: string;
  /** p_value: small means drift; distance: large means drift. */
  readonly kind: 'p_value' | 'distance';
  readonly defaultThreshold: number;
  /** Evidently's decision rule for this test. */
  isDrift(score: number, threshold: number): boolean;
  compute(input: StatTestInput): StatTestOutcome;
}

const NUMERIC_ONLY = (id: string): StatTestOutcome => ({ notApplicable: `${id} applies to numerical columns only` });
const TOO_MANY = { notApplicable: 'too many distinct values to compare category frequencies' } as const;

/** Evidently ks_stat_test: scipy.stats.ks_2samp p-value; drift if p <= threshold. */
const ks: StatTest = {
  id: 'ks',
  name: 'K-S p_value',
  kind: 'p_value',
  defaultThreshold: 0.05,
  isDrift: (p, t) => p <= t,
  compute({ type, reference, current }) {
    if (type !== 'num' || !reference.numeric || !current.numeric) return NUMERIC_ONLY('ks');
    const r = ksTwoSample(reference.numeric.sample, current.numeric.sample);
    return { score: r.pvalue, note: `D=${r.statistic}, ${r.method} p-value` };
  },
};

/** Evidently wasserstein_distance_norm: W₁/max(std_ref(ddof=0), 0.001); drift if >= threshold. */
const wasserstein: StatTest = {
  id: 'wasserstein',
  name: 'Wasserstein distance (normed)',
  kind: 'distance',
  defaultThreshold: 0.1,
  isDrift: (d, t) => d >= t,
  compute({ type, reference, current }) {
    if (type !== 'num' || !reference.numeric || !current.numeric) return NUMERIC_ONLY('wasserstein');
    const norm = Math.max(weightedMoments(reference.numeric.sample).std, 0.001);
    return { score: wassersteinDistance(reference.numeric.sample, current.numeric.sample) / norm };
  },
};

/** Evidently chisquare_stattest: goodness of fit of current counts to reference proportions; drift if p < threshold. */
const chisquare: StatTest = {
  id: 'chisquare',
  name: 'chi-square p_value',
  kind: 'p_value',
  defaultThreshold: 0.05,
  isDrift: (p, t) => p < t,
  compute({ type, reference, current }) {
    const counts = valueCounts(type, reference, current);
    if (!counts) return TOO_MANY;
    const k = counts.currentTotal / counts.referenceTotal;
    let stat = 0;
    for (let i = 0; i < counts.keys.length; i++) {
      const expected = counts.reference[i]! * k;
      const observed = counts.current[i]!;
      // A category absent from the reference has expected 0: scipy gives inf and p = 0.
      stat += expected === 0 ? (observed === 0 ? 0 : Infinity) : (observed - expected) ** 2 / expected;
    }
    const df = counts.keys.length - 1;
    if (df < 1) return { score: 1, note: 'a single category on both sides' };
    return { score: stat === Infinity ? 0 : chiSquaredSf(stat, df), note: `chi2=${stat}, df=${df}` };
  },
};

/** Evidently z_stattest: two-proportion Z-test on the share of one value; drift if p < threshold. */
const z: StatTest = {
  id: 'z',
  name: 'Z-test p_value',
  kind: 'p_value',
  defaultThreshold: 0.05,
  isDrift: (p, t) => p < t,
  compute({ type, reference, current }) {
    const counts = valueCounts(type, reference, current);
    if (!counts) return TOO_MANY;
    const n1 = counts.referenceTotal;
    const n2 = counts.currentTotal;
    const present = (xs: readonly number[]): number => xs.filter((c) => c > 0).length;
    if (present(counts.reference) === 1 && present(counts.current) === 1 && counts.keys.length === 1) return { score: 1, note: 'both samples hold the same single value' };
    // Evidently takes the share of the first key; for two values the two-sided test is symmetric.
    const p1 = counts.reference[0]! / n1;
    const p2 = counts.current[0]! / n2;
    const P = (p1 * n1 + p2 * n2) / (n1 + n2);
    const zStat = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
    return { score: 2 * normalSf(Math.abs(zStat)), note: `z=${zStat}` };
  },
};

/** Evidently jensenshannon_stat_test: scipy distance, natural log, no zero fill; drift if >= threshold. */
const jensenshannon: StatTest = {
  id: 'jensenshannon',
  name: 'Jensen-Shannon distance',
  kind: 'distance',
  defaultThreshold: 0.1,
  isDrift: (d, t) => d >= t,
  compute({ type, reference, current }) {
    const p = binnedProportions(type, reference, current, false);
    if (!p) return TOO_MANY;
    return { score: jensenShannonDistance(p.reference, p.current) };
  },
};

/** Evidently psi_stat_test: Σ (r − c)·ln(r/c) over filled proportions; drift if >= threshold. */
const psi: StatTest = {
  id: 'psi',
  name: 'PSI',
  kind: 'distance',
  defaultThreshold: 0.1,
  isDrift: (d, t) => d >= t,
  compute({ type, reference, current }) {
    const p = binnedProportions(type, reference, current, true);
    if (!p) return TOO_MANY;
    return { score: populationStabilityIndex(p.reference, p.current) };
  },
};

/** Every drift test, keyed by the name used in policy files. */
export const STAT_TESTS: Readonly<Record<StatTestId, StatTest>> = Object.freeze({ psi, ks, chisquare, z, jensenshannon, wasserstein });

/**
 * Evidently's default test (registry.py::_get_default_stattest): by column type, reference size
 * (non-missing rows) and the number of distinct values in both samples together.
 */
export function defaultStatTest(type: ColumnType, referenceCount: number, uniqueCount: number): StatTestId {
  if (referenceCount <= 1000) {
    if (type === 'num') return uniqueCount <= 2 ? 'z' : uniqueCount <= 5 ? 'chisquare' : 'ks';
    return uniqueCount <= 2 ? 'z' : 'chisquare';
  }
  if (type === 'num') return uniqueCount <= 5 ? 'jensenshannon' : 'wasserstein';
  return 'jensenshannon';
}
