/** The options, ports and result (`run.json`, schemaVersion 1, docs/run.md) of `mergeml run`. */
import type { areaVerdicts } from '../../core/html-report/render-html-report.js';
import type { ProgressOutput } from '../../train/progress-reporter.js';
import type { LoadedProject } from '../load-project.js';
import type { Champion, ChampionStore } from './champion-store.js';
import type { RunFiles } from './run-outputs.js';

export interface RunOptions {
  /** Project file or folder (default mergeml.yaml). */
  readonly config: string;
  /** Models to run (default: all). */
  readonly models: readonly string[];
  readonly outDir: string;
  /** `auto`: the champion store; a model dir: that model. */
  readonly champion: 'auto' | { readonly dir: string; readonly name: string };
  /** With no champion, register this run's model as the first one. */
  readonly bootstrapChampion: boolean;
  /** After a run that is not blocked, register each model as a new version at the first stage. */
  readonly promote?: boolean;
  readonly backend?: string;
  /** Paired bootstrap resamples for the comparison (default 2000). */
  readonly resamples?: number;
  readonly workflow?: string;
}

export interface RunPorts {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Progress lines (stderr); the train pipeline's per-epoch lines go here too. */
  readonly progress: ProgressOutput;
  /** The champion store of a project: the git registry in a repository, else a local folder. */
  readonly champions: (project: LoadedProject) => Promise<ChampionStore>;
  readonly git: (dir: string) => Promise<{ readonly commit: string | null; readonly branch: string | null }>;
  /** ISO-8601 time of the run, from the caller's clock. */
  readonly now: () => string;
}

export interface ModelRunSummary {
  readonly name: string;
  readonly verdict: 'pass' | 'warn' | 'fail';
  readonly reasons: readonly string[];
  /** data, metrics, fairness: the verdict of each area. */
  readonly areas: ReturnType<typeof areaVerdicts>;
  readonly champion: { readonly label: string; readonly source: Champion['source'] } | null;
  readonly bootstrapped: boolean;
  readonly notes: readonly string[];
  readonly metrics: Readonly<Record<string, number | null>>;
  readonly championMetrics: Readonly<Record<string, number | null>> | null;
  readonly dir: string;
}

/** `mergeml run --json` and out/run.json (schemaVersion 1, docs/run.md). */
export interface RunResult {
  readonly schemaVersion: 1;
  readonly kind: 'mergeml.run';
  readonly verdict: 'pass' | 'warn' | 'fail';
  readonly project: string;
  readonly source: { readonly branch: string | null; readonly commit: string | null };
  readonly models: readonly ModelRunSummary[];
  /** What --promote did per model (null without --promote). */
  readonly promotion: readonly { readonly model: string; readonly promoted: boolean; readonly message: string }[] | null;
  readonly files: RunFiles;
}
