/**
 * Frequent items (Misra–Gries with the batched reduction of Agarwal et al. 2012, "Mergeable summaries"):
 * at most 2k counters; when full, the (k+1)-th largest count is subtracted from all and non-positive
 * counters dropped. Every reported count is a lower bound within `maxError()` of the truth; any item
 * more frequent than n/(k+1) is present. Mergeable by adding counters and reducing.
 */
export interface FrequentItem {
  text: string;
  count: number;
}

export class FrequentItems {
  readonly items = new Map<number, FrequentItem>();
  /** Total subtracted per counter so far: the bound on how much any count undercounts. */
  offset = 0;
  constructor(readonly k = 1024) {}

  /** Counts `count` occurrences of the item with hash key `key` (text only read for a new counter). */
  add(key: number, text: () => string, count = 1): void {
    const item = this.items.get(key);
    if (item !== undefined) item.count += count;
    else {
      this.items.set(key, { text: text(), count });
      if (this.items.size > 2 * this.k) this.reduce();
    }
  }

  private reduce(): void {
    const counts = Array.from(this.items.values(), (i) => i.count).sort((a, b) => b - a);
    const cut = counts[this.k] ?? 0;
    this.offset += cut;
    for (const [key, item] of this.items) {
      item.count -= cut;
      if (item.count <= 0) this.items.delete(key);
    }
  }

  /** Folds another summary into this one. */
  merge(other: { items: ReadonlyMap<number, FrequentItem>; offset: number }): void {
    for (const [key, item] of other.items) {
      const mine = this.items.get(key);
      if (mine !== undefined) mine.count += item.count;
      else this.items.set(key, { text: item.text, count: item.count });
    }
    this.offset += other.offset;
    while (this.items.size > 2 * this.k) this.reduce();
  }

  /** Upper bound on the undercount of any reported count. */
  maxError(): number {
    return this.offset;
  }
}
