import { buildGroupFrame } from '../../src/core/fairness/group-frame.js';
import { encodeAttribute } from '../../src/core/fairness/attribute-grouping.js';

/** metrics.md §3 toy data: group A has y = 111000, ŷ = 110100; group B has y = 1100, ŷ = 1000. */
export const TOY = {
  y: Uint8Array.from([1, 1, 1, 0, 0, 0, 1, 1, 0, 0]),
  yhat: Uint8Array.from([1, 1, 0, 1, 0, 0, 1, 0, 0, 0]),
  group: ['A', 'A', 'A', 'A', 'A', 'A', 'B', 'B', 'B', 'B'] as (string | null)[],
};

/** The toy data as an indexed frame grouped by its one attribute. */
export function toyFrame() {
  return buildGroupFrame(TOY.y, TOY.yhat, [encodeAttribute({ column: 'g' }, TOY.group)]);
}
