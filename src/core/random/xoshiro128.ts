/**
 * A small, seeded, pure pseudo-random generator: xoshiro128** 1.1 (Blackman & Vigna, 2018), seeded
 * through SplitMix32 so that any 32-bit seed (0 included) gives a well-mixed, non-zero state.
 * Chosen for 32-bit arithmetic (fast and exact in JavaScript) and a period of 2^128 − 1, far beyond
 * what resampling needs. The same seed gives the same sequence on every platform and Node version.
 */
export interface Random {
  /** Next uniformly distributed 32-bit unsigned integer. */
  nextUint32(): number;
  /** Next double uniformly distributed in [0, 1), with 53 random bits. */
  nextFloat(): number;
  /** Next integer uniformly distributed in [0, bound), without modulo bias; bound in [1, 2^32]. */
  nextBelow(bound: number): number;
}

/** SplitMix32 step: expands one seed into a stream of well-mixed words for the state. */
function splitMix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Creates a xoshiro128** generator from a seed (an integer; only its low 32 bits are used). */
export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const mix = splitMix32(seed);
  return createRandomFromState([mix(), mix(), mix(), mix()]);
}

/** Creates a xoshiro128** generator from an explicit 128-bit state (for reference test vectors). */
export function createRandomFromState(state: readonly [number, number, number, number]): Random {
  let [s0, s1, s2, s3] = state.map((v) => v >>> 0) as [number, number, number, number];
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is the one fixed point

  function nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  }

  return {
    nextUint32,
    nextFloat(): number {
      const hi = nextUint32() >>> 5; // 27 bits
      const lo = nextUint32() >>> 6; // 26 bits
      return (hi * 67108864 + lo) / 9007199254740992;
    },
    nextBelow(bound: number): number {
      if (!(bound >= 1 && bound <= 4294967296 && bound === Math.floor(bound))) {
        throw new RangeError(`bound must be an integer in [1, 2^32], got ${bound}`);
      }
      if (bound <= 2097152) {
        // Lemire's multiply-shift with rejection: x·bound < 2^53 is exact in a double, so the high
        // and low 32-bit halves are exact too; unbiased and nearly division-free.
        let m = nextUint32() * bound;
        let low = m % 4294967296;
        if (low < bound) {
          const threshold = (4294967296 - bound) % bound;
          while (low < threshold) {
            m = nextUint32() * bound;
            low = m % 4294967296;
          }
        }
        return Math.floor(m / 4294967296);
      }
      // Rejection keeps every value equally likely: discard the top partial copy of [0, bound).
      const limit = 4294967296 - (4294967296 % bound);
      let x = nextUint32();
      while (x >= limit) x = nextUint32();
      return x % bound;
    },
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
