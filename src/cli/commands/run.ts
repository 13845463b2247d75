import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { openRegistryGit } from '../../adapters/git/registry-git.js';
import type { RegistryGit } from '../../pipeline/registry-ports.js';
import { loadRegistryPolicy } from '../../pipeline/registry-policy.js';
import { registryChampionStore } from '../../pipeline/run/registry-champions.js';
import { InputError, UsageError } from '../../core/errors.js';
import { runProject } from '../../pipeline/run.js';
import { assertModelDir, localChampionStore } from '../../pipeline/run/champion-store.js';
import { renderRunSummary } from '../../pipeline/run/terminal-summary.js';
import { gitHeadCommit } from '../../train/code-commit.js';
import { optionalString, type Command, type ParsedArgs } from '../command.js';
import { EXIT } from '../exit-codes.js';

function gitBranch(cwd: string): Promise<string | null> {
  return new Promise((done) => {
    execFile('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd, timeout: 10_000 }, (error, stdout) => {
      const name = stdout.trim();
      done(error || name === '' || name === 'HEAD' ? null : name);
    });
  });
}

function list(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  return Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];
}

export const runCommand: Command = {
  name: 'run',
  summary: 'run the pull-request pipeline locally: validate → train → evaluate vs champion → gates → report',
  help: `Usage: mergeml run [--config mergeml.yaml] [--model NAME ...] [--out DIR] [--champion DIR|auto]
                   [--bootstrap-champion] [--promote] [--backend B] [--resamples N] [--json]

Runs what the pull-request workflow runs, on this checkout, for every model (or each --model):
validates the train and test splits (data contract, policy data checks, proxies of protected attributes,
drift of test against reference), trains the challenger, evaluates it on the test split against the
champion (paired bootstrap CI, DeLong, McNemar), applies the metric gates, bias gates and compliance
checks, and writes:

  DIR/comment.md       the PR comment exactly as GitHub receives it (one per model, see docs/run.md)
  DIR/report.html      a self-contained HTML report (inline SVG charts, no scripts, no network)
  DIR/results.json     the results bundle (docs/report.md)
  DIR/run.json         this run's summary (--json prints it)
  DIR/<model>/         per-step JSON: validate-train.json, validate-test.json, train.json, evaluate/,
                       fairness.json, the challenger's model artifact (model/) and comment.md

Progress (steps and training epochs) goes to stderr; the summary, verdict first, to stdout.

Options:
  -c, --config FILE        project file or folder (default: mergeml.yaml)
  -m, --model NAME         a model to run; repeat for several (default: every model)
  -o, --out DIR            output folder (default: mergeml-out)
      --champion DIR|auto  the champion model dir; auto (default) = the git registry's version at the
                           last stage that has one (production, then staging), else its latest version;
                           outside a git repository .mergeml/champions/<model>/. Without one, the run
                           says so.
      --bootstrap-champion with no champion yet, register this run's model as the first one
      --promote            when the run is not blocked, register the challenger in the git registry as
                           the next version at the first stage of registry.stages (e.g. staging)
      --backend B          TF.js backend (auto | tensorflow-gpu | tensorflow | wasm | cpu)
      --resamples N        paired bootstrap resamples for the comparison (default 2000)
      --json               print run.json (schemaVersion 1) on stdout instead of the summary

Exit codes: 0 every error-severity gate and check passed (warnings allowed), 1 one failed (all outputs
are written first), 2 usage, config or data error, 70 internal error.`,
  options: {
    config: { type: 'string', short: 'c' },
    model: { type: 'string', short: 'm', multiple: true },
    out: { type: 'string', short: 'o' },
    champion: { type: 'string' },
    'bootstrap-champion': { type: 'boolean' },
    promote: { type: 'boolean' },
    backend: { type: 'string' },
    resamples: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(args, ctx) {
    const championArg = optionalString(args, 'champion') ?? 'auto';
    let champion: 'auto' | { dir: string; name: string } = 'auto';
    if (championArg !== 'auto') {
      const dir = resolve(ctx.cwd, championArg);
      await assertModelDir(dir, championArg);
      champion = { dir, name: championArg };
    }
    const resamplesText = optionalString(args, 'resamples');
    const resamples = resamplesText === undefined ? undefined : Number(resamplesText);
    if (resamples !== undefined && (!Number.isInteger(resamples) || resamples < 1 || resamples > 1_000_000)) {
      throw new UsageError(`mergeml run: --resamples must be an integer from 1 to 1000000, got '${resamplesText}'`);
    }
    const backend = optionalString(args, 'backend');
    const outDir = resolve(ctx.cwd, optionalString(args, 'out') ?? 'mergeml-out');
    const result = await runProject(
      {
        config: optionalString(args, 'config') ?? 'mergeml.yaml',
        models: list(args, 'model'),
        outDir,
        champion,
        bootstrapChampion: args.values['bootstrap-champion'] === true,
        promote: args.values['promote'] === true,
        ...(backend ? { backend } : {}),
        ...(resamples !== undefined ? { resamples } : {}),
      },
      {
        env: ctx.env,
        cwd: ctx.cwd,
        progress: { write: ctx.stderr, interactive: ctx.interactive, githubActions: ctx.env['GITHUB_ACTIONS'] === 'true', now: () => performance.now() },
        champions: async (project) => {
          let git: RegistryGit;
          try {
            git = await openRegistryGit(project.dir, ctx.env);
          } catch (error) {
            // Outside a git repository there is no registry: champions live in .mergeml/champions/.
            if (error instanceof InputError) return localChampionStore(project.dir);
            throw error;
          }
          const policy = await loadRegistryPolicy(ctx.cwd, project.path);
          const ports = { git, clock: { now: () => new Date().toISOString() }, log: (line: string) => ctx.stderr(`${line}\n`) };
          return registryChampionStore(ports, { policy, branch: (await git.currentBranch()) ?? 'main', actor: ctx.env['GITHUB_ACTOR'] || null, cacheDir: join(outDir, '.champions') });
        },
        git: async (dir) => ({ commit: await gitHeadCommit(dir), branch: await gitBranch(dir) }),
        now: () => new Date().toISOString(),
      },
    );
    if (args.values['json'] === true) ctx.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else ctx.stdout(renderRunSummary(result, ctx.cwd));
    return result.verdict === 'fail' ? EXIT.failed : EXIT.ok;
  },
};
