import type { MergeableConsumer } from '../../core/data/record-batch.js';
import { checkSetConsumer, type CheckSetConfig } from '../../core/checks/check-set-consumer.js';
import { columnOverviewConsumer } from '../../core/checks/column-overview.js';
import { ProfileConsumer } from '../../core/profile/profile-consumer.js';

/** What a parallel pass builds in each thread: a registered consumer kind and its (structured-cloneable) config. */
export interface ConsumerSpec {
  readonly kind: string;
  readonly config?: unknown;
}

type ConsumerFactory = (config: unknown, file: string) => MergeableConsumer<unknown, unknown>;

/**
 * The consumers a parallel pass can build inside worker threads, by kind. Worker threads cannot receive
 * functions, so each kind is compiled into the worker bundle here: add one line per consumer.
 */
export const passConsumers: Readonly<Record<string, ConsumerFactory>> = {
  // config.file: the name the profile reports (validate's display name); default the path read.
  profile: (config, file) => new ProfileConsumer((config as { file?: string } | undefined)?.file ?? file) as MergeableConsumer<unknown, unknown>,
  'column-overview': () => columnOverviewConsumer() as MergeableConsumer<unknown, unknown>,
  checks: (config) => {
    const consumer = checkSetConsumer(config as CheckSetConfig);
    if (consumer === undefined) throw new Error('a check in this set cannot run in a parallel pass (validate must not have chosen one)');
    return consumer as MergeableConsumer<unknown, unknown>;
  },
};

/** Builds the consumers of `specs`; an unknown kind is a defect, not a user error. */
export function buildConsumers(specs: readonly ConsumerSpec[], file: string): MergeableConsumer<unknown, unknown>[] {
  return specs.map((spec) => {
    const factory = passConsumers[spec.kind];
    if (factory === undefined) throw new Error(`no pass consumer registered as '${spec.kind}' (src/adapters/data/pass-consumers.ts)`);
    return factory(spec.config, file);
  });
}
