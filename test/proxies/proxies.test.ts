import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contingencyTable, cramersV, mutualInformation, normalizedMutualInformation } from '../../src/core/stats/association.js';
import { createProxyConsumer, protectedFeatureChecks } from '../../src/core/proxies/proxy-checks.js';
import { bucketLabel } from '../../src/core/proxies/proxy-associations.js';
import { CREDIT_FEATURES, CREDIT_PROTECTED, creditBatches } from './credit-batches.js';

// Frozen by test/fixtures/drift/generate-proxies.py (pandas 1.5.3, scipy 1.10.1, scikit-learn 1.2.1).
const fixture = JSON.parse(readFileSync(new URL('../fixtures/drift/credit-proxies.json', import.meta.url), 'utf8')) as {
  credit: { protected: string; feature: string; n: number; cramers_v: number; mutual_info: number; normalized_mutual_info: number; pearson?: number; spearman?: number }[];
  example: { mutual_info: number; normalized_mutual_info: number; cramers_v: number };
};
const near = (a: number | null, e: number, what: string, tol = 1e-9): void => assert.ok(a !== null && Math.abs(a - e) <= tol, `${what}: ${a} vs ${e}`);

test('metrics.md worked example A=AAAAAABBBB, z=xxxxyyyyyx: MI 0.086305, NMI 0.126346, V 0.408248 (= sklearn/scipy)', () => {
  const t = contingencyTable([...'AAAAAABBBB'], [...'xxxxyyyyyx']);
  near(mutualInformation(t), 0.086305, 'MI', 1e-6);
  near(normalizedMutualInformation(t), 0.126346, 'NMI', 1e-6);
  near(cramersV(t), 0.408248, 'V', 1e-6);
  near(mutualInformation(t), fixture.example.mutual_info, 'MI sklearn', 1e-12);
  near(normalizedMutualInformation(t), fixture.example.normalized_mutual_info, 'NMI sklearn', 1e-12);
  near(cramersV(t), fixture.example.cramers_v, 'V scipy', 1e-12);
});

test('credit data: proxy strength of Marital and Age with every feature equals pandas/scipy/sklearn', () => {
  const consumer = createProxyConsumer(CREDIT_FEATURES, CREDIT_PROTECTED, { severity: 'error', cramersV: 0.3, normalizedMutualInfo: 0.1, correlation: 0.5 });
  for (const b of creditBatches()) consumer.consume(b);
  const report = consumer.finish();
  assert.equal(report.sampled, false);
  assert.equal(report.rows, 4454);
  assert.equal(report.findings.length, 22);
  for (const e of fixture.credit) {
    const f = report.findings.find((x) => x.protected === e.protected && x.feature === e.feature);
    assert.ok(f, `${e.feature} × ${e.protected} is listed`);
    const what = `${e.feature} × ${e.protected}`;
    assert.equal(f.n, e.n, `${what} n`);
    near(f.cramers_v, e.cramers_v, `${what} V`);
    near(f.mutual_info, e.mutual_info, `${what} MI`);
    near(f.normalized_mutual_info, e.normalized_mutual_info, `${what} NMI`);
    if (e.pearson !== undefined) {
      near(f.correlation, e.pearson, `${what} pearson`);
      near(f.spearman, e.spearman!, `${what} spearman`);
    }
  }
  // Sorted strongest first; Seniority is the strongest proxy of Age (Pearson 0.506 > 0.5): a failure.
  const strengths = report.findings.map((f) => f.strength);
  assert.deepEqual(strengths, [...strengths].sort((a, b) => b - a));
  const seniority = report.findings.find((f) => f.feature === 'Seniority' && f.protected === 'Age')!;
  assert.deepEqual(seniority.exceeded, ['correlation']);
  const failing = report.checks.filter((c) => c.check === 'proxy_association' && c.status === 'fail').map((c) => c.column);
  assert.ok(failing.includes('Seniority'));
  assert.ok(report.checks.every((c) => c.id === 'PROXY'));
});

test('a protected attribute used directly as a feature is an error-severity failure', () => {
  const [age, marital] = protectedFeatureChecks(['Income', 'Age'], CREDIT_PROTECTED);
  assert.equal(age!.status, 'fail');
  assert.equal(age!.severity, 'error');
  assert.match(age!.message, /Age \(age\) is used directly as a model feature/);
  assert.equal(marital!.status, 'pass');
});

test('numeric protected attributes are bucketed at the cut points, right-open', () => {
  const cuts = [25, 35, 45, 55, 65];
  assert.deepEqual([18, 25, 34.9, 35, 64, 65, 90].map((v) => bucketLabel(cuts, v)), ['<25', '[25, 35)', '[25, 35)', '[35, 45)', '[55, 65)', '>=65', '>=65']);
});
