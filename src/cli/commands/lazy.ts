import type { Command } from '../command.js';

/**
 * Every command by name, each loaded on demand: a run of one command evaluates that command's modules only
 * (the CLI bundle is split per command, so `mergeml profile` neither parses nor starts the GitHub client, the
 * YAML parser or the training code). Must name exactly the commands of ./index.ts (a test checks).
 */
export const commandLoaders: ReadonlyMap<string, () => Promise<Command>> = new Map<string, () => Promise<Command>>([
  ['config check', async () => (await import('./config-check.js')).configCheckCommand],
  ['drift', async () => (await import('./drift.js')).driftCommand],
  ['evaluate', async () => (await import('./evaluate.js')).evaluateCommand],
  ['fairness', async () => (await import('./fairness.js')).fairnessCommand],
  ['gate', async () => (await import('./gate.js')).gateCommand],
  ['init', async () => (await import('./init.js')).initCommand],
  ['metrics', async () => (await import('./metrics.js')).metricsCommand],
  ['model-card', async () => (await import('./model-card.js')).modelCardCommand],
  ['monitor', async () => (await import('./monitor.js')).monitorCommand],
  ['plan', async () => (await import('./plan.js')).planCommand],
  ['predict', async () => (await import('./predict.js')).predictCommand],
  ['profile', async () => (await import('./profile.js')).profileCommand],
  ['registry diff', async () => (await import('./registry-diff.js')).registryDiffCommand],
  ['registry history', async () => (await import('./registry-history.js')).registryHistoryCommand],
  ['registry kpis', async () => (await import('./registry-kpis.js')).registryKpisCommand],
  ['registry list', async () => (await import('./registry-list.js')).registryListCommand],
  ['registry promote', async () => (await import('./registry-promote.js')).registryPromoteCommand],
  ['registry pull', async () => (await import('./registry-pull.js')).registryPullCommand],
  ['registry register', async () => (await import('./registry-register.js')).registryRegisterCommand],
  ['registry rollback', async () => (await import('./registry-rollback.js')).registryRollbackCommand],
  ['registry show', async () => (await import('./registry-show.js')).registryShowCommand],
  ['registry verify', async () => (await import('./registry-verify.js')).registryVerifyCommand],
  ['run', async () => (await import('./run.js')).runCommand],
  ['schema infer', async () => (await import('./schema-infer.js')).schemaInferCommand],
  ['train', async () => (await import('./train.js')).trainCommand],
  ['validate', async () => (await import('./validate.js')).validateCommand],
]);

/**
 * The commands `main` needs for argv: only the command argv names when it names one (the longest match, as
 * main's own lookup), otherwise every command (overview, group help, did-you-mean).
 */
export async function commandsFor(argv: readonly string[]): Promise<readonly Command[]> {
  const load = (argv.length >= 2 ? commandLoaders.get(`${argv[0]} ${argv[1]}`) : undefined) ?? commandLoaders.get(argv[0] ?? '');
  if (load !== undefined) return [await load()];
  return (await import('./index.js')).commands;
}
