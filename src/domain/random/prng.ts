/**
 * Seeded pseudo-random numbers that are identical in Node and in every
 * browser: only 32-bit integer arithmetic (Math.imul, >>>) is used, never
 * Math.random or floating-point tricks whose results could differ by engine.
 *
 * Hashing: cyrb128 turns any string into four 32-bit words.
 * Generator: sfc32 (Chris Doty-Humphrey's Small Fast Chaotic PRNG, PractRand-clean).
 */

/** Hashes a string into four 32-bit unsigned words (cyrb128). */
export function hashString(input: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < input.length; i += 1) {
    const k = input.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** Returns a function yielding uint32 values from an sfc32 state. */
export function sfc32(seedWords: readonly [number, number, number, number]): () => number {
  let [a, b, c, d] = seedWords;
  const nextUint32 = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first outputs of sfc32 still echo the seed; discard them as its author advises.
  for (let i = 0; i < 15; i += 1) nextUint32();
  return nextUint32;
}
