/**
 * `mergeml run`: the pull-request pipeline on a local checkout, in process. Per model: validate the train
 * and test splits (contract, policy data checks, proxies, drift of test vs reference) → train the
 * challenger → evaluate it against the champion on the test split → metric gates, bias gates and
 * compliance → one results bundle, rendered as the PR comment, a self-contained HTML report and JSON.
 * Every step's JSON is written as it completes; the run never stops at a failing check (exit 1 comes
 * after everything is written), only at bad input (exit 2).
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { nodeConfigFiles } from '../adapters/config/node-config-files.js';
import { readBatches } from '../adapters/data/read-batches.js';
import type { CheckResult } from '../core/checks/check-result.js';
import { InputError, UsageError } from '../core/errors.js';
import { suggest } from '../core/did-you-mean.js';
import { resultsBundleSchema, type ModelResults, type ResultsBundle } from '../core/report/results-bundle.js';
import { deriveVerdict } from '../core/report/verdict.js';
import { areaVerdicts } from '../core/html-report/render-html-report.js';
import { evaluate, type ModelSource } from './evaluate.js';
import { runFairness, type FairnessRunJson } from './fairness.js';
import { resolveFairnessOptions } from './fairness-options.js';
import { loadProject, type LoadedModel, type LoadedProject } from './load-project.js';
import { writeOutputAtomic } from './metrics.js';
import type { Champion, RunEvidence } from './run/champion-store.js';
import { algorithmOf } from './run/model-algorithm.js';
import { modelResultsFrom, splitDrift } from './run/model-results.js';
import type { ModelRunSummary, RunOptions, RunPorts, RunResult } from './run/run-types.js';
import { displayPath, validateOptionsFor } from './run/validate-step.js';
import { writeRunOutputs } from './run/run-outputs.js';
import { train } from './train.js';
import { validate } from './validate.js';

export type { ModelRunSummary, RunOptions, RunPorts, RunResult } from './run/run-types.js';

const STEPS = 4;

function isInside(path: string, dir: string): boolean {
  const r = relative(dir, path);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

function pickModels(project: LoadedProject, wanted: readonly string[]): LoadedModel[] {
  if (wanted.length === 0) return [...project.models];
  const names = project.models.map((m) => m.name);
  return wanted.map((w) => {
    const m = project.models.find((x) => x.name === w);
    if (!m) {
      const hint = suggest(w, names);
      throw new UsageError(`mergeml run: no model '${w}' in ${project.file}${hint ? ` (did you mean '${hint}'?)` : ''}; models: ${names.join(', ')}`);
    }
    return m;
  });
}

/** Runs the PR pipeline for every selected model and writes all outputs. */
export async function runProject(options: RunOptions, ports: RunPorts): Promise<RunResult> {
  const say = (text: string) => ports.progress.write(`${text}\n`);
  const project = await loadProject(options.config, nodeConfigFiles(), ports.cwd);
  const models = pickModels(project, options.models);
  const git = await ports.git(project.dir);
  const store = await ports.champions(project);
  const results: ModelResults[] = [];
  const summaries: ModelRunSummary[] = [];
  const evidences = new Map<string, RunEvidence>();
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const readerName = (path: string, file: string) => (join(ports.cwd, file) === path ? file : path);
  const validatePorts = {
    readBatches: (path: string, o: Parameters<typeof readBatches>[1]) => readBatches(readerName(path, displayPath(path, ports.cwd)), o),
    readFile: async (path: string) => new Uint8Array(await readFile(path)),
  };

  // Input mistakes of any model stop the run before anything is written.
  for (const model of models) {
    if (!model.data.some((d) => d.role === 'test')) throw new UsageError(`mergeml run: model '${model.name}' has no test data in ${project.file} (models.${model.name}.data.test): the challenger cannot be evaluated`);
    if (options.champion !== 'auto' && isInside(options.champion.dir, join(options.outDir, model.name))) {
      throw new UsageError(`mergeml run: --champion ${options.champion.name} is inside this run's output for model ${model.name} (${join(options.outDir, model.name)}), which the run overwrites; copy the champion elsewhere or use another --out`);
    }
  }

  for (const model of models) {
    const dir = join(options.outDir, model.name);
    const step = (n: number, text: string) => say(`[${model.name} ${n}/${STEPS}] ${text}`);
    const notes: string[] = [];
    const test = model.data.find((d) => d.role === 'test')!;

    // 1. Data: both splits against the contract and policy checks; test also against the reference.
    const validation: { file: string; checks: CheckResult[] }[] = [];
    let drift: CheckResult[] | null = null;
    let driftAgainst: string | null = null;
    let proxyFindings: CheckResult[] = [];
    for (const split of ['train', 'test'] as const) {
      const vo = validateOptionsFor(model, split, ports.cwd);
      if (!vo) continue;
      step(1, `validate ${vo.data.file}${vo.reference ? ` (drift against ${vo.reference.file})` : ''}${vo.protected ? ' (proxies of protected attributes)' : ''}`);
      const outcome = await validate(vo, validatePorts);
      writeOutputAtomic(join(dir, `validate-${split}.json`), json(outcome.report));
      const parts = splitDrift(outcome.report.checks);
      validation.push({ file: vo.data.file, checks: parts.data });
      if (vo.protected) proxyFindings = parts.data.filter((c) => c.id === 'PROXY');
      if (vo.reference) {
        drift = parts.drift;
        driftAgainst = vo.reference.file;
      }
      const failed = outcome.report.summary.failed;
      say(`  ${outcome.report.status === 'pass' ? 'ok' : 'FAILED'}: ${outcome.report.summary.checks} checks, ${failed} failed (${outcome.report.summary.errors} blocking)`);
    }

    // 2. Train the challenger.
    const artifact = join(dir, 'model');
    step(2, `train challenger`);
    const trained = await train(
      { model, projectDir: project.dir, outDir: artifact, ...(options.backend ? { backend: options.backend } : {}) },
      { env: ports.env, cwd: ports.cwd, progress: ports.progress, gitCommit: async () => git.commit },
    );
    writeOutputAtomic(join(dir, 'train.json'), json(trained));
    if (!trained.files.some((f) => f.path === 'model.json')) {
      // A trainer command may leave only predictions.csv; run scores both models on the same rows itself.
      throw new InputError(`mergeml run: the artifact of ${model.name} has no model.json, so it cannot be scored on the test split`, [
        { file: displayPath(join(artifact, 'manifest.json'), ports.cwd), message: 'no model.json among the artifact files', expected: 'a TF.js layers model (model.json + weights); for a trainer that writes only predictions.csv use `mergeml evaluate --challenger <predictions>`' },
      ]);
    }
    const trainingCard = JSON.parse(await readFile(join(artifact, 'training-card.json'), 'utf8')) as Record<string, unknown>;
    const challengerAlgorithm = await algorithmOf(artifact);
    const challengerLabel = `${challengerAlgorithm} (this run${git.commit ? `, commit ${git.commit.slice(0, 12)}` : ''})`;

    // 3. The champion: --champion DIR, else the store; none → say so, and bootstrap when asked.
    const champion: Champion | null = options.champion === 'auto' ? await store.find(model.name) : { dir: options.champion.dir, label: `${await algorithmOf(options.champion.dir)} (${options.champion.name})`, source: 'flag' };
    let bootstrapped = false;
    if (champion === null) {
      notes.push(options.bootstrapChampion
        ? `No champion yet in ${store.name}: this run's model becomes the first one once it is evaluated.`
        : `No champion yet in ${store.name}: the challenger is evaluated on its own (no comparison). Run with --bootstrap-champion to register this model as the first champion, or pass --champion DIR.`);
      say(`  ${notes[notes.length - 1]}`);
    }

    const protectedColumns = model.config.protected.map((p) => p.column);
    step(3, champion ? `evaluate on ${test.file}: challenger vs champion ${champion.label}` : `evaluate on ${test.file} (no champion)`);
    const d = model.config.data;
    const challengerSource: ModelSource = { kind: 'model', dir: artifact, name: challengerLabel };
    const evaluation = await evaluate({
      challenger: challengerSource,
      ...(champion ? { champion: { kind: 'model', dir: champion.dir, name: champion.label } } : {}),
      data: test.path,
      spec: {
        task: model.config.task === 'regression' ? 'regression' : 'binary',
        label: model.config.target,
        score: 'score',
        ...(model.config.positive_class !== undefined ? { positive: String(model.config.positive_class) } : {}),
        groups: protectedColumns,
      },
      outDir: join(dir, 'evaluate'),
      resamples: options.resamples ?? 2000,
      seed: 42,
      confidence: 0.95,
      gates: model.policy.metric_gates,
      read: { ...(d.delimiter ? { delimiter: d.delimiter } : {}), ...(d.null_values ? { nullValues: d.null_values } : {}) },
      ...(options.backend ? { backend: options.backend } : {}),
    }, { env: ports.env, cwd: ports.cwd });
    const g = evaluation.gates;
    if (g) say(`  metric gates: ${g.counts.pass} pass, ${g.counts.warn} warn, ${g.counts.fail} fail`);

    // 4. Fairness and compliance on the challenger's predictions (the champion's for max_worsening).
    let fairness: FairnessRunJson | null = null;
    if (model.config.task !== 'regression' && protectedColumns.length > 0) {
      step(4, `fairness and compliance over ${protectedColumns.join(', ')}`);
      const predictions = join(dir, 'evaluate', 'challenger-predictions.csv');
      const baseline = champion ? join(dir, 'evaluate', 'champion-predictions.csv') : undefined;
      const fo = await resolveFairnessOptions({ predictions, ...(baseline ? { baseline } : {}), score: 'score', protected: [], buckets: {}, config: project.path, model: model.name }, nodeConfigFiles(), ports.cwd);
      const run = await runFairness({ ...fo, proxyFindings }, { readBatches });
      fairness = run.json;
      writeOutputAtomic(join(dir, 'fairness.json'), json(fairness));
      say(`  fairness: ${fairness.status}; compliance ${fairness.compliance.status}`);
    } else {
      step(4, 'fairness skipped (no protected attributes, or not a binary classifier)');
    }

    const evidence: RunEvidence = {
      artifact, metrics: join(dir, 'evaluate', 'metrics.json'), gates: join(dir, 'evaluate', 'gates.json'),
      ...(fairness ? { fairness: join(dir, 'fairness.json') } : {}), commit: git.commit, algorithm: challengerAlgorithm,
    };
    evidences.set(model.name, evidence);
    if (champion === null && options.bootstrapChampion) {
      const done = await store.bootstrap(model.name, evidence);
      bootstrapped = true;
      notes.push(`Bootstrapped the first champion: ${done}. The next run compares against it.`);
      say(`  ${notes[notes.length - 1]}`);
    }

    const result = modelResultsFrom({
      name: model.name, validation, drift, driftAgainst, train: trained, trainingCard,
      metrics: evaluation.metrics, championMetrics: evaluation.championMetrics, comparison: evaluation.comparison, gates: evaluation.gates,
      fairness, championLabel: champion?.label ?? null, challengerLabel, notes,
    });
    results.push(result);
    const verdict = deriveVerdict(result);
    summaries.push({
      name: model.name, verdict: verdict.status, reasons: verdict.reasons, areas: areaVerdicts(result),
      champion: champion ? { label: champion.label, source: champion.source } : null, bootstrapped, notes,
      metrics: evaluation.metrics.overall.metrics, championMetrics: evaluation.championMetrics?.overall.metrics ?? null, dir,
    });
  }

  say('writing the report');
  const bundle: ResultsBundle = resultsBundleSchema.parse({
    schemaVersion: 1,
    kind: 'mergeml.results',
    ...(git.commit || git.branch ? { source: { ...(git.branch ? { branch: git.branch } : {}), ...(git.commit && /^[0-9a-f]{40}$/.test(git.commit) ? { commit: git.commit } : {}) } } : {}),
    models: results,
  });
  const verdict: RunResult['verdict'] = summaries.some((s) => s.verdict === 'fail') ? 'fail' : summaries.some((s) => s.verdict === 'warn') ? 'warn' : 'pass';
  const partial = { schemaVersion: 1 as const, kind: 'mergeml.run' as const, verdict, project: project.file, source: git, models: summaries };
  const context = { workflow: options.workflow ?? 'mergeml', generatedAt: ports.now(), notes: summaries.flatMap((s) => s.notes.map((n) => `${s.name}: ${n}`)) };
  const files = writeRunOutputs(options.outDir, bundle, { ...partial, promotion: null }, context);
  if (!options.promote) return { ...partial, promotion: null, files };
  // Promotion comes after every report is written: a failed publication never loses the run's results.
  const promotion: { model: string; promoted: boolean; message: string }[] = [];
  for (const s of summaries) {
    const evidence = evidences.get(s.name);
    if (s.verdict === 'fail' || !evidence || !store.promote) {
      promotion.push({ model: s.name, promoted: false, message: !store.promote ? `not promoted: ${store.name} has no stages (run inside a git repository to use the git registry)` : `not promoted: ${s.name} is blocked (${s.reasons[0] ?? 'a gate failed'})` });
    } else {
      say(`promote ${s.name}`);
      promotion.push({ model: s.name, promoted: true, message: await store.promote(s.name, evidence) });
    }
  }
  const result: RunResult = { ...partial, promotion, files };
  writeOutputAtomic(files.run, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}
