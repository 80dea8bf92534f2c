/**
 * The instructor PIN guards the instructor area on a shared lab PC. It is kept
 * only as a salted PBKDF2-SHA-256 hash (Web Crypto, the same in browsers and
 * Node). A 4–8 digit PIN is no vault: it keeps students out of the grading
 * screens, it does not encrypt data.
 */
export interface PinHash {
  readonly salt: string;
  readonly hash: string;
  readonly iterations: number;
}

const ITERATIONS = 100_000;
export const PIN_PATTERN = /^\d{4,8}$/;

const toHex = (bytes: Uint8Array) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
const fromHex = (hex: string) => new Uint8Array((hex.match(/../g) ?? []).map((pair) => parseInt(pair, 16)));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await globalThis.crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await globalThis.crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return toHex(new Uint8Array(bits));
}

/** Hashes a new PIN with a fresh random salt. */
export async function hashPin(pin: string): Promise<PinHash> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return { salt: toHex(salt), hash: await derive(pin, salt, ITERATIONS), iterations: ITERATIONS };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const candidate = await derive(pin, fromHex(stored.salt), stored.iterations);
  // Compare every character so the time taken does not reveal the matching prefix.
  let difference = candidate.length ^ stored.hash.length;
  for (let i = 0; i < Math.min(candidate.length, stored.hash.length); i += 1)
    difference |= candidate.charCodeAt(i) ^ stored.hash.charCodeAt(i);
  return difference === 0;
}
