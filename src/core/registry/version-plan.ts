/**
 * The next version of a model: major when the input schema changed, minor when the model was retrained
 * (any artifact's sha256 changed), patch when only metadata changed; v1.0.0 first. Pure.
 */
import type { Lineage, RegistryManifest } from './registry-records.js';
import { bumpSemver, formatSemver, parseSemver, type Bump } from './semver.js';

export interface VersionEvidence {
  readonly manifest: RegistryManifest | Pick<RegistryManifest, 'files'>;
  readonly lineage: Pick<Lineage, 'inputSchemaSha256'>;
}

export interface VersionPlan {
  readonly version: string;
  readonly bump: Bump | 'initial';
  readonly reasons: readonly string[];
}

/** Decides the bump from the latest registered version's evidence (undefined when it has no readable record). */
export function planBump(previous: VersionEvidence | undefined, next: VersionEvidence): { bump: Bump; reasons: string[] } {
  if (previous === undefined) return { bump: 'minor', reasons: ['the previous version has no registry record to compare with: treated as retrained'] };
  const before = previous.lineage.inputSchemaSha256;
  const after = next.lineage.inputSchemaSha256;
  if (before === null || after === null) {
    if (before !== after) return { bump: 'major', reasons: ['the input schema is known for only one of the two versions'] };
  } else if (before !== after) return { bump: 'major', reasons: ['the input schema (features or target) changed'] };
  const old = new Map(previous.manifest.files.map((f) => [f.path, f.sha256]));
  const changed = next.manifest.files.filter((f) => old.get(f.path) !== f.sha256).map((f) => f.path);
  const removed = previous.manifest.files.filter((f) => !next.manifest.files.some((n) => n.path === f.path)).map((f) => f.path);
  if (changed.length > 0 || removed.length > 0) return { bump: 'minor', reasons: [`retrained: ${[...changed.map((p) => `${p} changed`), ...removed.map((p) => `${p} removed`)].join(', ')}`] };
  return { bump: 'patch', reasons: ['same model files and input schema: metadata only'] };
}

/** The version to register: one bump above the highest existing version (v1.0.0 when there is none). */
export function planVersion(existing: readonly string[], previous: VersionEvidence | undefined, next: VersionEvidence): VersionPlan {
  const parsed = existing.map(parseSemver).filter((v) => v !== undefined);
  if (parsed.length === 0) return { version: 'v1.0.0', bump: 'initial', reasons: ['first version of the model'] };
  const highest = parsed.reduce((a, b) => (a.major - b.major || a.minor - b.minor || a.patch - b.patch) >= 0 ? a : b);
  const { bump, reasons } = planBump(previous, next);
  return { version: formatSemver(bumpSemver(highest, bump)), bump, reasons };
}
