import type { CheckResult } from '../checks/check-result.js';
import { escapeMarkdown } from '../report/escape-markdown.js';

function mark(c: CheckResult): string {
  if (c.status === 'pass') return '- [x] ✅';
  if (c.status === 'skip') return '- [ ] ⏭️ not run:';
  return c.severity === 'error' ? '- [ ] ❌' : '- [ ] ⚠️';
}

/** The compliance checklist of the PR comment: one line per check, failures first. */
export function renderComplianceChecklist(checks: readonly CheckResult[]): string {
  const order = (c: CheckResult) => (c.status === 'fail' ? (c.severity === 'error' ? 0 : 1) : c.status === 'skip' ? 2 : 3);
  const sorted = [...checks].sort((a, b) => order(a) - order(b));
  const failed = checks.some((c) => c.status === 'fail' && c.severity === 'error');
  return [
    `#### Compliance checklist (Regulation B): ${failed ? '❌ failed' : '✅ passed'}`,
    '',
    ...sorted.map((c) => `${mark(c)} ${escapeMarkdown(c.message)} (${c.id} ${c.check})`),
    '',
  ].join('\n');
}

/** True when a compliance check blocks (error severity failure). */
export function complianceFailed(checks: readonly CheckResult[]): boolean {
  return checks.some((c) => c.status === 'fail' && c.severity === 'error');
}
