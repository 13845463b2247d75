import type { DisparityDirection } from './disparity-registry.js';

/** True when a value is on the failing side of a threshold for the metric's direction (the threshold itself passes). */
export function violates(direction: DisparityDirection, value: number, threshold: number): boolean {
  if (direction === 'higher_is_better') return value < threshold;
  if (direction === 'lower_is_better') return value > threshold;
  return Math.abs(value) > threshold;
}

/** How much worse the candidate is than the champion in the metric's direction (negative = better). */
export function worsening(direction: DisparityDirection, candidate: number, champion: number): number {
  if (direction === 'higher_is_better') return champion - candidate;
  if (direction === 'lower_is_better') return candidate - champion;
  return Math.abs(candidate) - Math.abs(champion);
}
