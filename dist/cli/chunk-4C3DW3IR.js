import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));

// src/core/random/xoshiro128.ts
function splitMix32(seed) {
  let s = seed >>> 0;
  return () => {
    s = s + 2654435769 >>> 0;
    let z = s;
    z = Math.imul(z ^ z >>> 16, 2246822507) >>> 0;
    z = Math.imul(z ^ z >>> 13, 3266489909) >>> 0;
    return (z ^ z >>> 16) >>> 0;
  };
}
function createRandom(seed) {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const mix = splitMix32(seed);
  return createRandomFromState([mix(), mix(), mix(), mix()]);
}
function createRandomFromState(state) {
  let [s0, s1, s2, s3] = state.map((v) => v >>> 0);
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  function nextUint32() {
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
    nextFloat() {
      const hi = nextUint32() >>> 5;
      const lo = nextUint32() >>> 6;
      return (hi * 67108864 + lo) / 9007199254740992;
    },
    nextBelow(bound) {
      if (!(bound >= 1 && bound <= 4294967296 && bound === Math.floor(bound))) {
        throw new RangeError(`bound must be an integer in [1, 2^32], got ${bound}`);
      }
      if (bound <= 2097152) {
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
      const limit = 4294967296 - 4294967296 % bound;
      let x = nextUint32();
      while (x >= limit) x = nextUint32();
      return x % bound;
    }
  };
}
function rotl(x, k) {
  return (x << k | x >>> 32 - k) >>> 0;
}

export {
  createRandom
};
