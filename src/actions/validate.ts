/** The `validate` action: data checks of one model's data split → outputs, job summary, annotations at failed rows. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { validateCommand } from '../cli/commands/validate.js';
import { validateAnnotations, type ValidateReport } from '../core/checks/validate-report.js';
import { CheckFailedError } from '../core/errors.js';
import { writeJobSummary } from '../adapters/github/job-summary-writer.js';
import { annotate, flags, runAction, runCommand, setOutputs, text } from './action-runtime.js';

const inputs = z.object({
  config: z.string().default('mergeml.yaml'),
  model: text(),
  split: z.enum(['train', 'test', 'reference']).default('train'),
  data: text(),
  contract: text(),
  policy: text(),
  reference: text(),
  'results-dir': z.string().default('mergeml-results'),
});

await runAction(inputs, async (i, ctx) => {
  const dir = join(i['results-dir'], i.model ?? 'model');
  const json = join(dir, 'validate.json');
  const markdown = join(dir, 'validate.md');
  const source = i.data !== undefined ? { data: i.data, contract: i.contract, policy: i.policy } : { config: i.config, model: i.model, split: i.split, contract: i.contract };
  const code = await runCommand(validateCommand, [...flags({ ...source, reference: i.reference, json, markdown })], ctx);
  const report = JSON.parse(await readFile(join(ctx.cwd, json), 'utf8')) as ValidateReport;
  annotate(validateAnnotations(report));
  await writeJobSummary(await readFile(join(ctx.cwd, markdown), 'utf8'), ctx.env.GITHUB_STEP_SUMMARY);
  setOutputs({ status: report.status, report: json, markdown, 'failed-checks': report.summary.failed, errors: report.summary.errors });
  if (code !== 0) throw new CheckFailedError(`validate: ${report.summary.errors} error-severity check(s) failed in ${report.data.file}`);
});
