/** Registry versions: `v<major>.<minor>.<patch>` (GTO's form; no pre-release or build parts). Pure. */

export interface Semver {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

export type Bump = 'major' | 'minor' | 'patch';

const PATTERN = /^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

/** Parses `v1.2.3`; undefined for anything else. */
export function parseSemver(text: string): Semver | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
}

/** `v1.2.3`. */
export function formatSemver(v: Semver): string {
  return `v${v.major}.${v.minor}.${v.patch}`;
}

/** Orders versions ascending (negative when a < b). */
export function compareSemver(a: Semver, b: Semver): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** Sorts version strings ascending; unparseable ones are dropped. */
export function sortVersions(versions: readonly string[]): string[] {
  return versions.flatMap((v) => { const p = parseSemver(v); return p ? [{ v, p }] : []; }).sort((a, b) => compareSemver(a.p, b.p)).map((x) => x.v);
}

/** The next version after `v` for a bump. */
export function bumpSemver(v: Semver, bump: Bump): Semver {
  if (bump === 'major') return { major: v.major + 1, minor: 0, patch: 0 };
  if (bump === 'minor') return { major: v.major, minor: v.minor + 1, patch: 0 };
  return { major: v.major, minor: v.minor, patch: v.patch + 1 };
}
