import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { nodeConfigFiles } from '../../adapters/config/node-config-files.js';
import { buildModelCard } from '../../pipeline/model-card.js';
import { writeOutputAtomic } from '../../pipeline/metrics.js';
import { optionalString, requireString, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { VERSION } from '../version.js';

const NAME = 'model-card';

export const modelCardCommand: Command = {
  name: NAME,
  summary: 'render the model card (markdown) from the project file and the run\'s reports',
  help: `Usage: mergeml model-card --config mergeml.yaml [--model NAME] [--fairness FILE] [--metrics FILE]
                          [--commit SHA] [--backend NAME] [--seed N] [--model-version V]
                          [--intended-use TEXT] [--limitation TEXT]... [--generated-at ISO] --out FILE

Renders the model card: intended use, training and evaluation data with sha256, metrics, fairness tables,
compliance checklist, limitations, lineage and gate decisions. See docs/model-card.md.

Options:
  --config FILE           project file (mergeml.yaml)
  --model NAME            model in the project file (required when it has several)
  --fairness FILE         JSON written by \`mergeml fairness --json\`
  --metrics FILE          JSON written by \`mergeml metrics --json\`
  --commit SHA            commit the model was built from (lineage)
  --backend NAME          training backend (default: the project's train.backend)
  --seed N                training seed (default: the project's train.seed)
  --model-version V       version label of the model (e.g. the registry version)
  --intended-use TEXT     intended use (default: the model's description)
  --limitation TEXT       a known limitation (repeatable)
  --generated-at ISO      generation time (default: now); pass it for reproducible cards
  --out FILE              where to write the card ('-' for stdout)

Exit codes: 0 written, 2 usage, input or config error, 70 internal error.`,
  options: {
    config: { type: 'string' }, model: { type: 'string' }, fairness: { type: 'string' }, metrics: { type: 'string' }, commit: { type: 'string' },
    backend: { type: 'string' }, seed: { type: 'string' }, 'model-version': { type: 'string' }, 'intended-use': { type: 'string' },
    limitation: { type: 'string', multiple: true }, 'generated-at': { type: 'string' }, out: { type: 'string' },
  },
  async run(args, ctx) {
    const out = requireString(args, 'out', NAME);
    const seedText = optionalString(args, 'seed');
    const seed = seedText === undefined ? undefined : Number(seedText);
    if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError(`mergeml ${NAME}: --seed ${JSON.stringify(seedText)} is not an integer.`);
    const generatedAt = optionalString(args, 'generated-at') ?? new Date().toISOString();
    if (Number.isNaN(Date.parse(generatedAt))) throw new UsageError(`mergeml ${NAME}: --generated-at ${JSON.stringify(generatedAt)} is not an ISO-8601 time (e.g. 2026-11-23T10:00:00Z).`);
    const commit = optionalString(args, 'commit');
    if (commit !== undefined && !/^[0-9a-f]{7,64}$/.test(commit)) throw new UsageError(`mergeml ${NAME}: --commit ${JSON.stringify(commit)} is not a git commit id (7 to 64 lowercase hex digits).`);
    const limitations = args.values['limitation'];
    const pick = (name: string) => optionalString(args, name);
    const card = await buildModelCard({
      config: requireString(args, 'config', NAME),
      ...(pick('model') !== undefined ? { model: pick('model') as string } : {}),
      ...(pick('fairness') !== undefined ? { fairness: pick('fairness') as string } : {}),
      ...(pick('metrics') !== undefined ? { metrics: pick('metrics') as string } : {}),
      ...(commit !== undefined ? { commit } : {}),
      ...(pick('backend') !== undefined ? { backend: pick('backend') as string } : {}),
      ...(seed !== undefined ? { seed } : {}),
      ...(pick('model-version') !== undefined ? { version: pick('model-version') as string } : {}),
      ...(pick('intended-use') !== undefined ? { intendedUse: pick('intended-use') as string } : {}),
      limitations: Array.isArray(limitations) ? (limitations as string[]) : [],
      generatedAt,
      mergemlVersion: VERSION,
    }, nodeConfigFiles(), ctx.cwd);
    if (out === '-') ctx.stdout(card);
    else writeOutputAtomic(resolve(ctx.cwd, out), card);
    return EXIT.ok;
  },
};
