import { availableParallelism } from 'node:os';
import type { ReadOptions } from '../../core/data/read-options.js';
import type { DataProfile } from '../../core/profile/profile-result.js';
import { runParallelPass } from './parallel-pass.js';

/** Profiles a data file in one pass, on every core for large CSV files (see runParallelPass). */
export async function profileFile(path: string, options: ReadOptions = {}, threads = availableParallelism(), minPartBytes?: number): Promise<DataProfile> {
  // The profile never keeps a batch after consume(), so the pass may reuse its buffers.
  const pass = await runParallelPass(path, options, [{ kind: 'profile' }], { threads, reuseBatches: true, ...(minPartBytes !== undefined ? { minPartBytes } : {}) });
  return pass.results[0] as DataProfile;
}
