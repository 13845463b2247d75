import type { DisparityMethod } from './fairlearn-aggregation.js';
import { findDisparityMetric, type DisparityMetric } from './disparity-registry.js';
import { bootstrapDisparity, type BootstrapInterval, type BootstrapOptions } from './disparity-bootstrap.js';
import { restrictToGroups, type IndexedFrame } from './group-frame.js';
import { total } from './confusion-counts.js';
import { formatMetric } from './format-number.js';
import { violates, worsening } from './gate-direction.js';

/** One fairness gate, resolved from policy (defaults applied). */
export interface FairnessGate {
  readonly metric: string;
  readonly attributes: readonly string[];
  readonly method: DisparityMethod;
  readonly threshold: number;
  readonly severity: 'error' | 'warning';
  readonly minGroupSize: number;
  readonly ciMustCross: boolean;
  readonly maxWorsening?: number;
  readonly privileged?: string;
}

export type GateStatus = 'pass' | 'fail' | 'warn';

/** A gate's decision with every input it was made on, for the report and the audit trail. */
export interface FairnessGateResult {
  readonly metric: string;
  readonly attributes: readonly string[];
  readonly method: DisparityMethod;
  readonly threshold: number;
  readonly severity: 'error' | 'warning';
  readonly minGroupSize: number;
  readonly status: GateStatus;
  readonly value: number | null;
  readonly valueNote: string | null;
  readonly interval: BootstrapInterval | null;
  readonly champion: { readonly value: number | null; readonly worsening: number | null; readonly maxWorsening: number } | null;
  readonly excludedGroups: readonly { readonly group: string; readonly count: number }[];
  /** Why the gate decided as it did, in sentences. */
  readonly reasons: readonly string[];
}

/** The frames a gate is evaluated on: the candidate's, and the champion's when comparing. */
export interface GateFrames {
  readonly candidate: IndexedFrame;
  readonly champion?: IndexedFrame;
}

function describe(m: DisparityMetric, gate: FairnessGate): string {
  const method = m.usesMethod ? ` (${gate.method})` : '';
  return `${m.name}${method} over ${gate.attributes.map((a) => `\`${a}\``).join(' × ')}`;
}

function bound(m: DisparityMetric, gate: FairnessGate): string {
  if (m.direction === 'higher_is_better') return `at least ${formatMetric(gate.threshold)}`;
  if (m.direction === 'lower_is_better') return `at most ${formatMetric(gate.threshold)}`;
  return `at most ${formatMetric(gate.threshold)} in absolute value`;
}

/** Evaluates one fairness gate. Never passes silently on small or missing data: those give `warn`. */
export function evaluateFairnessGate(gate: FairnessGate, frames: GateFrames, bootstrap: BootstrapOptions | null): FairnessGateResult {
  const result = decideGate(gate, frames, bootstrap);
  // Each reason is a sentence, so any renderer can join them with spaces.
  return { ...result, reasons: result.reasons.map((r) => (/[.!?]$/.test(r) ? r : `${r}.`)) };
}

function decideGate(gate: FairnessGate, frames: GateFrames, bootstrap: BootstrapOptions | null): FairnessGateResult {
  const m = findDisparityMetric(gate.metric);
  if (m === undefined) throw new Error(`unregistered disparity metric ${gate.metric}; the policy schema should have rejected it`);
  const what = describe(m, gate);
  const all = frames.candidate.frame.groups;
  const excludedGroups = all.filter((g) => total(g.counts) < gate.minGroupSize).map((g) => ({ group: g.name, count: total(g.counts) }));
  const eligible = new Set(all.filter((g) => total(g.counts) >= gate.minGroupSize).map((g) => g.name));
  const reasons: string[] = [];
  const base = { metric: m.name, attributes: gate.attributes, method: gate.method, threshold: gate.threshold, severity: gate.severity, minGroupSize: gate.minGroupSize, excludedGroups };
  const small = excludedGroups.map((g) => `\`${g.group}\` (${g.count} ${g.count === 1 ? 'row' : 'rows'})`).join(', ');
  if (excludedGroups.length > 0) reasons.push(`Insufficient data: ${small} ${excludedGroups.length === 1 ? 'has' : 'have'} fewer than ${gate.minGroupSize} rows and ${excludedGroups.length === 1 ? 'is' : 'are'} left out of the gate`);
  if (eligible.size < 2) {
    reasons.push(all.length < 2 ? `Only one group is observed for ${what}, so there is nothing to compare` : `Fewer than two groups have at least ${gate.minGroupSize} rows, so ${what} cannot be judged`);
    return { ...base, status: 'warn', value: null, valueNote: 'insufficient data', interval: null, champion: null, reasons };
  }
  const candidate = excludedGroups.length > 0 ? restrictToGroups(frames.candidate, eligible) : frames.candidate;
  const options = { method: gate.method, ...(gate.privileged !== undefined ? { privileged: gate.privileged } : {}) };
  const computed = m.compute(candidate.frame, options);
  const interval = bootstrap === null ? null : bootstrapDisparity(candidate, (f) => m.compute(f, options), bootstrap);
  if (computed.value === null) {
    reasons.push(`${what} is undefined: ${computed.note ?? 'no reason given'}`);
    return { ...base, status: 'warn', value: null, valueNote: computed.note ?? null, interval, champion: null, reasons };
  }
  const value = computed.value;
  let failed = false;
  let inconclusive = false;
  if (violates(m.direction, value, gate.threshold)) {
    const ci = interval !== null && interval.low !== null && interval.high !== null ? [interval.low, interval.high] as const : null;
    const ciText = ci === null ? '' : ` (${Math.round(interval!.confidenceLevel * 100)}% CI [${formatMetric(ci[0])}, ${formatMetric(ci[1])}])`;
    if (gate.ciMustCross && ci === null) {
      inconclusive = true;
      reasons.push(`${what} is ${formatMetric(value)}, not ${bound(m, gate)}, but no bootstrap interval is available (undefined, or the bootstrap is disabled), so significance cannot be judged`);
    } else if (gate.ciMustCross && ci !== null && !(violates(m.direction, ci[0], gate.threshold) && violates(m.direction, ci[1], gate.threshold))) {
      inconclusive = true;
      reasons.push(`${what} is ${formatMetric(value)}, not ${bound(m, gate)}, but the confidence interval${ciText} still reaches the threshold, so the violation is not significant`);
    } else {
      failed = true;
      reasons.push(`${what} is ${formatMetric(value)}${ciText}, not ${bound(m, gate)}`);
      const offenders = (m.perGroup?.(candidate.frame) ?? []).filter((g) => g.value !== null && violates(m.direction, g.value, gate.threshold));
      if (offenders.length > 0) reasons.push(`Groups beyond the threshold: ${offenders.map((g) => `\`${g.group}\` (${formatMetric(g.value as number)})`).join(', ')}`);
    }
  } else {
    reasons.push(`${what} is ${formatMetric(value)}, ${bound(m, gate)} as required`);
  }
  let champion: FairnessGateResult['champion'] = null;
  if (gate.maxWorsening !== undefined) {
    if (frames.champion === undefined) reasons.push('No champion predictions were given, so the change against the champion was not checked');
    else {
      const names = new Set(frames.champion.frame.groups.filter((g) => eligible.has(g.name)).map((g) => g.name));
      const championValue = m.compute(restrictToGroups(frames.champion, names).frame, options);
      const w = championValue.value === null ? null : worsening(m.direction, value, championValue.value);
      champion = { value: championValue.value, worsening: w, maxWorsening: gate.maxWorsening };
      if (championValue.value === null) reasons.push(`The champion's ${m.name} is undefined (${championValue.note ?? 'no reason'}), so the change was not checked`);
      // A tolerance of 1e-12 keeps float noise in equal inputs from reading as a worsening.
      else if ((w as number) > gate.maxWorsening + 1e-12) {
        failed = true;
        reasons.push(`Worse than the champion (${formatMetric(championValue.value)}) by ${formatMetric(w as number)}, more than the allowed ${formatMetric(gate.maxWorsening)}`);
      } else if ((w as number) > 1e-12) {
        reasons.push(`Worse than the champion (${formatMetric(championValue.value)}) by ${formatMetric(w as number)}, within the allowed ${formatMetric(gate.maxWorsening)}`);
      } else if ((w as number) < -1e-12) {
        reasons.push(`Better than the champion (${formatMetric(championValue.value)}) by ${formatMetric(-(w as number))}`);
      } else reasons.push(`Same as the champion (${formatMetric(championValue.value)})`);
    }
  }
  let status: GateStatus = failed ? 'fail' : excludedGroups.length > 0 || inconclusive ? 'warn' : 'pass';
  if (failed && gate.severity === 'warning') {
    status = 'warn';
    reasons.push('The gate has severity warning, so it does not block');
  }
  return { ...base, status, value, valueNote: computed.note ?? null, interval, champion, reasons };
}
