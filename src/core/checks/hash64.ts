/**
 * 64-bit string hashing for the bounded structures of uniqueness and duplicate checks. Two 32-bit lanes
 * (cyrb53-style multiply–xorshift) give a 64-bit fingerprint; with n distinct keys the chance that any two
 * collide is about n² / 2^65 (≈ 2.7e-6 for 10 million keys), documented in docs/validate.md.
 */
export class Hasher64 {
  hi = 0;
  lo = 0;
  private h1 = 0;
  private h2 = 0;

  /** Starts a new key. */
  reset(seed = 0): this {
    this.h1 = 0xdeadbeef ^ seed;
    this.h2 = 0x41c6ce57 ^ seed;
    return this;
  }

  /** Feeds a string, then a separator so that ("ab","c") and ("a","bc") differ. */
  updateString(text: string): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    // 0x1f is not a valid first code unit of a surrogate pair, and length disambiguates anyway.
    h1 = Math.imul(h1 ^ (0x10000 + text.length), 2654435761);
    h2 = Math.imul(h2 ^ (0x10000 + text.length), 1597334677);
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  /** Feeds a null cell: distinct from every string, equal to every other null (pandas `dropna=False`). */
  updateNull(): this {
    this.h1 = Math.imul(this.h1 ^ 0x7fffffff, 2654435761);
    this.h2 = Math.imul(this.h2 ^ 0x7fffffff, 1597334677);
    return this;
  }

  /** Finalises into `hi` and `lo`. */
  digest(): this {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    this.hi = h2 >>> 0;
    this.lo = h1 >>> 0;
    return this;
  }

  /** Hashes one string in one call. */
  ofString(text: string | null): this {
    this.reset();
    if (text === null) this.updateNull();
    else this.updateString(text);
    return this.digest();
  }
}
