// Publishes the reusable workflows: reusable/<name>.yml (the source of truth) → .github/workflows/<name>.yml,
// byte for byte, so callers can `uses: mergeml/mergeml/.github/workflows/<name>.yml@<sha>`.
// `--check` only reports differences (exit 1); test/workflows/sync.test.ts runs the same comparison.
// `--pin` (release step) points the starter workflows at the last commit that changed reusable/.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'reusable');
const target = join(root, '.github', 'workflows');
const PUBLISHED = /^mergeml-[a-z-]+\.yml$/;

/** Differences between reusable/ and its published copies: missing, different or stale files. */
export function workflowDrift(): string[] {
  const wanted = readdirSync(source).filter((f) => PUBLISHED.test(f)).sort();
  const present = existsSync(target) ? readdirSync(target).filter((f) => PUBLISHED.test(f)) : [];
  const drift: string[] = [];
  for (const name of wanted) {
    const copy = join(target, name);
    if (!existsSync(copy)) drift.push(`.github/workflows/${name} is missing`);
    else if (readFileSync(copy, 'utf8') !== readFileSync(join(source, name), 'utf8')) drift.push(`.github/workflows/${name} differs from reusable/${name}`);
  }
  for (const name of present.filter((n) => !wanted.includes(n))) drift.push(`.github/workflows/${name} has no source in reusable/`);
  return drift;
}

function sync(): void {
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source).filter((f) => PUBLISHED.test(f))) {
    const tmp = join(target, `.${name}.tmp`);
    writeFileSync(tmp, readFileSync(join(source, name)));
    renameSync(tmp, join(target, name));
  }
  for (const name of readdirSync(target).filter((f) => PUBLISHED.test(f) && !existsSync(join(source, f)))) rmSync(join(target, name));
}

/** Points the starters' `uses:` at the last commit that changed reusable/, with the package version. */
function pinStarters(): void {
  const sha = execFileSync('git', ['log', '-1', '--format=%H', '--', 'reusable'], { cwd: root, encoding: 'utf8' }).trim();
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const dir = join(root, 'workflows');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    writeFileSync(join(dir, name), text.replace(/(uses: mergeml\/mergeml\/\.github\/workflows\/[a-z-]+\.yml)@[0-9a-f]{40} # v[0-9.]+/g, `$1@${sha} # v${version}`));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--pin')) {
    pinStarters();
    console.log('pinned workflows/ to the last commit of reusable/');
    process.exit(0);
  }
  if (process.argv.includes('--check')) {
    const drift = workflowDrift();
    for (const d of drift) console.error(d);
    process.exit(drift.length > 0 ? 1 : 0);
  }
  sync();
  console.log('published reusable/ → .github/workflows/');
}
