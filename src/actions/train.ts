/** The `train` action: trains one model of mergeml.yaml into an artifact directory → outputs and a summary line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { trainCommand } from '../cli/commands/train.js';
import { BACKENDS } from '../train/backend-select.js';
import { writeJobSummary } from '../adapters/github/job-summary-writer.js';
import { escapeMarkdown } from '../core/report/escape-markdown.js';
import { flag, flags, integer, runAction, runCommand, setOutputs, text } from './action-runtime.js';

const inputs = z.object({
  config: z.string().default('mergeml.yaml'),
  model: text(),
  out: text(),
  backend: z.enum(['auto', ...BACKENDS]).optional(),
  seed: integer(0, 2 ** 31 - 1).optional(),
  resume: flag(false),
});

await runAction(inputs, async (i, ctx) => {
  const out = i.out ?? join('mergeml-models', i.model ?? 'model');
  await runCommand(trainCommand, [...flags({ config: i.config, model: i.model, out, backend: i.backend, seed: i.seed }), ...(i.resume ? ['--resume'] : [])], ctx);
  const card = JSON.parse(readFileSync(join(ctx.cwd, out, 'training-card.json'), 'utf8')) as { model: string; backend?: { name: string } | null; weightsSha256?: string | null; metrics?: { test?: Record<string, number> }; epochs?: number | null };
  const metrics = card.metrics?.test ?? {};
  const line = Object.entries(metrics).map(([k, v]) => `${escapeMarkdown(k)} ${v.toFixed(4)}`).join(' · ');
  await writeJobSummary(`### MergeML: trained ${escapeMarkdown(card.model)}\n\n${card.backend ? `backend ${escapeMarkdown(card.backend.name)} · ` : ''}epochs ${card.epochs ?? 'n/a'}${line ? ` · test: ${line}` : ''}\n`, ctx.env.GITHUB_STEP_SUMMARY);
  setOutputs({ 'model-dir': out, 'weights-sha256': card.weightsSha256 ?? '', metrics, backend: card.backend?.name ?? '' });
});
