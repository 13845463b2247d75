import { resolve } from 'node:path';
import { nodeInitFiles } from '../../adapters/config/node-init-files.js';
import { initProject } from '../../pipeline/init.js';
import { optionalString, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

export const initCommand: Command = {
  name: 'init',
  summary: 'scaffold mergeml.yaml, a policy and the starter workflows',
  help: `Usage: mergeml init [--dir DIR] [--force] [--train FILE --target COLUMN --positive-class VALUE [--model NAME]] [--json]

Writes mergeml.yaml, policy.yaml and the starter workflows (.github/workflows/) into DIR. Without --train,
mergeml.yaml declares no model yet (a commented example shows the shape). With --train, the model's
features are read from the CSV header; columns whose names suggest a Regulation B basis (age, sex, gender,
race, religion, marital, nationality, foreign…) are proposed as protected attributes instead of features.
Refuses to overwrite an existing file unless --force. Files are written atomically.

Options:
  -d, --dir DIR              target folder (default: the current folder)
  -f, --force                overwrite existing files
      --train FILE           training CSV, relative to DIR
      --target COLUMN        target column (with --train)
      --positive-class VALUE positive class of the target (with --train)
      --model NAME           model name (default: the folder's name)
      --json                 print the result as JSON (schemaVersion 1)

Exit codes: 0 written, 2 usage error or a file exists (nothing written), 70 internal error.`,
  options: {
    dir: { type: 'string', short: 'd' },
    force: { type: 'boolean', short: 'f' },
    train: { type: 'string' },
    target: { type: 'string' },
    'positive-class': { type: 'string' },
    model: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(args, ctx) {
    const opt = (name: string) => optionalString(args, name);
    const train = opt('train');
    const target = opt('target');
    const positiveClass = opt('positive-class');
    const model = opt('model');
    const result = await initProject(
      {
        dir: resolve(ctx.cwd, opt('dir') ?? '.'),
        force: args.values['force'] === true,
        ...(train !== undefined ? { train } : {}),
        ...(target !== undefined ? { target } : {}),
        ...(positiveClass !== undefined ? { positiveClass } : {}),
        ...(model !== undefined ? { model } : {}),
      },
      nodeInitFiles(),
    );
    if (args.values['json'] === true) {
      ctx.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return EXIT.ok;
    }
    const lines = [`mergeml init: wrote ${result.written.length} files in ${result.dir}`, ...result.written.map((f) => `  ${f}`)];
    if (result.model) {
      lines.push('', `model ${result.model.name}: ${result.model.features} features; protected: ${result.model.protected.map((p) => `${p.column} (${p.basis})`).join(', ') || 'none found — add them under protected:'}`);
    } else lines.push('', 'No model yet: add one to mergeml.yaml (see the commented example) or rerun with --train.');
    lines.push('Next: review the files, then run `mergeml config check`.');
    ctx.stdout(`${lines.join('\n')}\n`);
    return EXIT.ok;
  },
};
