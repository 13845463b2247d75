import type { ReadOptions } from '../core/data/read-options.js';
import type { DataProfile } from '../core/profile/profile-result.js';
import { profileFile } from '../adapters/data/parallel-profile.js';

export interface ProfileRequest {
  readonly data: string;
  readonly read?: ReadOptions;
  /** Threads to use; by default one per available core. */
  readonly threads?: number;
}

/** The profile use-case: one streaming pass over the data file (split across cores for large CSV files). */
export async function profileData(request: ProfileRequest, profiler: typeof profileFile = profileFile): Promise<DataProfile> {
  return profiler(request.data, request.read ?? {}, request.threads);
}
