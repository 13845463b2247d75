// AssemblyScript twin of kernel.ts (.as: not part of the TypeScript project) (compiled by scanner-kernel.bench.ts, never shipped): the field loop of
// the CSV scanner reduced to boundaries, digit values, an `NA` null test and four column-major stores per
// cell. Input bytes at [0, limit) of linear memory; outputs at the given byte offsets.
let gPos: i32 = 0;

export function scan(pos: i32, limit: i32, ncols: i32, cap: i32, starts: i32, ends: i32, kinds: i32, numbers: i32): i32 {
  let row: i32 = 0;
  while (row < cap && pos < limit) {
    let col: i32 = 0;
    while (true) {
      let s: i32;
      let e: i32;
      let kind: u8 = 2;
      let num: f64 = NaN;
      if (load<u8>(pos) == 34) {
        pos++;
        s = pos;
        while (load<u8>(pos) != 34) pos++;
        e = pos;
        pos++;
      } else {
        s = pos;
        let acc: f64 = 0;
        let digits = true;
        while (true) {
          const c = <i32>load<u8>(pos);
          const d = c - 48;
          if (<u32>d <= 9) {
            acc = acc * 10 + <f64>d;
            pos++;
            continue;
          }
          if (c == 44 || c == 10 || c == 13) break;
          digits = false;
          pos++;
        }
        e = pos;
        if (e - s == 2 && load<u8>(s) == 78 && load<u8>(s + 1) == 65) kind = 0;
        else if (digits && e > s) {
          kind = 1;
          num = acc;
        }
      }
      const k = col * cap + row;
      store<i32>(starts + (k << 2), s);
      store<i32>(ends + (k << 2), e);
      store<u8>(kinds + k, kind);
      store<f64>(numbers + (k << 3), num);
      col++;
      const c = load<u8>(pos);
      pos++;
      if (c == 10) break;
    }
    row++;
  }
  gPos = pos;
  return row;
}

export function lastPos(): i32 {
  return gPos;
}
