import type { MergeableConsumer } from '../data/record-batch.js';
import { InternalError } from '../errors.js';
import type { DataCheckConfig } from '../policy/data-checks-schema.js';
import { isMergeable } from './check-definition.js';
import type { CheckResult } from './check-result.js';
import { DATA_CHECK_REGISTRY } from './registry.js';

/** What a worker thread needs to rebuild a validate run's checks: their policy entries (plain data). */
export interface CheckSetConfig {
  readonly checks: readonly DataCheckConfig[];
}

/**
 * The checks of `config` as one mergeable consumer (one result list per entry, in order), or undefined when
 * any of them is not a registered DV check or cannot merge exactly: such a run must stay sequential. Checks
 * that need a reference (Evidently defaults) are not built here: their context does not cross threads.
 */
export function checkSetConsumer(config: CheckSetConfig): MergeableConsumer<unknown[], CheckResult[][]> | undefined {
  const consumers: MergeableConsumer<unknown, CheckResult[]>[] = [];
  for (const entry of config.checks) {
    const registered = DATA_CHECK_REGISTRY.find((c) => c.name === entry.check);
    if (registered === undefined) return undefined;
    const consumer = registered.create(entry, {});
    if (!isMergeable(consumer)) return undefined;
    consumers.push(consumer);
  }
  return {
    consume(batch) {
      for (const c of consumers) c.consume(batch);
    },
    state: () => consumers.map((c) => c.state()),
    merge(states, lineOffset) {
      if (states.length !== consumers.length) throw new InternalError('check states of a parallel pass do not line up');
      consumers.forEach((c, k) => c.merge(states[k], lineOffset));
    },
    finish: () => consumers.map((c) => c.finish()),
  };
}
