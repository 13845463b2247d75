/** What changed between two registered versions: metrics, data, config, input schema, artifacts. Pure. */
import type { Lineage, RegistryManifest } from './registry-records.js';

export interface VersionRecord {
  readonly version: string;
  readonly manifest: RegistryManifest;
  readonly lineage: Lineage;
}

export interface VersionDiff {
  readonly schemaVersion: 1;
  readonly kind: 'mergeml.registry-diff';
  readonly model: string;
  readonly from: string;
  readonly to: string;
  readonly metrics: readonly { readonly metric: string; readonly from: number | null; readonly to: number | null; readonly change: number | null }[];
  readonly data: readonly { readonly role: string; readonly from: string | null; readonly to: string | null; readonly changed: boolean }[];
  readonly config: { readonly from: string | null; readonly to: string | null; readonly changed: boolean };
  readonly inputSchemaChanged: boolean;
  readonly sourceCommit: { readonly from: string | null; readonly to: string | null };
  readonly backend: { readonly from: string | null; readonly to: string | null };
  readonly files: readonly { readonly path: string; readonly status: 'added' | 'removed' | 'changed' | 'unchanged' }[];
}

const keys = <T>(a: Iterable<T>, b: Iterable<T>): T[] => [...new Set([...a, ...b])];

/** Diffs two versions of one model (`to` minus `from`). */
export function diffVersions(model: string, from: VersionRecord, to: VersionRecord): VersionDiff {
  const metrics = keys(Object.keys(from.lineage.metrics), Object.keys(to.lineage.metrics)).sort().map((metric) => {
    const a = from.lineage.metrics[metric] ?? null;
    const b = to.lineage.metrics[metric] ?? null;
    return { metric, from: a, to: b, change: a === null || b === null ? null : b - a };
  });
  const dataOf = (l: Lineage) => new Map(l.data.map((d) => [d.role, d.sha256]));
  const fd = dataOf(from.lineage);
  const td = dataOf(to.lineage);
  const data = keys(fd.keys(), td.keys()).map((role) => ({ role, from: fd.get(role) ?? null, to: td.get(role) ?? null, changed: (fd.get(role) ?? null) !== (td.get(role) ?? null) }));
  const ff = new Map(from.manifest.files.map((f) => [f.path, f.sha256]));
  const tf = new Map(to.manifest.files.map((f) => [f.path, f.sha256]));
  const files = keys(ff.keys(), tf.keys()).sort().map((path) => ({
    path,
    status: !ff.has(path) ? ('added' as const) : !tf.has(path) ? ('removed' as const) : ff.get(path) === tf.get(path) ? ('unchanged' as const) : ('changed' as const),
  }));
  return {
    schemaVersion: 1,
    kind: 'mergeml.registry-diff',
    model,
    from: from.version,
    to: to.version,
    metrics,
    data,
    config: { from: from.lineage.config.sha256, to: to.lineage.config.sha256, changed: from.lineage.config.sha256 !== to.lineage.config.sha256 },
    inputSchemaChanged: from.lineage.inputSchemaSha256 !== to.lineage.inputSchemaSha256,
    sourceCommit: { from: from.lineage.sourceCommit, to: to.lineage.sourceCommit },
    backend: { from: from.lineage.backend.name, to: to.lineage.backend.name },
    files,
  };
}
