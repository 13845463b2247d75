/**
 * The verdict that heads every report: fail when a gate fails, a blocking (error) check fails or a section
 * reports fail; warn for warnings; otherwise pass. Derived from the sections so it can never disagree
 * with them.
 */
import type { Gate, ModelResults, ReportStatus } from './results-bundle.js';

export interface Verdict {
  readonly status: 'pass' | 'fail' | 'warn';
  /** Plain text (not yet escaped), most important first. */
  readonly reasons: readonly string[];
}

const RANK: Record<ReportStatus, number> = { skip: 0, pass: 1, warn: 2, fail: 3 };

function worst(statuses: readonly (ReportStatus | undefined)[]): ReportStatus {
  return statuses.reduce<ReportStatus>((acc, s) => (s !== undefined && RANK[s] > RANK[acc] ? s : acc), 'pass');
}

function gateReasons(gates: readonly Gate[], status: ReportStatus, prefix: string): string[] {
  return gates.filter((g) => g.status === status).map((g) => `${prefix}${g.name}: ${g.message}`);
}

/** All gates of a model: its own plus the bias gates of the fairness section. */
export function allGates(model: ModelResults): Gate[] {
  return [...model.gates, ...(model.fairness?.gates ?? [])];
}

/** Derives the headline status and its reasons for one model. */
export function deriveVerdict(model: ModelResults): Verdict {
  const fails: string[] = [];
  const warns: string[] = [];
  fails.push(...gateReasons(model.gates, 'fail', 'gate '));
  fails.push(...gateReasons(model.fairness?.gates ?? [], 'fail', 'bias gate '));
  warns.push(...gateReasons(model.gates, 'warn', 'gate '));
  warns.push(...gateReasons(model.fairness?.gates ?? [], 'warn', 'bias gate '));
  for (const [label, section] of [['data validation', model.validation], ['drift', model.drift]] as const) {
    if (!section) continue;
    const blocking = section.findings.filter((f) => f.status === 'fail' && f.severity === 'error').length;
    const warning = section.findings.filter((f) => f.status === 'fail' && f.severity === 'warning').length;
    if (blocking > 0) fails.push(`${label}: ${blocking} blocking check${blocking === 1 ? '' : 's'} failed`);
    else if (section.status === 'fail') fails.push(`${label} failed`);
    if (warning > 0) warns.push(`${label}: ${warning} warning${warning === 1 ? '' : 's'}`);
  }
  const compliance = model.compliance;
  if (compliance) {
    const failed = compliance.items.filter((i) => i.status === 'fail').length;
    if (failed > 0) fails.push(`compliance: ${failed} requirement${failed === 1 ? '' : 's'} not met`);
    else if (compliance.status === 'fail') fails.push('compliance failed');
  }
  if (model.fairness?.status === 'fail' && !model.fairness.gates.some((g) => g.status === 'fail')) fails.push('fairness failed');
  const status = worst([fails.length > 0 ? 'fail' : undefined, warns.length > 0 ? 'warn' : undefined, model.fairness?.status === 'warn' ? 'warn' : undefined]);
  if (status === 'fail') return { status, reasons: fails };
  if (status === 'warn') return { status: 'warn', reasons: warns.length > 0 ? warns : ['fairness has warnings'] };
  const passed = allGates(model).filter((g) => g.status === 'pass').length;
  return { status: 'pass', reasons: passed > 0 ? [`all ${passed} gate${passed === 1 ? '' : 's'} passed`] : ['no gate failed'] };
}
