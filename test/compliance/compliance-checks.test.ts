import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runComplianceChecks } from '../../src/core/compliance/compliance-checks.js';
import { renderComplianceChecklist, complianceFailed } from '../../src/core/compliance/compliance-markdown.js';
import { REGULATION_B_BASES } from '../../src/core/compliance/regulation-b.js';
import { PROTECTED_BASES } from '../../src/core/config/protected-basis.js';
import { parseProxyFindings } from '../../src/core/compliance/proxy-findings.js';
import type { CheckResult } from '../../src/core/checks/check-result.js';

const base = {
  features: ['Seniority', 'Income'],
  protected: [{ column: 'Age', basis: 'age' as const }, { column: 'Marital', basis: 'marital_status' as const }],
  evaluationColumns: ['Status', 'Seniority', 'Income', 'Age', 'Marital'],
  proxyFindings: null,
};

test('the Regulation B table has the nine bases of 12 CFR 1002.2(z), in order', () => {
  assert.deepEqual(REGULATION_B_BASES.map((b) => b.basis), [...PROTECTED_BASES]);
  for (const b of REGULATION_B_BASES) assert.match(b.citation, /^12 CFR 1002\.2\(z\)/);
});

test('a protected attribute among the features is an error naming the column and the basis', () => {
  const checks = runComplianceChecks({ ...base, features: ['Seniority', 'Age'] });
  const fail = checks.find((c) => c.id === 'CR01' && c.status === 'fail')!;
  assert.equal(fail.severity, 'error');
  assert.equal(fail.column, 'Age');
  assert.equal(fail.message, "feature `Age` is a protected attribute (basis: age, 12 CFR 1002.2(z))");
  assert.ok(complianceFailed(checks));
});

test('a feature whose name suggests a basis is a warning; an allowed basis is not an error', () => {
  const checks = runComplianceChecks({ ...base, features: ['Income', 'Gender'] });
  const warn = checks.find((c) => c.column === 'Gender')!;
  assert.equal(warn.severity, 'warning');
  assert.match(warn.message, /basis: sex/);
  assert.equal(complianceFailed(checks), false);
  const allowed = runComplianceChecks({ ...base, features: ['Age'], prohibitedBases: ['race'] });
  assert.equal(complianceFailed(allowed), false);
  assert.equal(runComplianceChecks({ ...base, features: ['Age'], forbidProtectedFeatures: false }).some((c) => c.id === 'CR01'), false);
});

test('every protected attribute must be present in the evaluation data', () => {
  const checks = runComplianceChecks({ ...base, evaluationColumns: ['Status', 'age', 'Marital'] });
  const miss = checks.find((c) => c.id === 'CR02' && c.status === 'fail')!;
  assert.match(miss.message, /protected attribute `Age` \(basis: age\) is missing from the evaluation data \(did you mean `age`\?\)/);
  assert.equal(miss.severity, 'error');
  const optional = runComplianceChecks({ ...base, evaluationColumns: ['Status'], requireProtectedInEvaluation: false });
  assert.ok(optional.filter((c) => c.id === 'CR02').every((c) => c.severity === 'warning'));
});

test('proxy findings are carried in: failing ones listed, a summary counts them; no analysis = skip', () => {
  const finding = (column: string, status: 'pass' | 'fail'): CheckResult => ({ id: 'PROXY', check: 'proxy_association', column, severity: 'error', status, observed: 0.5, expected: 'V <= 0.3', message: `${column} vs Age: Cramér's V 0.5`, examples: [] });
  const checks = runComplianceChecks({ ...base, proxyFindings: [finding('Seniority', 'fail'), finding('Income', 'pass')] });
  const summary = checks.find((c) => c.id === 'CR03')!;
  assert.equal(summary.status, 'fail');
  assert.equal(summary.severity, 'error');
  assert.match(summary.message, /1 feature\(s\) may act as proxies/);
  assert.deepEqual(checks.filter((c) => c.id === 'PROXY').map((c) => c.column), ['Seniority']);
  assert.equal(runComplianceChecks(base).find((c) => c.id === 'CR03')!.status, 'skip');
});

test('proxy findings are read from a validate report and only the PROXY family is kept', () => {
  const doc = { checks: [{ id: 'DV06', check: 'values_not_null', severity: 'error', status: 'pass', observed: 0, expected: 0, message: 'ok' }, { id: 'PROXY', check: 'proxy_association', severity: 'warning', status: 'fail', observed: 0.4, expected: null, message: 'm' }] };
  assert.deepEqual(parseProxyFindings(doc, 'v.json').map((c) => c.id), ['PROXY']);
  assert.throws(() => parseProxyFindings({ nope: 1 }, 'v.json'), /v\.json does not hold proxy findings/);
});

test('checklist: failures first, user text escaped', () => {
  const md = renderComplianceChecklist(runComplianceChecks({ ...base, features: ['Age', 'x|<b>@team'] }));
  const lines = md.split('\n').filter((l) => l.startsWith('- '));
  assert.match(lines[0]!, /^- \[ \] ❌ feature \\`Age\\` is a protected attribute/);
  assert.doesNotMatch(md, /<b>|@team/);
  assert.match(md, /Compliance checklist \(Regulation B\): ❌ failed/);
});
