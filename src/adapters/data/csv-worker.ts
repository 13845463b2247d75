// Worker-thread entry (bundled as dist/cli/csv-worker.js): profiles one byte range of a CSV file and
// posts the mergeable profile state back. Lines are relative to the range (line 1 = its first record).
import { parentPort, workerData } from 'node:worker_threads';
import { profileCsvRange, type RangeJob } from './csv-range-profile.js';

const job = workerData as RangeJob;
parentPort?.postMessage(profileCsvRange(job));
