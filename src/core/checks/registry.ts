import type { BatchConsumer } from '../data/record-batch.js';
import { InternalError } from '../errors.js';
import type { DataCheckConfig, DataCheckName } from '../policy/data-checks-schema.js';
import type { CheckContext, CheckDefinition, DataCheckOf } from './check-definition.js';
import type { CheckResult } from './check-result.js';
import { distinctCountBetween, valuesInSet, valuesPerExample } from './dv/domain-checks.js';
import { dominantValue, summaryStatistics } from './dv/distribution-checks.js';
import { duplicateColumns, duplicateRows, valuesUnique } from './dv/duplicate-checks.js';
import { mixedNulls } from './dv/mixed-nulls-check.js';
import { valuesNotNull } from './dv/presence-check.js';
import { noNanInf, valuesBetween } from './dv/range-checks.js';
import { rowCountBetween, rowCountVsPrevious } from './dv/row-count-checks.js';
import { columnExists, columnOrder, columnsMatchSet } from './dv/schema-checks.js';
import { constantColumn, emptyRowsColumns } from './dv/shape-checks.js';
import { specialCharacters, stringLengthBetween, valuesMatchRegex } from './dv/string-checks.js';
import { stringLengthOutliers } from './dv/string-length-outliers.js';
import { stringVariants } from './dv/string-variants-check.js';
import { columnType, mixedTypes } from './dv/type-checks.js';

/** A registered check, callable with any policy entry whose `check` is its name. */
export interface RegisteredCheck {
  readonly id: string;
  readonly name: DataCheckName;
  readonly title: string;
  readonly mostly: boolean;
  readonly params: CheckDefinition['params'];
  create(config: DataCheckConfig, context: CheckContext): BatchConsumer<CheckResult[]>;
}

/** Wraps a typed definition so the registry can hold checks of different parameter types. */
export function register<N extends DataCheckName>(def: CheckDefinition<N>): RegisteredCheck {
  return {
    id: def.id,
    name: def.name,
    title: def.title,
    mostly: def.mostly,
    params: def.params,
    create(config, context) {
      if (config.check !== def.name) throw new InternalError(`check ${config.check} dispatched to ${def.name}`);
      // The policy schema validated `config` against this check's parameters (discriminated on `check`).
      return def.create(config as unknown as DataCheckOf<N>, context);
    },
  };
}

/** DV01–DV26, in reference order. DV27–DV30 (labels, leakage, correlation, skew) live with drift and proxies. */
export const DATA_CHECK_REGISTRY: readonly RegisteredCheck[] = Object.freeze([
  register(columnExists),
  register(columnsMatchSet),
  register(columnOrder),
  register(rowCountBetween),
  register(rowCountVsPrevious),
  register(valuesNotNull),
  register(columnType),
  register(mixedTypes),
  register(mixedNulls),
  register(valuesBetween),
  register(noNanInf),
  register(valuesInSet),
  register(valuesPerExample),
  register(distinctCountBetween),
  register(valuesUnique),
  register(duplicateRows),
  register(duplicateColumns),
  register(constantColumn),
  register(emptyRowsColumns),
  register(valuesMatchRegex),
  register(stringLengthBetween),
  register(stringVariants),
  register(specialCharacters),
  register(stringLengthOutliers),
  register(dominantValue),
  register(summaryStatistics),
]);

/** The registered check for a policy name, or undefined. */
export function findRegisteredCheck(name: string, extra: readonly RegisteredCheck[] = []): RegisteredCheck | undefined {
  return DATA_CHECK_REGISTRY.find((c) => c.name === name) ?? extra.find((c) => c.name === name);
}
