/**
 * 10 million binary predictions with two group columns: the full binary metric set (all scalar metrics,
 * confusion matrix, ROC / PR / calibration curves) plus the scalar metrics per group, in MergeML and in
 * scikit-learn on the same arrays, in the same run. Both sides are timed on in-memory arrays (file
 * parsing excluded on both sides); values must agree to 1e-9. Prints both wall times, their ratio and
 * MergeML's peak RSS.
 *
 *   node --import tsx bench/metrics.bench.ts [rows]      (default 10000000; MERGEML_BENCH_ROWS also works)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRandom } from '../src/core/random/xoshiro128.js';
import { binaryMetricsReport } from '../src/core/metrics/metrics-report.js';
import type { GroupColumn } from '../src/core/metrics/binary-data.js';

const rows = Number(process.argv[2] ?? process.env['MERGEML_BENCH_ROWS'] ?? 10_000_000);
const G1 = 5;
const G2 = 50;
const python = '/usr/bin/python3';

function generate(n: number) {
  const random = createRandom(20261123);
  const labels = new Uint8Array(n);
  const scores = new Float64Array(n);
  const preds = new Uint8Array(n);
  const g1 = new Int32Array(n);
  const g2 = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const y = random.nextFloat() < 0.3 ? 1 : 0;
    // Rounded to 1e-6 so that tied scores occur, as they do with real models.
    const s = Math.round((0.3 * y + 0.7 * random.nextFloat()) * 1e6) / 1e6;
    labels[i] = y;
    scores[i] = s;
    preds[i] = s >= 0.5 ? 1 : 0;
    g1[i] = random.nextBelow(G1);
    g2[i] = random.nextBelow(G2);
  }
  return { labels, scores, preds, g1, g2 };
}

const data = generate(rows);
const groups: GroupColumn[] = [
  { name: 'g1', codes: data.g1, values: Array.from({ length: G1 }, (_, i) => String(i)) },
  { name: 'g2', codes: data.g2, values: Array.from({ length: G2 }, (_, i) => String(i)) },
];

const t0 = performance.now();
const c0 = process.cpuUsage();
const report = binaryMetricsReport({ labels: data.labels, scores: data.scores, preds: data.preds, probabilities: true }, { calibrationBins: 5, curvePoints: 101, groups, source: {} });
const mergemlSeconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
const mergemlCpuSeconds = (cpu.user + cpu.system) / 1e6;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(`rows: ${rows}, groups: g1 (${G1} values), g2 (${G2} values)`);
console.log(`load average: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs (wall times are only comparable on an idle machine; CPU times are printed too)`);
console.log(`mergeml:      ${mergemlSeconds.toFixed(3)} s wall, ${mergemlCpuSeconds.toFixed(3)} s CPU   (peak RSS of the whole bench process ${peakRssMb.toFixed(0)} MB, incl. the generated data)`);

const sklearnAvailable = existsSync(python) && spawnSync(python, ['-c', 'import sklearn'], { encoding: 'utf8' }).status === 0;
if (!sklearnAvailable) {
  console.log('scikit-learn: skipped (no /usr/bin/python3 with sklearn; apt-get install -y python3-sklearn)');
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'mergeml-metrics-bench-'));
try {
  const bytes = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  writeFileSync(join(dir, 'labels.u8'), bytes(data.labels));
  writeFileSync(join(dir, 'scores.f64'), bytes(data.scores));
  writeFileSync(join(dir, 'preds.u8'), bytes(data.preds));
  writeFileSync(join(dir, 'g1.i32'), bytes(data.g1));
  writeFileSync(join(dir, 'g2.i32'), bytes(data.g2));
  const run = spawnSync(python, [new URL('./metrics_sklearn.py', import.meta.url).pathname, dir, String(rows)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`scikit-learn side failed:\n${run.stderr}`);
  const sk = JSON.parse(run.stdout) as { seconds: number; cpu_seconds: number; overall: Record<string, number | number[]>; by_group: Record<string, Record<string, Record<string, number | number[]>>> };
  console.log(`scikit-learn: ${sk.seconds.toFixed(3)} s wall, ${sk.cpu_seconds.toFixed(3)} s CPU`);
  console.log(`ratio mergeml / scikit-learn: ${(mergemlSeconds / sk.seconds).toFixed(3)} wall, ${(mergemlCpuSeconds / sk.cpu_seconds).toFixed(3)} CPU (target <= 0.2)`);
  let worst = 0;
  let compared = 0;
  const check = (ours: Readonly<Record<string, number | null>>, cm: { tn: number; fp: number; fn: number; tp: number } | undefined, theirs: Record<string, number | number[]>, where: string) => {
    for (const [name, value] of Object.entries(theirs)) {
      if (name === 'confusion_matrix') {
        const got = [cm!.tn, cm!.fp, cm!.fn, cm!.tp];
        if (got.join() !== (value as number[]).join()) throw new Error(`${where} confusion matrix ${got} vs ${value}`);
        continue;
      }
      const diff = Math.abs((ours[name] ?? NaN) - (value as number));
      if (!(diff <= 1e-9)) throw new Error(`${where} ${name}: ${ours[name]} vs scikit-learn ${value}`);
      worst = Math.max(worst, diff);
      compared++;
    }
  };
  check(report.overall.metrics, report.overall.confusion_matrix, sk.overall, 'overall');
  for (const g of report.groups) for (const slice of g.groups) check(slice.metrics, slice.confusion_matrix, sk.by_group[g.column]![slice.value]!, `${g.column}=${slice.value}`);
  console.log(`values: ${compared} metric values equal to scikit-learn's within 1e-9 (largest difference ${worst.toExponential(2)})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
