// Issue 3 performance: `mergeml profile` (+ `mergeml validate` with a contract, when that command exists)
// against DuckDB's SUMMARIZE on a credit-shaped CSV, side by side in the same run, at N and 2N rows.
// Usage: npm run bench profile [-- --rows=10000000] [--repeat=3]   (the doubling pair is rows and 2×rows)
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDataDir, ensureCreditCsv } from './credit-data.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'mergeml.js');
const rowsArg = process.argv.find((a) => a.startsWith('--rows='));
const rows = rowsArg ? Number(rowsArg.slice(7)) : 10_000_000;
// Rounds of the four runs, interleaved (DuckDB, profile, validate, one pass, then again): each figure is the
// median over the rounds, so one slow moment of a shared machine does not decide a ratio.
const repeatArg = process.argv.find((a) => a.startsWith('--repeat='));
const repeat = Math.max(1, repeatArg ? Number(repeatArg.slice(9)) : 3);

interface Run {
  readonly label: string;
  readonly seconds: number;
  readonly maxRssMb: number;
  /** User + system CPU seconds of the child: less sensitive than wall time to other load on the machine. */
  readonly cpuSeconds: number;
  readonly status: number | null;
}

/** Runs a command under /usr/bin/time to get the child's wall time and peak RSS (what the issue bounds). */
function measure(label: string, command: string[]): Run {
  const r = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %M %U %S', ...command], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const m = /__TIME__ ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (!m) throw new Error(`${label}: could not measure (${r.stderr.slice(0, 500)})`);
  if (r.status !== 0 && r.status !== 1) console.log(`  ! ${label} exited ${r.status}: ${r.stderr.split('\n').slice(0, 3).join(' | ')}`);
  return { label, seconds: Number(m[1]), maxRssMb: Number(m[2]) / 1024, cpuSeconds: Number(m[3]) + Number(m[4]), status: r.status };
}

function validateHelp(): string | undefined {
  const r = spawnSync(process.execPath, [cli, 'validate', '--help'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout : undefined;
}

function contractFor(): string | undefined {
  const out = join(benchDataDir, 'credit-contract.yaml');
  if (existsSync(out)) return out;
  const r = spawnSync(process.execPath, [cli, 'schema', 'infer', '--data', join(root, 'test/fixtures/data/credit_data.csv'), '--null-value', 'NA', '--out', out], { encoding: 'utf8' });
  return r.status === 0 && existsSync(out) ? out : undefined;
}

/** Median wall and CPU time of several runs of one command (each separately), and their largest peak RSS. */
function median(runs: readonly Run[]): Run {
  const mid = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
  };
  const first = runs[0] as Run;
  return { label: first.label, seconds: mid(runs.map((r) => r.seconds)), cpuSeconds: mid(runs.map((r) => r.cpuSeconds)), maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)), status: first.status };
}

const row = (cells: (string | number)[]): string => cells.map((c, i) => String(c).padStart(i === 0 ? 36 : 10)).join(' ');
console.log(`cores: ${availableParallelism()}, load average: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other processes skew wall times)`);
const help = validateHelp();
const validate = help !== undefined;
// validate --profile runs the ProfileConsumer beside the checks in the same pass (one read of the file).
const onePass = help?.includes('--profile') ?? false;
const contract = validate ? contractFor() : undefined;
console.log(`validate: ${validate ? (contract ? `included (contract ${contract})` : 'present, but `schema infer` failed: validate runs without a contract') : 'not included (no `mergeml validate` command in this build)'}`);

const summary: { rows: number; profileRss: number; validateRss: number | undefined; duckRss: number }[] = [];
for (const n of [rows, rows * 2]) {
  const file = ensureCreditCsv(n);
  const mb = statSync(file).size / 1e6;
  console.log(`\n${file}: ${n.toLocaleString('en-US')} rows, ${mb.toFixed(0)} MB`);
  console.log(row(['run', 'wall s', 'MB/s', 'Mrows/s', 'peak RSS MB', 'CPU s']));
  const rounds: { duck: Run; prof: Run; val: Run | undefined; both: Run | undefined }[] = [];
  for (let r = 0; r < repeat; r++) {
    const duck = measure('DuckDB SUMMARIZE read_csv', [process.execPath, '--import', 'tsx', join(root, 'bench/duckdb-summarize.ts'), file]);
    const prof = measure('mergeml profile', [process.execPath, cli, 'profile', '--data', file, '--null', 'NA', '--json', '/dev/null']);
    const val = validate ? measure('mergeml validate', [process.execPath, cli, 'validate', '--data', file, ...(contract ? ['--contract', contract] : []), '--null-value', 'NA', '--json', '/dev/null']) : undefined;
    const both = onePass ? measure('mergeml validate --profile (1 pass)', [process.execPath, cli, 'validate', '--data', file, ...(contract ? ['--contract', contract] : []), '--null-value', 'NA', '--profile', '--json', '/dev/null']) : undefined;
    rounds.push({ duck, prof, val, both });
    const ratio = (prof.seconds + (val?.seconds ?? 0)) / duck.seconds;
    console.log(`  round ${r + 1}/${repeat}: DuckDB ${duck.seconds.toFixed(2)} s, profile ${prof.seconds.toFixed(2)} s${val ? `, validate ${val.seconds.toFixed(2)} s` : ''}${both ? `, one pass ${both.seconds.toFixed(2)} s` : ''}: ratio ${ratio.toFixed(2)}`);
  }
  const duck = median(rounds.map((x) => x.duck));
  const prof = median(rounds.map((x) => x.prof));
  const val = validate ? median(rounds.map((x) => x.val as Run)) : undefined;
  const both = onePass ? median(rounds.map((x) => x.both as Run)) : undefined;
  console.log(`median of ${repeat} round${repeat === 1 ? '' : 's'} (peak RSS: the largest):`);
  for (const run of [duck, prof, ...(val ? [val] : []), ...(both ? [both] : [])]) console.log(row([run.label, run.seconds.toFixed(2), (mb / run.seconds).toFixed(0), (n / run.seconds / 1e6).toFixed(2), run.maxRssMb.toFixed(0), run.cpuSeconds.toFixed(2)]));
  const ours = prof.seconds + (val?.seconds ?? 0);
  console.log(`ratio (mergeml profile${val ? ' + validate' : ''}) / DuckDB = ${(ours / duck.seconds).toFixed(2)} wall (target ≤ 0.50); profile alone ${(prof.seconds / duck.seconds).toFixed(2)}`);
  const oursCpu = prof.cpuSeconds + (val?.cpuSeconds ?? 0);
  if (both) console.log(`ratio (mergeml validate --profile, one pass) / DuckDB = ${(both.seconds / duck.seconds).toFixed(2)} wall, ${(both.cpuSeconds / duck.cpuSeconds).toFixed(2)} CPU time`);
  console.log(`CPU-time ratio (mergeml profile${val ? ' + validate' : ''}) / DuckDB = ${(oursCpu / duck.cpuSeconds).toFixed(2)}; profile alone ${(prof.cpuSeconds / duck.cpuSeconds).toFixed(2)}`);
  summary.push({ rows: n, profileRss: prof.maxRssMb, validateRss: val?.maxRssMb, duckRss: duck.maxRssMb });
}
const [a, b] = summary;
if (a && b) {
  const rss = (label: string, x: number | undefined, y: number | undefined): string =>
    x === undefined || y === undefined ? '' : `\n  ${label.padEnd(17)} ${x.toFixed(0)} MB at ${a.rows.toLocaleString('en-US')} rows -> ${y.toFixed(0)} MB at ${b.rows.toLocaleString('en-US')} rows (x${(y / x).toFixed(2)})`;
  console.log(`\npeak RSS when the file doubles (target ≤ 200 MB and flat):${rss('mergeml profile', a.profileRss, b.profileRss)}${rss('mergeml validate', a.validateRss, b.validateRss)}${rss('DuckDB', a.duckRss, b.duckRss)}`);
}
