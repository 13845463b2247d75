/** Largest value (-Infinity for none); a loop, because spreading 100k+ groups into Math.max overflows the stack. */
export function maxOf(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m;
}

/** Smallest value (Infinity for none). */
export function minOf(xs: readonly number[]): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m;
}
