/**
 * Registers a model version from verified evidence: plans the version (semver bump rule), writes
 * registry/<model>/<version>/… and the audit entry, tags `<model>@<version>` (and `<model>#<stage>#<n>`
 * when a stage is assigned at once) and publishes atomically. A re-run with the same evidence finds the
 * version it registered (registration key) and changes nothing.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { CheckFailedError, InputError } from '../core/errors.js';
import { appendAuditEntry, type AuditDecision, type NewAuditEntry } from '../core/compliance/audit-trail.js';
import { fairnessDecisions } from '../core/compliance/audit-decisions.js';
import { renderModelCard } from '../core/compliance/model-card.js';
import { isWritableName, formatStageTag, formatVersionTag } from '../core/registry/tag-name.js';
import { formatTagMessage, type TagMetadata } from '../core/registry/tag-metadata.js';
import { nextAssignmentNumber } from '../core/registry/registry-state.js';
import { auditTrailPath, committedArtifactPath, inputSchemaSha256, MAX_ASSET_BYTES, planStorage, versionDir, type Lineage, type RegistryManifest } from '../core/registry/registry-records.js';
import { planVersion, type VersionEvidence } from '../core/registry/version-plan.js';
import { registryFiles, type Evidence } from './registry-evidence.js';
import { readAuditTrail, readVersionFiles } from './registry-read.js';
import { publishChange } from './registry-publish.js';
import type { RegistryPorts } from './registry-ports.js';
import type { RegistryPolicy } from './registry-policy.js';
import { requireAllowedStage } from './registry-policy.js';

export interface PullRequestInfo {
  readonly number: number;
  readonly openedAt: string | null;
  readonly headSha: string | null;
  readonly author?: string | null;
  readonly mergedBy?: string | null;
  readonly mergedAt?: string | null;
}

export interface RegisterRequest {
  readonly evidence: Evidence;
  readonly policy: RegistryPolicy;
  readonly branch: string;
  /** Assign this stage in the same transaction (promote on merge assigns `staging`). */
  readonly stage?: string;
  readonly pullRequest?: PullRequestInfo;
  /** The commit the model was built from; defaults to the training card's commit, then the branch tip. */
  readonly sourceCommit?: string;
  readonly actor: string | null;
  readonly config?: { readonly path: string; readonly sha256: string } | null;
  /** Release asset shard size (tests use a small one); default just under 2 GiB. */
  readonly shardBytes?: number;
}

export interface RegisterResult {
  readonly schemaVersion: 1;
  readonly kind: 'mergeml.registry-register';
  readonly model: string;
  readonly version: string;
  readonly bump: 'initial' | 'major' | 'minor' | 'patch' | null;
  readonly reasons: readonly string[];
  readonly tags: readonly string[];
  readonly stage: string | null;
  readonly storage: 'commit' | 'release';
  /** False when this evidence was already registered (a re-run). */
  readonly created: boolean;
  readonly commit: string | null;
  readonly attempts: number;
  readonly manifest: RegistryManifest;
  readonly modelCard: string;
}

const json = (v: unknown): Uint8Array => new TextEncoder().encode(`${JSON.stringify(v, null, 2)}\n`);
const sha256 = (b: Uint8Array | string): string => createHash('sha256').update(b).digest('hex');

function metricDecisions(evidence: Evidence): AuditDecision[] {
  return evidence.gates.results.map((r) => ({
    kind: 'metric',
    name: r.metric,
    attributes: [],
    inputs: { greater_is_better: r.greater_is_better, champion: r.champion, delta: r.delta, p_value: r.p_value },
    threshold: r.gate.threshold ?? null,
    value: r.challenger,
    result: r.status,
    severity: r.severity,
    reasons: [...r.reasons],
  }));
}

/** The key that identifies this evidence: a retried job computes the same one. */
export function registrationKey(evidence: Evidence, pr: PullRequestInfo | undefined, sourceCommit: string | null): string {
  return sha256(JSON.stringify({ model: evidence.model, files: evidence.files.map((f) => [f.path, f.sha256]), metrics: sha256(evidence.metricsBytes), gates: sha256(evidence.gatesBytes), pr: pr?.number ?? null, head: pr?.headSha ?? null, sourceCommit }));
}

/** Registers (and optionally assigns a stage to) the next version of the evidence's model. */
export async function registerVersion(ports: RegistryPorts, request: RegisterRequest): Promise<RegisterResult> {
  const { evidence, policy } = request;
  const model = evidence.model;
  if (!isWritableName(model)) throw new InputError(`model name ${JSON.stringify(model)} cannot be written into a GTO tag`, [{ file: join(evidence.artifactDir, 'manifest.json'), path: 'model', message: JSON.stringify(model), expected: 'lowercase letters, digits and inner "-" (GTO\'s name rule)' }]);
  if (request.stage !== undefined) {
    requireAllowedStage(policy, request.stage);
    if (!evidence.gates.passed) throw new CheckFailedError(`refusing to promote ${model} to ${request.stage}: its gates failed (${evidence.gates.results.filter((r) => r.status === 'fail').map((r) => r.metric).join(', ') || 'see gates.json'}). Nothing was written.`);
  }
  ports.afterStep?.('verified');
  const cardCommit = (evidence.trainingCard?.['code'] as { commit?: unknown } | undefined)?.commit;
  const storage = planStorage(evidence.files, { binaries: policy.binaries, maxCommitBytes: policy.maxCommitBytes });
  const files = await registryFiles(evidence, storage, request.shardBytes ?? MAX_ASSET_BYTES);
  const inputSchemaSha = evidence.inputSchema === null ? null : inputSchemaSha256(evidence.inputSchema);
  let card = '';
  let manifestOut: RegistryManifest | undefined;

  type Planned = { version: string; bump: RegisterResult['bump']; reasons: readonly string[]; tags: string[] };
  const outcome = await publishChange<Planned>(ports, { branch: request.branch }, async ({ base, state }) => {
    const sourceCommit = request.sourceCommit ?? (typeof cardCommit === 'string' && /^[0-9a-f]{7,64}$/.test(cardCommit) ? cardCommit : base ?? null);
    const key = registrationKey(evidence, request.pullRequest, request.sourceCommit ?? (typeof cardCommit === 'string' ? cardCommit : null));
    const ms = state.models.find((m) => m.model === model);
    const existing = ms?.versions.find((v) => v.meta?.registrationKey === key);
    if (existing) {
      const files = await readVersionFiles(ports.git, model, existing.version, existing.commit);
      manifestOut = files.manifest;
      const cardBytes = await ports.git.readFile(existing.commit, `${versionDir(model, existing.version)}/model-card.md`);
      card = cardBytes === undefined ? '' : new TextDecoder().decode(cardBytes);
      const tags = [existing.tag, ...(ms?.assignments.filter((a) => a.version === existing.version && a.stage === request.stage).map((a) => a.tag) ?? [])];
      return { kind: 'done', result: { version: existing.version, bump: existing.meta?.bump ?? null, reasons: ['already registered by an earlier run with the same evidence'], tags } };
    }
    const latest = ms?.versions[ms.versions.length - 1];
    let previous: VersionEvidence | undefined;
    if (latest) previous = await readVersionFiles(ports.git, model, latest.version, latest.commit).catch(() => undefined);
    const manifest: RegistryManifest = { schemaVersion: 1, kind: 'mergeml.registry-manifest', model, version: '', files };
    const plan = planVersion(ms?.versions.map((v) => v.version) ?? [], previous, { manifest, lineage: { inputSchemaSha256: inputSchemaSha } });
    const version = plan.version;
    const dir = versionDir(model, version);
    if (base !== undefined && (await ports.git.listFiles(base, dir)).length > 0) {
      throw new InputError(`${dir} already exists on ${request.branch} but no tag ${formatVersionTag(model, version)} registers it`, [{ file: dir, message: 'a registry folder without its tag', expected: 'remove the folder or restore its tag (mergeml registry verify lists such problems); nothing was written' }]);
    }
    manifestOut = { ...manifest, version };
    const card0 = evidence.trainingCard;
    const data = (card0?.['data'] ?? {}) as Record<string, { file?: string; sha256?: string; rows?: number } | null>;
    const lineage: Lineage = {
      schemaVersion: 1, kind: 'mergeml.registry-lineage', model, version, sourceCommit,
      pullRequest: request.pullRequest ? { number: request.pullRequest.number, openedAt: request.pullRequest.openedAt, headSha: request.pullRequest.headSha } : null,
      data: Object.entries(data).filter(([, d]) => d !== null).map(([role, d]) => ({ role, file: d?.file ?? null, sha256: d?.sha256 ?? null, rows: d?.rows ?? null })),
      config: { path: request.config?.path ?? null, sha256: request.config?.sha256 ?? null, train: (card0?.['config'] as Record<string, unknown> | undefined)?.['train'] ?? null },
      backend: { name: ((card0?.['backend'] as { name?: string } | undefined)?.name) ?? null, device: ((card0?.['backend'] as { device?: string } | undefined)?.device) ?? null },
      trainer: typeof card0?.['trainer'] === 'string' ? card0['trainer'] : null,
      inputSchema: evidence.inputSchema, inputSchemaSha256: inputSchemaSha, metrics: { ...evidence.metrics }, gatesPassed: evidence.gates.passed,
    };
    card = renderModelCard({
      model: { name: model, version, description: null, task: evidence.inputSchema?.target?.task ?? null },
      intendedUse: null, outOfScopeUses: [],
      data: lineage.data.map((d) => ({ role: d.role, path: d.file ?? 'n/a', sha256: d.sha256, rows: d.rows })),
      metrics: Object.entries(evidence.metrics).map(([name, value]) => ({ name, value })),
      fairness: evidence.fairness?.fairness ?? null, compliance: evidence.fairness?.compliance.checks ?? [], limitations: [],
      lineage: { commit: sourceCommit, configPath: lineage.config.path, configSha256: lineage.config.sha256, backend: lineage.backend.name, seed: (card0?.['seed'] as number | undefined) ?? null, mergemlVersion: null },
      gates: evidence.gates.results.map((r) => ({ kind: 'metric', name: r.metric, status: r.status, reason: r.reasons.join('; ') })),
      generatedAt: ports.clock.now(),
    });
    const now = ports.clock.now();
    const pr = request.pullRequest;
    const decisions = [...metricDecisions(evidence), ...(evidence.fairness ? fairnessDecisions(evidence.fairness.fairness) : [])];
    const entry = (event: NewAuditEntry['event'], stage: string | null): NewAuditEntry => ({
      recorded_at: now, event, model, version, stage, commit: sourceCommit ?? (base as string), pull_request: pr?.number ?? null,
      proposed_by: pr?.author && pr.openedAt ? { login: pr.author, at: pr.openedAt } : null, approved_by: [],
      merged_by: pr?.mergedBy && pr.mergedAt ? { login: pr.mergedBy, at: pr.mergedAt } : null, decisions,
    });
    let trail = appendAuditEntry(await readAuditTrail(ports.git, model, base), entry('registered', null), auditTrailPath(model));
    if (request.stage !== undefined) trail = appendAuditEntry(trail, { ...entry('promoted', request.stage), decisions: [] }, auditTrailPath(model));
    const meta = (event: TagMetadata['event'], stage: string | null): TagMetadata => ({
      schemaVersion: 1, kind: 'mergeml.registry-event', event, model, version, stage, actor: request.actor, approver: null,
      pullRequest: lineage.pullRequest, sourceCommit, registrationKey: key, bump: plan.bump, rollbackOf: null, reason: null,
    });
    const tags = [{ name: formatVersionTag(model, version), message: formatTagMessage(`Register ${model} ${version} (${plan.bump})`, meta('register', null)) }];
    if (request.stage !== undefined) tags.push({ name: formatStageTag(model, request.stage, nextAssignmentNumber(ms)), message: formatTagMessage(`Assign ${model} ${version} to ${request.stage}`, meta('assign', request.stage)) });
    const out = [
      { path: `${dir}/manifest.json`, data: { bytes: json(manifestOut) } },
      { path: `${dir}/metrics.json`, data: { bytes: evidence.metricsBytes } },
      { path: `${dir}/gates.json`, data: { bytes: evidence.gatesBytes } },
      ...(evidence.fairnessBytes ? [{ path: `${dir}/fairness.json`, data: { bytes: evidence.fairnessBytes } }] : []),
      { path: `${dir}/lineage.json`, data: { bytes: json(lineage) } },
      { path: `${dir}/model-card.md`, data: { bytes: new TextEncoder().encode(card) } },
      { path: auditTrailPath(model), data: { bytes: json(trail) } },
      ...(storage === 'commit' ? files.map((f) => ({ path: committedArtifactPath(model, version, f.path), data: { file: join(evidence.artifactDir, f.path) } })) : []),
    ];
    return { kind: 'change', change: { files: out, tags, commitMessage: `registry: register ${model} ${version}${request.stage ? ` and assign ${request.stage}` : ''}\n\n${plan.reasons.join('\n')}\n`, result: { version, bump: plan.bump, reasons: plan.reasons, tags: tags.map((t) => t.name) } } };
  });
  return {
    schemaVersion: 1, kind: 'mergeml.registry-register', model, version: outcome.result.version, bump: outcome.result.bump, reasons: outcome.result.reasons,
    tags: outcome.result.tags, stage: request.stage ?? null, storage, created: outcome.published, commit: outcome.commit ?? null, attempts: outcome.attempts,
    manifest: manifestOut as RegistryManifest, modelCard: card,
  };
}
