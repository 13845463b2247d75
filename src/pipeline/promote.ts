/**
 * Assigns a stage to a registered version: a new `<model>#<stage>#<n>` tag at the version's commit (GTO
 * resolves the version from it) plus an audit entry on the branch, published atomically. A version whose
 * recorded gates failed is refused (exit 1) and a stage the policy does not list is a usage error (exit
 * 2); in both cases nothing is written.
 */
import { CheckFailedError } from '../core/errors.js';
import { appendAuditEntry } from '../core/compliance/audit-trail.js';
import { formatStageTag } from '../core/registry/tag-name.js';
import { formatTagMessage, type TagMetadata } from '../core/registry/tag-metadata.js';
import { nextAssignmentNumber, type ModelState } from '../core/registry/registry-state.js';
import { auditTrailPath } from '../core/registry/registry-records.js';
import { gatesPassed, readAuditTrail, readVersionFiles, requireModel, requireVersion } from './registry-read.js';
import { publishChange } from './registry-publish.js';
import type { RegistryPorts } from './registry-ports.js';
import { requireAllowedStage, type RegistryPolicy } from './registry-policy.js';

export interface StageRequest {
  readonly model: string;
  readonly stage: string;
  readonly policy: RegistryPolicy;
  readonly branch: string;
  readonly actor: string | null;
  readonly approver: string;
  readonly reason?: string;
}

export interface StageResult {
  readonly schemaVersion: 1;
  readonly kind: 'mergeml.registry-stage';
  readonly event: 'assign' | 'rollback';
  readonly model: string;
  readonly stage: string;
  readonly version: string;
  /** The version at the stage before (null when none). */
  readonly previous: string | null;
  readonly tag: string;
  /** False when the version was already at the stage (a re-run): nothing was written. */
  readonly created: boolean;
  readonly commit: string | null;
  readonly attempts: number;
}

/** Publishes one stage assignment of `pick(state)`'s version, re-planned on conflict. */
export async function assignStage(ports: RegistryPorts, request: StageRequest, event: 'assign' | 'rollback', pick: (state: ModelState) => Promise<string>): Promise<StageResult> {
  requireAllowedStage(request.policy, request.stage);
  const { model, stage } = request;
  const outcome = await publishChange(ports, { branch: request.branch }, async ({ base, state }) => {
    const ms = requireModel(state, model);
    const version = await pick(ms);
    const v = requireVersion(ms, version);
    const current = ms.stages[stage];
    // A re-run (e.g. after a crash right after the push) finds its assignment and changes nothing.
    if (event === 'assign' && current?.version === v.version) return { kind: 'done', result: { version: v.version, previous: v.version, tag: current.tag } };
    const files = await readVersionFiles(ports.git, model, v.version, v.commit);
    if (!gatesPassed(files)) throw new CheckFailedError(`refusing to assign ${model} ${v.version} to ${stage}: the gates recorded for this version failed (registry/${model}/${v.version}/gates.json). Nothing was written.`);
    ports.afterStep?.('verified');
    const previous = ms.stages[stage]?.version ?? null;
    const number = nextAssignmentNumber(ms);
    const tag = formatStageTag(model, stage, number);
    const now = ports.clock.now();
    const trail = appendAuditEntry(await readAuditTrail(ports.git, model, base), {
      recorded_at: now, event: event === 'rollback' ? 'rolled_back' : 'promoted', model, version: v.version, stage,
      commit: files.lineage.sourceCommit ?? v.commit, pull_request: files.lineage.pullRequest?.number ?? null, proposed_by: null,
      approved_by: [{ login: request.approver, at: now }], merged_by: null, decisions: [],
    }, auditTrailPath(model));
    const meta: TagMetadata = {
      schemaVersion: 1, kind: 'mergeml.registry-event', event, model, version: v.version, stage, actor: request.actor, approver: request.approver,
      pullRequest: files.lineage.pullRequest, sourceCommit: files.lineage.sourceCommit, registrationKey: null, bump: null,
      rollbackOf: event === 'rollback' ? previous : null, reason: request.reason ?? null,
    };
    const subject = event === 'rollback' ? `Roll back ${model} ${stage} from ${previous} to ${v.version}` : `Assign ${model} ${v.version} to ${stage}`;
    return {
      kind: 'change',
      change: {
        files: [{ path: auditTrailPath(model), data: { bytes: new TextEncoder().encode(`${JSON.stringify(trail, null, 2)}\n`) } }],
        tags: [{ name: tag, target: v.commit, message: formatTagMessage(subject, meta) }],
        commitMessage: `registry: ${subject.charAt(0).toLowerCase()}${subject.slice(1)}\n\nApproved by ${request.approver}.${request.reason ? `\nReason: ${request.reason}` : ''}\n`,
        result: { version: v.version, previous, tag },
      },
    };
  });
  return { schemaVersion: 1, kind: 'mergeml.registry-stage', event, model, stage, ...outcome.result, created: outcome.published, commit: outcome.commit ?? null, attempts: outcome.attempts };
}

/** `mergeml registry promote <model> --version v --stage s`: records the assignment with its approver. */
export async function promote(ports: RegistryPorts, request: StageRequest & { readonly version: string }): Promise<StageResult> {
  return assignStage(ports, request, 'assign', async (ms) => requireVersion(ms, request.version).version);
}
