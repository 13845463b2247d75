// The JavaScript twin of kernel.as: the same reduced field loop over a Uint8Array, same stores.
export interface KernelOut {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  readonly numbers: Float64Array;
}

/** Scans whole records from `pos` until `cap` rows or `limit`; returns [rows, next position]. */
export function scanKernel(bytes: Uint8Array, pos: number, limit: number, cap: number, out: KernelOut): [number, number] {
  const { starts, ends, kinds, numbers } = out;
  let row = 0;
  while (row < cap && pos < limit) {
    let col = 0;
    for (;;) {
      let s: number;
      let e: number;
      let kind = 2;
      let num = NaN;
      if (bytes[pos] === 34) {
        pos++;
        s = pos;
        while (bytes[pos] !== 34) pos++;
        e = pos;
        pos++;
      } else {
        s = pos;
        let acc = 0;
        let digits = true;
        for (;;) {
          const c = bytes[pos] as number;
          const d = c - 48;
          if (d >>> 0 <= 9) {
            acc = acc * 10 + d;
            pos++;
            continue;
          }
          if (c === 44 || c === 10 || c === 13) break;
          digits = false;
          pos++;
        }
        e = pos;
        if (e - s === 2 && bytes[s] === 78 && bytes[s + 1] === 65) kind = 0;
        else if (digits && e > s) {
          kind = 1;
          num = acc;
        }
      }
      const k = col * cap + row;
      starts[k] = s;
      ends[k] = e;
      kinds[k] = kind;
      numbers[k] = num;
      col++;
      const c = bytes[pos];
      pos++;
      if (c === 10) break;
    }
    row++;
  }
  return [row, pos];
}
