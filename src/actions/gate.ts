/** The `gate` action: a policy's metric gates over metrics and a champion comparison → verdict, summary, exit 1 on failure. */
import { join } from 'node:path';
import { z } from 'zod';
import { renderComparisonMarkdown } from '../core/compare/render-comparison.js';
import { renderGatesMarkdown } from '../core/gates/render-gates.js';
import { CheckFailedError, UsageError } from '../core/errors.js';
import { writeJobSummary } from '../adapters/github/job-summary-writer.js';
import { runGates, type GateSource } from '../pipeline/gate.js';
import { writeOutputAtomic } from '../pipeline/metrics.js';
import { runAction, setOutputs, text } from './action-runtime.js';

const inputs = z.object({
  config: text(),
  policy: text(),
  model: text(),
  metrics: text(),
  comparison: text(),
  'results-dir': z.string().default('mergeml-results'),
});

await runAction(inputs, async (i, ctx) => {
  if ((i.policy === undefined) === (i.config === undefined)) throw new UsageError('gate: set exactly one of the inputs `policy` or `config`');
  const at = (file: string | undefined) => (file === undefined ? undefined : { path: join(ctx.cwd, file), file });
  const source: GateSource = i.policy !== undefined ? { kind: 'policy', path: join(ctx.cwd, i.policy), file: i.policy } : { kind: 'project', path: join(ctx.cwd, i.config!), model: i.model };
  const { metrics, comparison } = { metrics: at(i.metrics), comparison: at(i.comparison) };
  const { report, comparison: cmp } = await runGates({ source, ...(metrics ? { metrics } : {}), ...(comparison ? { comparison } : {}) }, ctx.cwd);
  const file = join(i['results-dir'], i.model ?? 'model', 'gates.json');
  writeOutputAtomic(join(ctx.cwd, file), `${JSON.stringify(report, null, 2)}\n`);
  await writeJobSummary(cmp ? renderComparisonMarkdown(cmp, report) : renderGatesMarkdown(report), ctx.env.GITHUB_STEP_SUMMARY);
  const failed = report.results.filter((r) => r.status === 'fail').map((r) => r.metric);
  setOutputs({ passed: report.passed, report: file, failed: failed.join(','), counts: report.counts });
  if (!report.passed) throw new CheckFailedError(`gate: ${failed.length} metric gate(s) failed: ${failed.join(', ')}`);
});
