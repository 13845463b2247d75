import type { CheckContext } from '../core/checks/check-definition.js';
import type { CheckResult } from '../core/checks/check-result.js';
import { columnOverviewConsumer } from '../core/checks/column-overview.js';
import { referenceSummaryConsumer, type ReferenceSummary } from '../core/checks/reference-summary.js';
import { findRegisteredCheck, type RegisteredCheck } from '../core/checks/registry.js';
import { isMergeable } from '../core/checks/check-definition.js';
import type { ColumnOverview } from '../core/checks/column-overview.js';
import { MergeNotExactError } from '../core/checks/merge-not-exact.js';
import type { DataProfile } from '../core/profile/profile-result.js';
import { renderValidateMarkdown, renderValidateText } from '../core/checks/validate-markdown.js';
import { buildValidateReport, validateAnnotations, type Annotation, type ValidateReport } from '../core/checks/validate-report.js';
import { contractToChecks } from '../core/contract/contract-checks.js';
import { parseContract } from '../core/contract/parse-contract.js';
import type { BatchConsumer, RecordBatch } from '../core/data/record-batch.js';
import type { ReadOptions } from '../core/data/read-options.js';
import { createDriftProfileConsumer } from '../core/drift/drift-profile-consumer.js';
import { computeDrift, driftCheckResults, type DriftOptions } from '../core/drift/drift-report.js';
import type { ColumnProfile } from '../core/drift/column-profile.js';
import type { DataCheckConfig } from '../core/policy/data-checks-schema.js';
import type { ReportSection } from '../core/report/report-section.js';
import { labelDataChecks } from '../core/labels/label-check-registry.js';
import type { ProxiesConfig } from '../core/policy/proxies-schema.js';
import type { ProtectedAttribute } from '../core/proxies/proxy-associations.js';
import { createProxyConsumer, type ProxyReport } from '../core/proxies/proxy-checks.js';
import { renderProxyMarkdown } from '../core/proxies/proxy-markdown.js';
import { ProfileConsumer } from '../core/profile/profile-consumer.js';

/** What validate reads through: the streaming readers and raw file bytes (contracts). */
export interface ValidatePorts {
  readBatches(path: string, options: ReadOptions): AsyncIterable<RecordBatch>;
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Optional: one pass with consumers registered by kind (src/adapters/data/pass-consumers.ts), on several
   * threads for large CSV files (runParallelPass). Used when every consumer of the run can merge exactly.
   */
  parallelPass?(path: string, options: ReadOptions, specs: readonly PassSpec[]): Promise<{ rows: number; header: readonly string[]; results: readonly unknown[] }>;
}

/** A consumer a parallel pass builds in each thread: its registered kind and plain-data config. */
export interface PassSpec {
  readonly kind: string;
  readonly config?: unknown;
}

/** A file as opened (`path`) and as named in messages and reports (`file`). */
export interface FileRef {
  readonly path: string;
  readonly file: string;
}

export interface ValidateOptions {
  readonly data: FileRef;
  /** Reader options; null values default to the contract's `null_values`, then to the readers' default. */
  readonly read?: ReadOptions;
  readonly contract?: FileRef;
  /** Policy `data_checks`, already loaded and composed. */
  readonly checks?: readonly DataCheckConfig[];
  readonly policies?: readonly string[];
  readonly reference?: FileRef;
  /** Drift settings when a reference is given (policy `drift:`); defaults to Evidently's. */
  readonly drift?: DriftOptions;
  /** Further registered checks; DV27–DV30 are registered from `label`, `features` and the reference. */
  readonly extraChecks?: readonly RegisteredCheck[];
  /** The target column (DV27 conflicting labels, DV28 leakage). */
  readonly label?: string;
  /** Feature columns (default: every column but the label and the protected attributes). */
  readonly features?: readonly string[];
  /** Protected attributes: proxy strength of every feature against each is measured in the same pass. */
  readonly protected?: readonly ProtectedAttribute[];
  /** Policy `proxies:` bounds; without them proxies are reported, not gated. */
  readonly proxies?: ProxiesConfig;
  /** Also profile the file in the same pass (docs/profile.md) and put the profile in the report. */
  readonly profile?: boolean;
}

export interface ValidateOutcome {
  readonly report: ValidateReport;
  readonly section: ReportSection;
  readonly text: string;
  readonly annotations: readonly Annotation[];
}

/** Feeds every batch of one file to every consumer: one streaming pass. */
async function pass(ports: ValidatePorts, ref: FileRef, read: ReadOptions, consumers: readonly BatchConsumer<unknown>[]): Promise<{ rows: number; header: readonly string[] }> {
  let rows = 0;
  let header: readonly string[] = [];
  for await (const batch of ports.readBatches(ref.path, read)) {
    header = batch.header;
    rows += batch.length;
    for (const c of consumers) c.consume(batch);
  }
  return { rows, header };
}

function notImplemented(config: DataCheckConfig, id: string): CheckResult {
  return {
    id,
    check: config.check,
    ...('column' in config && typeof config.column === 'string' ? { column: config.column } : {}),
    severity: config.severity,
    status: 'skip',
    observed: null,
    expected: null,
    message: `${config.check} is not run by mergeml validate in this version`,
    examples: [],
  };
}

/**
 * Validates one data file against a contract and policy data checks in a single streaming pass (plus one
 * pass over the reference when given, for drift and reference-based defaults). Pure apart from its ports.
 */
export async function validate(options: ValidateOptions, ports: ValidatePorts): Promise<ValidateOutcome> {
  const contract = options.contract ? parseContract(options.contract.file, await ports.readFile(options.contract.path)) : undefined;
  const read: ReadOptions = { ...(contract?.null_values !== undefined ? { nullValues: contract.null_values } : {}), ...options.read };
  const configs: DataCheckConfig[] = [...(contract ? contractToChecks(contract).map((c) => c.config) : []), ...(options.checks ?? [])];

  let reference: ReferenceSummary | undefined;
  let referenceProfiles: ColumnProfile[] | undefined;
  if (options.reference) {
    const summary = referenceSummaryConsumer(options.reference.file);
    const drift = createDriftProfileConsumer();
    await pass(ports, options.reference, read, [summary, drift]);
    reference = summary.finish();
    referenceProfiles = drift.finish();
  }
  const context: CheckContext = reference ? { reference } : {};

  const extra = [
    ...(options.extraChecks ?? []),
    ...labelDataChecks({ ...(options.label !== undefined ? { label: options.label } : {}), ...(options.features ? { features: options.features } : {}), ...(referenceProfiles ? { control: referenceProfiles } : {}) }),
  ];
  const instances = configs.map((config) => {
    const registered = findRegisteredCheck(config.check, extra);
    return registered ? { config, consumer: registered.create(config, context) } : { config, consumer: undefined };
  });
  const proxy = options.protected && options.protected.length > 0 ? lazyProxyConsumer(options) : undefined;
  // Both cores when every consumer merges exactly (no reference, proxies or label checks, whose state or
  // context cannot cross threads); a merge that would not be exact redoes the pass sequentially.
  const parallel = ports.parallelPass !== undefined && !options.reference && proxy === undefined && instances.every((i) => i.consumer !== undefined && findRegisteredCheck(i.config.check) !== undefined && isMergeable(i.consumer));
  let streamed: Streamed | undefined;
  if (parallel && ports.parallelPass) {
    try {
      streamed = await parallelStream(ports.parallelPass, options, read, configs);
    } catch (error) {
      if (!(error instanceof MergeNotExactError)) throw error;
    }
  }
  const currentDrift = options.reference ? createDriftProfileConsumer() : undefined;
  if (streamed === undefined) {
    const overview = columnOverviewConsumer();
    const profile = options.profile ? new ProfileConsumer(options.data.file) : undefined;
    // A parallel attempt built its own consumers in each thread: these were never fed.
    const fresh = instances;
    const consumers: BatchConsumer<unknown>[] = [overview, ...(profile ? [profile] : []), ...fresh.flatMap((i) => (i.consumer ? [i.consumer] : [])), ...(currentDrift ? [currentDrift] : []), ...(proxy ? [proxy] : [])];
    const { rows, header } = await pass(ports, options.data, read, consumers);
    streamed = {
      rows,
      header,
      overview: overview.finish(),
      profile: profile?.finish() ?? null,
      checks: fresh.map((i) => (i.consumer ? i.consumer.finish() : [notImplemented(i.config, findRegisteredCheck(i.config.check)?.id ?? 'DV')])),
    };
  }
  const { rows, header, overview: columns, profile: profileResult } = streamed;
  const results: CheckResult[] = streamed.checks.flat();
  if (currentDrift && referenceProfiles) {
    const driftOptions: DriftOptions = options.drift ?? { stattest: 'auto', driftShare: 0.5, severity: 'warning' };
    results.push(...driftCheckResults(computeDrift(referenceProfiles, currentDrift.finish(), driftOptions), driftOptions.severity));
  }
  const proxyReport = proxy?.finish() ?? null;
  if (proxyReport) results.push(...proxyReport.checks);
  const report = buildValidateReport({
    data: { file: options.data.file, rows, columns: header.length },
    reference: reference ? { file: reference.file, rows: reference.rows } : undefined,
    contract: options.contract?.file,
    policies: options.policies ?? [],
    columns,
    checks: results,
    proxies: proxyReport,
    profile: profileResult,
  });
  const section = renderValidateMarkdown(report);
  const markdown = proxyReport ? `${section.markdown}\n\n${renderProxyMarkdown(proxyReport)}` : section.markdown;
  return { report, section: { ...section, markdown }, text: renderValidateText(report), annotations: validateAnnotations(report) };
}

/** What the data file's pass yields, whichever way it ran. */
interface Streamed {
  readonly rows: number;
  readonly header: readonly string[];
  readonly overview: ColumnOverview[];
  readonly profile: DataProfile | null;
  readonly checks: readonly CheckResult[][];
}

/** The data file's pass through registered mergeable consumers (plain-data specs: they are rebuilt in each thread). */
async function parallelStream(run: NonNullable<ValidatePorts['parallelPass']>, options: ValidateOptions, read: ReadOptions, configs: readonly DataCheckConfig[]): Promise<Streamed> {
  const specs: PassSpec[] = [{ kind: 'column-overview' }, { kind: 'checks', config: { checks: configs } }, ...(options.profile ? [{ kind: 'profile', config: { file: options.data.file } }] : [])];
  const pass = await run(options.data.path, read, specs);
  return {
    rows: pass.rows,
    header: pass.header,
    overview: pass.results[0] as ColumnOverview[],
    checks: pass.results[1] as CheckResult[][],
    profile: options.profile ? (pass.results[2] as DataProfile) : null,
  };
}

/** Proxy strength in the same pass; the feature list defaults to the header minus label and protected columns. */
function lazyProxyConsumer(options: ValidateOptions): BatchConsumer<ProxyReport | null> {
  const protectedAttributes = options.protected ?? [];
  const p = options.proxies;
  const proxyOptions = {
    severity: p?.severity ?? 'error',
    ...(p?.cramers_v !== undefined ? { cramersV: p.cramers_v } : {}),
    ...(p?.normalized_mutual_info !== undefined ? { normalizedMutualInfo: p.normalized_mutual_info } : {}),
    ...(p?.correlation !== undefined ? { correlation: p.correlation } : {}),
    ...(p?.age_buckets !== undefined ? { ageBuckets: p.age_buckets } : {}),
  };
  let inner: BatchConsumer<ProxyReport> | undefined;
  return {
    consume(batch) {
      if (inner === undefined) {
        const excluded = new Set([...(options.label !== undefined ? [options.label] : []), ...protectedAttributes.map((a) => a.column)]);
        const features = options.features ?? batch.header.filter((h) => !excluded.has(h));
        inner = createProxyConsumer(features, protectedAttributes.filter((a) => batch.header.includes(a.column)), proxyOptions);
      }
      inner.consume(batch);
    },
    finish: () => inner?.finish() ?? null,
  };
}
