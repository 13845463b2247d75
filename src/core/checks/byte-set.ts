/**
 * A set of strings matched against raw UTF-8 cell bytes, so a domain check (DV12) does not decode every cell
 * of a categorical column. Small sets (at most 8 values of any one byte length, shorter than 64 bytes) are
 * matched by comparing the cell with the values of its length, which costs a few byte compares; other
 * lengths go through a hash table. A decode happens only for cells not in the set.
 */
const SHORT = 64;
const FEW = 8;

export class ByteSet {
  private readonly buckets = new Map<number, Uint8Array[]>();
  /** Per byte length below SHORT: the values of that length, or undefined when there are none. */
  private readonly byLength: (Uint8Array[] | undefined)[] = new Array<Uint8Array[] | undefined>(SHORT).fill(undefined);
  /** Per byte length below SHORT: 1 when that length has more than FEW values (hash lookup instead). */
  private readonly crowded = new Uint8Array(SHORT);

  constructor(values: Iterable<string>) {
    const encoder = new TextEncoder();
    for (const v of values) {
      const bytes = encoder.encode(v);
      const h = ByteSet.hash(bytes, 0, bytes.length);
      const bucket = this.buckets.get(h);
      if (bucket === undefined) this.buckets.set(h, [bytes]);
      else bucket.push(bytes);
      if (bytes.length < SHORT) (this.byLength[bytes.length] ??= []).push(bytes);
    }
    for (let len = 0; len < SHORT; len++) if ((this.byLength[len]?.length ?? 0) > FEW) this.crowded[len] = 1;
  }

  private static hash(bytes: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5 ^ (end - start);
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 16777619);
    return h;
  }

  /** True when bytes[start..end) is the UTF-8 encoding of one of the values. */
  has(bytes: Uint8Array, start: number, end: number): boolean {
    const len = end - start;
    if (len < SHORT && this.crowded[len] === 0) {
      const candidates = this.byLength[len];
      if (candidates === undefined) return false;
      return ByteSet.matchAny(candidates, bytes, start, len);
    }
    const bucket = this.buckets.get(ByteSet.hash(bytes, start, end));
    return bucket !== undefined && ByteSet.matchAny(bucket, bytes, start, len);
  }

  private static matchAny(candidates: readonly Uint8Array[], bytes: Uint8Array, start: number, len: number): boolean {
    outer: for (let k = 0; k < candidates.length; k++) {
      const b = candidates[k]!;
      if (b.length !== len) continue;
      for (let i = 0; i < len; i++) if (b[i] !== bytes[start + i]) continue outer;
      return true;
    }
    return false;
  }
}
