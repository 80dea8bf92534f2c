/** Time and fresh ids, kept out of components so render stays pure and tests can see where they come from. */
export const now = (): number => Date.now();
export const newId = (prefix = ''): string => `${prefix}${globalThis.crypto.randomUUID()}`;
/** Uniform float in [0, 1) from the platform's cryptographic source (for seeds and recovery codes). */
export const cryptoRandom = (): number => globalThis.crypto.getRandomValues(new Uint32Array(1))[0]! / 4294967296;
