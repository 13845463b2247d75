/** Every metric MergeML knows, by name: the one list gates, comparisons, reports and docs iterate. */
import type { MetricDefinition, MetricTask } from './metric-definition.js';
import { binaryMetrics } from './binary-metrics.js';
import { regressionMetrics } from './regression-metrics.js';

export { binaryMetrics, regressionMetrics };

/** A metric as gates and reports see it, whatever statistics it computes from. */
export type AnyMetric = MetricDefinition<never>;

const all: readonly AnyMetric[] = [...binaryMetrics, ...regressionMetrics] as readonly MetricDefinition<never>[];

/** All metric names, binary first, in report order. */
export const metricNames: readonly string[] = all.map((m) => m.name);

/** Every spelling a policy may use: names and their scikit-learn aliases. */
export const metricSpellings: readonly string[] = all.flatMap((m) => [m.name, ...m.aliases]);

/** The metric with this name or alias, or undefined. */
export function findMetric(name: string): AnyMetric | undefined {
  return all.find((m) => m.name === name || m.aliases.includes(name));
}

/** The metrics of one task, in report order. */
export function metricsOfTask(task: MetricTask): readonly AnyMetric[] {
  return all.filter((m) => m.task === task);
}
