/** The `evaluate` action: challenger metrics and the champion comparison on the same rows → files, outputs, summary. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { evaluateCommand } from '../cli/commands/evaluate.js';
import { CheckFailedError } from '../core/errors.js';
import type { GateReport } from '../core/gates/metric-gates.js';
import { writeJobSummary } from '../adapters/github/job-summary-writer.js';
import { flags, integer, runAction, runCommand, setOutputs, text } from './action-runtime.js';

const inputs = z.object({
  config: z.string().default('mergeml.yaml'),
  model: text(),
  challenger: z.string().min(1),
  champion: text(),
  data: text(),
  resamples: integer(1, 1_000_000).optional(),
  seed: integer(0, 2 ** 31 - 1).optional(),
  'results-dir': z.string().default('mergeml-results'),
});

await runAction(inputs, async (i, ctx) => {
  const out = join(i['results-dir'], i.model ?? 'model');
  const code = await runCommand(evaluateCommand, flags({ config: i.config, model: i.model, challenger: i.challenger, champion: i.champion, data: i.data, resamples: i.resamples, seed: i.seed, out }), ctx);
  const file = (name: string) => (existsSync(join(ctx.cwd, out, name)) ? join(out, name) : '');
  const gates = file('gates.json') ? (JSON.parse(readFileSync(join(ctx.cwd, out, 'gates.json'), 'utf8')) as GateReport) : null;
  const markdown = file('comparison.md');
  if (markdown) await writeJobSummary(readFileSync(join(ctx.cwd, markdown), 'utf8'), ctx.env.GITHUB_STEP_SUMMARY);
  setOutputs({ 'results-dir': out, metrics: file('metrics.json'), comparison: file('comparison.json'), gates: file('gates.json'), 'gates-passed': gates === null ? '' : gates.passed });
  if (code !== 0) throw new CheckFailedError(`evaluate: ${gates?.counts.fail ?? 'some'} metric gate(s) failed`);
});
