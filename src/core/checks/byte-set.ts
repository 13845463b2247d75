/**
 * A set of strings matched against raw UTF-8 cell bytes, so a domain check (DV12) does not decode every cell
 * of a categorical column: one hash and one compare per cell, and a decode only for cells not in the set.
 */
export class ByteSet {
  private readonly buckets = new Map<number, Uint8Array[]>();

  constructor(values: Iterable<string>) {
    const encoder = new TextEncoder();
    for (const v of values) {
      const bytes = encoder.encode(v);
      const h = ByteSet.hash(bytes, 0, bytes.length);
      const bucket = this.buckets.get(h);
      if (bucket === undefined) this.buckets.set(h, [bytes]);
      else bucket.push(bytes);
    }
  }

  private static hash(bytes: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5 ^ (end - start);
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 16777619);
    return h;
  }

  /** True when bytes[start..end) is the UTF-8 encoding of one of the values. */
  has(bytes: Uint8Array, start: number, end: number): boolean {
    const bucket = this.buckets.get(ByteSet.hash(bytes, start, end));
    if (bucket === undefined) return false;
    const len = end - start;
    outer: for (const b of bucket) {
      if (b.length !== len) continue;
      for (let i = 0; i < len; i++) if (b[i] !== bytes[start + i]) continue outer;
      return true;
    }
    return false;
  }
}
