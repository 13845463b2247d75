// Worker-thread entry (bundled as dist/cli/csv-worker.js): runs the registered consumers over one byte range
// of a CSV file and posts their mergeable states back. Lines are relative to the range (line 1 = its start).
// The range comes as workerData, or as the first message to a worker started ahead (prewarmParallelPass).
import { parentPort, workerData } from 'node:worker_threads';
import { runCsvRange, type RangeJob } from './csv-range-pass.js';

const run = (job: RangeJob) => parentPort?.postMessage(runCsvRange(job));
if (workerData !== null && workerData !== undefined) run(workerData as RangeJob);
else parentPort?.once('message', run);
