import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildFairnessReport } from '../../src/core/fairness/fairness-report.js';
import { renderFairnessMarkdown } from '../../src/core/fairness/fairness-markdown.js';
import { DISPARITY_METRICS } from '../../src/core/fairness/disparity-registry.js';
import { buildGroupFrame } from '../../src/core/fairness/group-frame.js';
import { encodeAttribute, bucketIndex, bucketLabels } from '../../src/core/fairness/attribute-grouping.js';
import { TOY } from './toy-data.js';

test('user text in group and column names is escaped; worst values are marked; small groups flagged', () => {
  const groups = TOY.group.map((g) => (g === 'A' ? '<img src=x onerror=alert(1)>' : '@admin | #1'));
  const report = buildFairnessReport({ yTrue: TOY.y, yPred: TOY.yhat, columns: new Map([['col`|x', groups]]) }, {
    protected: [{ column: 'col`|x' }], gates: [], minGroupSize: 5, bootstrap: null, positiveLabel: '1',
  });
  const md = renderFairnessMarkdown(report);
  assert.doesNotMatch(md, /<img|@admin/);
  assert.match(md, /&lt;img src=x onerror=alert\\\(1\\\)&gt;/);
  assert.match(md, /#### By col\\`\\\|x/);
  // B (4 rows) is under 5: flagged. B has the lower selection rate → its impact ratio is the worst.
  assert.match(md, /\| 4 ⚠ \(note \d\) \| 0\.25 \| \*\*0\.5\*\* ▼ \|/);
  assert.match(md, /No fairness gates are configured/);
  // Every table row has the same number of cells as its header (pipes in user text are escaped).
  for (const table of md.split('\n\n').filter((b) => b.startsWith('| group'))) {
    const counts = table.split('\n').map((l) => l.split(/(?<!\\)\|/).length);
    assert.ok(counts.every((c) => c === counts[0]), table);
  }
});

test('null attribute values form their own named group; a literal "(missing)" value stays separate', () => {
  const codes = encodeAttribute({ column: 'm' }, ['a', null, '(missing)', 'a']);
  assert.deepEqual(codes.labels, ['(missing)', 'a', '(missing) (null)']);
  assert.deepEqual([...codes.codes], [1, 2, 0, 1]);
});

test('buckets are left-closed, right-open; a value on a cut point opens the next bucket', () => {
  const cuts = [25, 35];
  assert.deepEqual(bucketLabels(cuts), ['(-inf, 25)', '[25, 35)', '[35, inf)']);
  assert.deepEqual([24.999, 25, 34.5, 35, 90].map((x) => bucketIndex(x, cuts)), [0, 1, 1, 2, 2]);
  const codes = encodeAttribute({ column: 'Age', buckets: cuts }, ['25', null, 'NA?', '40']);
  assert.deepEqual(codes.nonNumericRows, [2]);
  assert.deepEqual([...codes.codes], [1, 3, 3, 2]);
});

const rows = fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 1 }), fc.constantFrom('a', 'b', 'c')), { minLength: 1, maxLength: 60 });

test('property: disparities are finite or explained, within their ranges, and independent of row order', () => {
  fc.assert(
    fc.property(rows, fc.integer(), (data, seed) => {
      const frameOf = (d: typeof data) => buildGroupFrame(d.map((r) => r[0]), d.map((r) => r[1]), [encodeAttribute({ column: 'g' }, d.map((r) => r[2]))]).frame;
      const shuffled = [...data].sort((x, y) => ((x[0] * 7 + x[1] * 3 + x[2].charCodeAt(0) + seed) % 5) - ((y[0] * 7 + y[1] * 3 + y[2].charCodeAt(0) + seed) % 5));
      for (const m of DISPARITY_METRICS) {
        for (const method of ['between_groups', 'to_overall'] as const) {
          const v = m.compute(frameOf(data), { method });
          const w = m.compute(frameOf(shuffled), { method });
          assert.equal(v.value, w.value, m.name);
          if (v.value === null) assert.ok((v.note ?? '').length > 0, `${m.name} undefined without a reason`);
          else {
            assert.ok(Number.isFinite(v.value));
            const [lo, hi] = m.direction === 'abs_lower_is_better' ? [-1, 1] : m.name === 'theil_index' ? [0, Math.log(data.length) + 1e-9] : [0, 1];
            assert.ok(v.value >= lo - 1e-12 && v.value <= hi + 1e-12, `${m.name} ${v.value}`);
          }
        }
      }
    }),
    { numRuns: 150, seed: 20261123 },
  );
});
