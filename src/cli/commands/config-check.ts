import { nodeConfigFiles } from '../../adapters/config/node-config-files.js';
import { ConfigError } from '../../core/errors.js';
import { checkConfig, invalidConfigReport, renderConfigSummary } from '../../pipeline/config-check.js';
import { optionalString, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

export const configCheckCommand: Command = {
  name: 'config check',
  summary: 'validate mergeml.yaml and every policy it references',
  help: `Usage: mergeml config check [--config FILE] [--json]

Validates the project file and every policy file it references (builtin packs included): YAML syntax,
schema, paths relative to the project file, sha256 pins, and cross-file rules. Every problem of every file
is reported at once as file:line:col.

Options:
  -c, --config FILE  project file, or a folder holding mergeml.yaml (default: mergeml.yaml)
      --json         print the summary as versioned JSON (schemaVersion 1, see docs/config.md)

Exit codes: 0 valid, 2 invalid (problems on stderr), 70 internal error.`,
  options: { config: { type: 'string', short: 'c' }, json: { type: 'boolean' } },
  async run(args, ctx) {
    const json = args.values['json'] === true;
    const config = optionalString(args, 'config') ?? 'mergeml.yaml';
    try {
      const summary = await checkConfig(config, nodeConfigFiles(), ctx.cwd);
      ctx.stdout(json ? `${JSON.stringify(summary, null, 2)}\n` : renderConfigSummary(summary));
      return EXIT.ok;
    } catch (error) {
      // Machines get the problems as JSON on stdout; the error itself still goes to stderr and sets exit 2.
      if (json && error instanceof ConfigError) ctx.stdout(`${JSON.stringify(invalidConfigReport(config, error.problems), null, 2)}\n`);
      throw error;
    }
  },
};
