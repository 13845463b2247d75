import type { CheckResult, Severity } from '../checks/check-result.js';
import { PROTECTED_BASES, type ProtectedBasis } from '../config/protected-basis.js';
import { suggest } from '../did-you-mean.js';
import { basisInfo, basisSuggestedByName } from './regulation-b.js';

/** A protected attribute as the project declares it. */
export interface ProtectedAttribute {
  readonly column: string;
  /** null when the attribute was named on the command line without a project file. */
  readonly basis: ProtectedBasis | null;
}

/** What the compliance checks look at; every part comes from config or earlier steps, nothing is read here. */
export interface ComplianceInput {
  /** The model's features (null when unknown, e.g. predictions given without a project file). */
  readonly features: readonly string[] | null;
  readonly protected: readonly ProtectedAttribute[];
  /** Column names of the evaluation data. */
  readonly evaluationColumns: readonly string[];
  /** Proxy findings of the validation step (CheckResults with id PROXY), or null when it did not run. */
  readonly proxyFindings: readonly CheckResult[] | null;
  readonly prohibitedBases?: readonly ProtectedBasis[];
  readonly forbidProtectedFeatures?: boolean;
  readonly requireProtectedInEvaluation?: boolean;
}

function result(r: Omit<CheckResult, 'examples'> & { examples?: CheckResult['examples'] }): CheckResult {
  return { ...r, examples: r.examples ?? [] };
}

function protectedNotFeatures(input: ComplianceInput, prohibited: ReadonlySet<ProtectedBasis>): CheckResult[] {
  const check = 'protected_not_features';
  if (input.features === null) {
    return [result({ id: 'CR01', check, severity: 'error', status: 'skip', observed: null, expected: 'no prohibited-basis column among the features', message: 'the model features are unknown (no project file), so they were not checked' })];
  }
  const out: CheckResult[] = [];
  const declared = new Map(input.protected.map((p) => [p.column, p.basis]));
  for (const feature of input.features) {
    const basis = declared.get(feature);
    if (basis === null) {
      const hinted = basisSuggestedByName(feature);
      const why = hinted === undefined ? 'basis not declared' : `basis: ${hinted.basis} by its name, ${hinted.citation}`;
      out.push(result({ id: 'CR01', check, column: feature, severity: 'error', status: 'fail', observed: feature, expected: 'not a feature', message: `feature \`${feature}\` is a protected attribute (${why})` }));
      continue;
    }
    if (basis !== undefined && prohibited.has(basis)) {
      const info = basisInfo(basis);
      out.push(result({ id: 'CR01', check, column: feature, severity: 'error', status: 'fail', observed: feature, expected: 'not a feature', message: `feature \`${feature}\` is a protected attribute (basis: ${basis}, ${info.citation})` }));
      continue;
    }
    const hinted = basisSuggestedByName(feature);
    if (basis === undefined && hinted !== undefined && prohibited.has(hinted.basis)) {
      out.push(result({ id: 'CR01', check, column: feature, severity: 'warning', status: 'fail', observed: feature, expected: 'not a feature', message: `feature \`${feature}\` looks like a prohibited basis by its name (basis: ${hinted.basis}, ${hinted.citation}); declare it under \`protected\` and remove it from the features, or rename it if it is not one` }));
    }
  }
  if (out.length === 0) out.push(result({ id: 'CR01', check, severity: 'error', status: 'pass', observed: input.features.length, expected: 'no prohibited-basis column among the features', message: `none of the ${input.features.length} features is a prohibited-basis column` }));
  return out;
}

function protectedInEvaluation(input: ComplianceInput, required: boolean): CheckResult[] {
  const check = 'protected_in_evaluation';
  const severity: Severity = required ? 'error' : 'warning';
  const present = new Set(input.evaluationColumns);
  const missing = input.protected.filter((p) => !present.has(p.column));
  if (input.protected.length === 0) {
    return [result({ id: 'CR02', check, severity, status: 'fail', observed: 0, expected: 'at least one protected attribute', message: 'no protected attribute is declared, so fairness cannot be evaluated' })];
  }
  if (missing.length === 0) {
    return [result({ id: 'CR02', check, severity, status: 'pass', observed: input.protected.length, expected: 'every protected attribute present', message: `all ${input.protected.length} protected attributes are present in the evaluation data` })];
  }
  return missing.map((p) => {
    const hint = suggest(p.column, input.evaluationColumns);
    return result({ id: 'CR02', check, column: p.column, severity, status: 'fail', observed: null, expected: 'column present in the evaluation data', message: `protected attribute \`${p.column}\`${p.basis === null ? '' : ` (basis: ${p.basis})`} is missing from the evaluation data${hint ? ` (did you mean \`${hint}\`?)` : ''}` });
  });
}

function proxySummary(findings: readonly CheckResult[] | null): CheckResult {
  const check = 'proxy_findings';
  if (findings === null) return result({ id: 'CR03', check, severity: 'warning', status: 'skip', observed: null, expected: 'proxy analysis run', message: 'proxy analysis did not run, so features that stand in for protected attributes were not looked for' });
  const failing = findings.filter((f) => f.status === 'fail');
  const blocking = failing.filter((f) => f.severity === 'error');
  return result({
    id: 'CR03', check, severity: blocking.length > 0 ? 'error' : 'warning', status: failing.length > 0 ? 'fail' : 'pass', observed: failing.length, expected: 0,
    message: failing.length === 0 ? `no proxy for a protected attribute found (${findings.length} proxy checks passed)` : `${failing.length} feature(s) may act as proxies for a protected attribute: ${failing.map((f) => `\`${f.column ?? f.check}\``).join(', ')}`,
  });
}

/** Runs the compliance checks: prohibited-basis features, protected attributes present, proxy findings. */
export function runComplianceChecks(input: ComplianceInput): readonly CheckResult[] {
  const prohibited = new Set(input.prohibitedBases ?? PROTECTED_BASES);
  const checks = [
    ...(input.forbidProtectedFeatures === false ? [] : protectedNotFeatures(input, prohibited)),
    ...protectedInEvaluation(input, input.requireProtectedInEvaluation !== false),
    proxySummary(input.proxyFindings),
    // Passing proxy checks are counted in the summary; only the findings that need attention are listed.
    ...(input.proxyFindings ?? []).filter((f) => f.status !== 'pass'),
  ];
  return checks;
}
