/** Builds `validate` options for one split of a loaded model: contract, policy data checks, drift, proxies. */
import { relative } from 'node:path';
import type { DriftOptions } from '../../core/drift/drift-report.js';
import type { LoadedModel } from '../load-project.js';
import type { ValidateOptions } from '../validate.js';

/** A name for messages: relative to cwd when inside it, else the absolute path. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

function driftOptions(model: LoadedModel): DriftOptions | undefined {
  const d = model.policy.drift;
  if (!d) return undefined;
  return {
    stattest: d.stattest ?? 'auto',
    driftShare: d.drift_share ?? 0.5,
    severity: d.severity ?? 'warning',
    ...(d.threshold !== undefined ? { threshold: d.threshold } : {}),
    ...(d.columns ? { columns: d.columns } : {}),
  } as DriftOptions;
}

/**
 * The train split is checked with proxy strength against the protected attributes (what the model learns
 * from); the test split is checked and compared with the reference for drift. Returns undefined when the
 * model has no data for the split.
 */
export function validateOptionsFor(model: LoadedModel, split: 'train' | 'test', cwd: string): ValidateOptions | undefined {
  const data = model.data.find((d) => d.role === split);
  if (data === undefined) return undefined;
  const reference = split === 'test' ? model.data.find((d) => d.role === 'reference') : undefined;
  const d = model.config.data;
  const policy = model.policy;
  const drift = driftOptions(model);
  return {
    data: { path: data.path, file: data.file },
    read: { ...(d.format ? { format: d.format } : {}), ...(d.delimiter ? { delimiter: d.delimiter } : {}), ...(d.null_values ? { nullValues: d.null_values } : {}) },
    ...(model.contract !== undefined ? { contract: { path: model.contract, file: model.contractFile ?? displayPath(model.contract, cwd) } } : {}),
    checks: policy.data_checks,
    policies: policy.names,
    ...(reference ? { reference: { path: reference.path, file: reference.file } } : {}),
    ...(drift ? { drift } : {}),
    label: model.config.target,
    features: model.config.features,
    ...(split === 'train' ? { protected: model.config.protected.map((p) => ({ column: p.column, basis: p.basis })) } : {}),
    ...(policy.proxies ? { proxies: policy.proxies } : {}),
  };
}
