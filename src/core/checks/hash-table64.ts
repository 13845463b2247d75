/**
 * A bounded open-addressing table of 64-bit fingerprints with an occurrence state and the line of the first
 * occurrence: 13 bytes per slot, never the keys themselves. It grows by doubling up to `maxSlots`; once the
 * load would exceed 0.75 of that, new keys are no longer inserted (`saturated`) while known keys are still
 * counted, so memory stays bounded whatever the file size.
 */
export class FingerprintTable {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private first: Uint32Array;
  /** 0 empty, 1 seen once, 2 seen more than once. */
  private state: Uint8Array;
  private mask: number;
  private used = 0;
  /** True once a new key could not be inserted because the table is full. */
  saturated = false;
  /** The first line of the key found or inserted by the last `observe`. */
  firstLine = 0;

  constructor(private readonly maxSlots = 1 << 22, initialSlots = 1 << 10) {
    const n = Math.min(initialSlots, maxSlots);
    this.hi = new Uint32Array(n);
    this.lo = new Uint32Array(n);
    this.first = new Uint32Array(n);
    this.state = new Uint8Array(n);
    this.mask = n - 1;
  }

  /** Number of distinct keys stored. */
  get size(): number {
    return this.used;
  }

  /**
   * Records one occurrence. Returns the state before it: 0 new (or not stored when saturated),
   * 1 seen once before, 2 seen several times before. `firstLine` is set for 1 and 2.
   */
  observe(hi: number, lo: number, line: number): 0 | 1 | 2 {
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
    for (;;) {
      const s = this.state[i]!;
      if (s === 0) break;
      if (this.hi[i] === hi && this.lo[i] === lo) {
        this.firstLine = this.first[i]!;
        if (s === 1) this.state[i] = 2;
        return s as 1 | 2;
      }
      i = (i + 1) & this.mask;
    }
    if ((this.used + 1) * 4 > this.state.length * 3) {
      if (this.state.length * 2 > this.maxSlots) {
        this.saturated = true;
        return 0;
      }
      this.grow();
      return this.observe(hi, lo, line);
    }
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.first[i] = line;
    this.state[i] = 1;
    this.used++;
    this.firstLine = line;
    return 0;
  }

  private grow(): void {
    const { hi, lo, first, state } = this;
    const n = state.length * 2;
    this.hi = new Uint32Array(n);
    this.lo = new Uint32Array(n);
    this.first = new Uint32Array(n);
    this.state = new Uint8Array(n);
    this.mask = n - 1;
    for (let j = 0; j < state.length; j++) {
      if (state[j] === 0) continue;
      let i = (lo[j]! ^ Math.imul(hi[j]!, 0x9e3779b1)) & this.mask;
      while (this.state[i] !== 0) i = (i + 1) & this.mask;
      this.hi[i] = hi[j]!;
      this.lo[i] = lo[j]!;
      this.first[i] = first[j]!;
      this.state[i] = state[j]!;
    }
  }
}
