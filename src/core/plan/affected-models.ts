/**
 * Change-aware fan-out: which models a set of changed files affects. Pure: footprints and changed paths in,
 * a versioned plan and a GitHub Actions matrix out.
 */
import { globToRegExp, normalizeRepoPath } from './path-glob.js';

export type ReasonKind = 'data' | 'config' | 'policy' | 'contract' | 'paths' | 'global' | 'all';

/** Everything a model depends on, as repository-relative paths and globs. */
export interface ModelFootprint {
  readonly model: string;
  /** The project file that defines the model. */
  readonly config: string;
  readonly data: readonly string[];
  readonly contract?: string;
  /** Policy files, including everything they extend (builtin packs excluded: they ship with MergeML). */
  readonly policies: readonly string[];
  /** `paths:` globs (code that affects the model), relative to the repository root. */
  readonly paths: readonly string[];
}

export interface PlanReason {
  readonly kind: ReasonKind;
  readonly file: string;
  readonly pattern?: string;
}

export interface PlannedModel {
  readonly model: string;
  readonly config: string;
  readonly affected: boolean;
  readonly reasons: readonly PlanReason[];
}

export interface MatrixEntry {
  readonly model: string;
  readonly config: string;
}

export interface Plan {
  readonly schemaVersion: 1;
  readonly kind: 'mergeml.plan';
  readonly changedFiles: number;
  readonly models: readonly PlannedModel[];
  /** `strategy.matrix` for the workflow: one entry per affected model. */
  readonly matrix: { readonly include: readonly MatrixEntry[] };
  /** One note per unaffected model, for the report. */
  readonly skipped: readonly { readonly model: string; readonly note: string }[];
}

export interface PlanOptions {
  /** Every model is affected (a maintainer's dispatch, a scheduled run). */
  readonly all?: boolean;
  /** Globs whose change affects every model (the workflow files, the lockfile). */
  readonly globalPaths?: readonly string[];
}

const MAX_REASONS = 20;

/** Decides, per model, whether any changed file touches its data, config, contract, policies or code paths. */
export function planAffectedModels(footprints: readonly ModelFootprint[], changed: readonly string[], options: PlanOptions = {}): Plan {
  const files = [...new Set(changed.map(normalizeRepoPath).filter((f) => f !== ''))].sort();
  const global = (options.globalPaths ?? []).map((p) => ({ pattern: p, re: globToRegExp(normalizeRepoPath(p)) }));
  const globalReasons: PlanReason[] = options.all ? [{ kind: 'all', file: '*' }] : files.flatMap((file) => global.filter((g) => g.re.test(file)).map((g) => ({ kind: 'global' as const, file, pattern: g.pattern })));
  const models = footprints.map((fp): PlannedModel => {
    const exact = new Map<string, ReasonKind>([
      ...fp.data.map((d) => [normalizeRepoPath(d), 'data'] as const),
      ...fp.policies.map((p) => [normalizeRepoPath(p), 'policy'] as const),
      ...(fp.contract !== undefined ? [[normalizeRepoPath(fp.contract), 'contract'] as const] : []),
      [normalizeRepoPath(fp.config), 'config'],
    ]);
    const globs = fp.paths.map((p) => ({ pattern: p, re: globToRegExp(normalizeRepoPath(p)) }));
    const reasons: PlanReason[] = [...globalReasons];
    for (const file of files) {
      const kind = exact.get(file);
      if (kind !== undefined) reasons.push({ kind, file });
      else {
        const glob = globs.find((g) => g.re.test(file));
        if (glob) reasons.push({ kind: 'paths', file, pattern: glob.pattern });
      }
    }
    return { model: fp.model, config: normalizeRepoPath(fp.config), affected: reasons.length > 0, reasons: reasons.slice(0, MAX_REASONS) };
  });
  const include = models.filter((m) => m.affected).map((m) => ({ model: m.model, config: m.config }));
  const skipped = models.filter((m) => !m.affected).map((m) => ({ model: m.model, note: `no change to its data, config, contract, policies or paths (${files.length} changed file${files.length === 1 ? '' : 's'})` }));
  return { schemaVersion: 1, kind: 'mergeml.plan', changedFiles: files.length, models, matrix: { include }, skipped };
}
