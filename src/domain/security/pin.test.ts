import { describe, expect, it } from 'vitest';
import { hashPin, PIN_PATTERN, verifyPin } from './pin';

describe('instructor PIN', () => {
  it('stores a salted hash, never the PIN, and verifies it', async () => {
    const stored = await hashPin('2468');
    expect(JSON.stringify(stored)).not.toContain('2468');
    expect(stored.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(await verifyPin('2468', stored)).toBe(true);
    expect(await verifyPin('2469', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('salts every hash differently', async () => {
    const [a, b] = await Promise.all([hashPin('1234'), hashPin('1234')]);
    expect(a.hash).not.toBe(b.hash);
  });

  it('accepts 4 to 8 digits', () => {
    expect(['1234', '12345678'].every((pin) => PIN_PATTERN.test(pin))).toBe(true);
    expect(['123', '123456789', '12a4', ''].some((pin) => PIN_PATTERN.test(pin))).toBe(false);
  });
});
