import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  createRandom
} from "./chunk-4C3DW3IR.js";

// src/core/stats/bounded-sample.ts
var DEFAULT_MAX_DISTINCT = 1e5;
var BUFFER = 65536;
var BoundedSample = class {
  constructor(maxDistinct = DEFAULT_MAX_DISTINCT, seed = 0) {
    this.maxDistinct = maxDistinct;
    this.random = createRandom(seed);
  }
  maxDistinct;
  buffer = new Float64Array(BUFFER);
  buffered = 0;
  values = new Float64Array(0);
  counts = new Float64Array(0);
  reservoir = null;
  random;
  count = 0;
  min = Infinity;
  max = -Infinity;
  /** Adds one finite value. */
  add(v) {
    this.count++;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
    if (this.reservoir) {
      const j = Math.floor(this.random.nextFloat() * this.count);
      if (j < this.reservoir.length) this.reservoir[j] = v;
      return;
    }
    this.buffer[this.buffered++] = v === 0 ? 0 : v;
    if (this.buffered === BUFFER) this.compact();
  }
  compact() {
    const chunk = this.buffer.subarray(0, this.buffered).sort();
    this.buffered = 0;
    const outV = new Float64Array(this.values.length + chunk.length);
    const outC = new Float64Array(outV.length);
    let i = 0;
    let j = 0;
    let k = 0;
    const push = (v, c) => {
      if (k > 0 && outV[k - 1] === v) outC[k - 1] = outC[k - 1] + c;
      else {
        outV[k] = v;
        outC[k++] = c;
      }
    };
    while (i < this.values.length || j < chunk.length) {
      if (j >= chunk.length || i < this.values.length && this.values[i] <= chunk[j]) {
        push(this.values[i], this.counts[i]);
        i++;
      } else push(chunk[j++], 1);
    }
    this.values = outV.slice(0, k);
    this.counts = outC.slice(0, k);
    if (k > this.maxDistinct) this.toReservoir();
  }
  toReservoir() {
    const size = this.maxDistinct;
    const reservoir = new Float64Array(size);
    let seen = 0;
    let chosen = 0;
    const total = this.count;
    for (let i = 0; i < this.values.length && chosen < size; i++) {
      for (let c = 0; c < this.counts[i] && chosen < size; c++) {
        if (this.random.nextFloat() * (total - seen) < size - chosen) reservoir[chosen++] = this.values[i];
        seen++;
      }
    }
    this.reservoir = reservoir;
    this.values = new Float64Array(0);
    this.counts = new Float64Array(0);
  }
  /** The exact weighted sample, or the reservoir sample once the distinct cap was passed. */
  result() {
    if (!this.reservoir && this.buffered > 0) this.compact();
    const common = { count: this.count, min: this.min, max: this.max };
    if (!this.reservoir) {
      return { sample: { values: this.values, counts: this.counts, total: this.count }, sampled: false, ...common };
    }
    const sorted = Float64Array.from(this.reservoir).sort();
    const values = [];
    const counts = [];
    for (const v of sorted) {
      if (values.length > 0 && values[values.length - 1] === v) counts[counts.length - 1] += 1;
      else {
        values.push(v);
        counts.push(1);
      }
    }
    return { sample: { values: Float64Array.from(values), counts: Float64Array.from(counts), total: sorted.length }, sampled: true, ...common };
  }
};

export {
  DEFAULT_MAX_DISTINCT,
  BoundedSample
};
