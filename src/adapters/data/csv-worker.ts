// Worker-thread entry (bundled as dist/cli/csv-worker.js): runs the registered consumers over one byte range
// of a CSV file and posts their mergeable states back. Lines are relative to the range (line 1 = its start).
import { parentPort, workerData } from 'node:worker_threads';
import { runCsvRange, type RangeJob } from './csv-range-pass.js';

parentPort?.postMessage(runCsvRange(workerData as RangeJob));
