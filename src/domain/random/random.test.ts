import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from './random';
import { deriveTeamSeed, formatClassSeed } from './seeds';

describe('createRandom', () => {
  it('gives the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const a = createRandom(seed);
        const b = createRandom(seed);
        for (let i = 0; i < 20; i += 1) expect(a.next()).toBe(b.next());
      }),
    );
  });

  it('pins the exact sequence so every engine must reproduce it', () => {
    // Golden values: if these change, every team's generated data changes.
    const random = createRandom('car-market|demo|team-1');
    const values = Array.from({ length: 5 }, () => random.int(0, 999_999));
    expect(values).toMatchInlineSnapshot(`
      [
        947920,
        383591,
        354782,
        178022,
        814719,
      ]
    `);
  });

  it('gives different sequences for different seeds', () => {
    const a = Array.from({ length: 8 }, createRandom('team-1').next);
    const b = Array.from({ length: 8 }, createRandom('team-2').next);
    expect(a).not.toEqual(b);
  });

  it('spreads floats evenly over [0, 1) (chi-square, 20 bins)', () => {
    const random = createRandom('distribution');
    const bins = new Array<number>(20).fill(0);
    const draws = 100_000;
    let min = 1;
    let max = 0;
    for (let i = 0; i < draws; i += 1) {
      const value = random.next();
      min = Math.min(min, value);
      max = Math.max(max, value);
      bins[Math.floor(value * 20)]! += 1;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    const expected = draws / 20;
    const chiSquare = bins.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    // 19 degrees of freedom: the 99.9th percentile is 43.8.
    expect(chiSquare).toBeLessThan(43.8);
  });

  it('draws integers within bounds and hits every value', () => {
    const random = createRandom('dice');
    const seen = new Map<number, number>();
    for (let i = 0; i < 6000; i += 1) {
      const value = random.int(1, 6);
      seen.set(value, (seen.get(value) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (const count of seen.values()) expect(count).toBeGreaterThan(850);
  });

  it('rejects impossible integer bounds', () => {
    expect(() => createRandom('x').int(3, 1)).toThrow(RangeError);
    expect(() => createRandom('x').int(0.5, 2)).toThrow(RangeError);
  });

  it('produces normal values with the requested mean and spread', () => {
    const random = createRandom('normal');
    const values = Array.from({ length: 20_000 }, () => random.normal(100, 15));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(100, 0);
    expect(Math.abs(sd - 15)).toBeLessThan(0.5);
  });

  it('shuffles into a permutation without touching the input', () => {
    const input = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8]);
    const shuffled = createRandom('shuffle').shuffle(input);
    expect([...shuffled].sort()).toEqual([...input]);
    expect(shuffled).not.toEqual(input);
  });

  it('weights picks by the given weights', () => {
    const random = createRandom('weights');
    let heavy = 0;
    for (let i = 0; i < 10_000; i += 1) if (random.weightedPick(['a', 'b'], [9, 1]) === 'a') heavy += 1;
    expect(heavy / 10_000).toBeGreaterThan(0.88);
    expect(heavy / 10_000).toBeLessThan(0.92);
    expect(() => random.weightedPick(['a'], [0])).toThrow(RangeError);
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it('forks independent but reproducible streams', () => {
    const parent = createRandom('parent');
    const fork1 = parent.fork('leads');
    parent.next();
    const fork2 = createRandom('parent').fork('leads');
    expect(fork1.next()).toBe(fork2.next());
    expect(createRandom('parent').fork('a').next()).not.toBe(createRandom('parent').fork('b').next());
  });
});

describe('deriveTeamSeed', () => {
  it('is stable for the same scenario, class and team', () => {
    expect(deriveTeamSeed('car-market', 'K7Q2-9XPM', 'team-3')).toBe(
      deriveTeamSeed('car-market', 'K7Q2-9XPM', 'team-3'),
    );
  });

  it('differs when any part differs, and cannot be confused by moving characters between parts', () => {
    const base = deriveTeamSeed('car-market', 'seed', 'team-1');
    expect(deriveTeamSeed('car-market', 'seed', 'team-2')).not.toBe(base);
    expect(deriveTeamSeed('car-market', 'seed2', 'team-1')).not.toBe(base);
    expect(deriveTeamSeed('textile-sme', 'seed', 'team-1')).not.toBe(base.replace('car-market', 'textile-sme'));
    expect(deriveTeamSeed('a', 'bc', 'd')).not.toBe(deriveTeamSeed('ab', 'c', 'd'));
  });

  it('gives 40 teams of a class 40 different seeds', () => {
    const seeds = new Set(
      Array.from({ length: 40 }, (_, i) => deriveTeamSeed('securities-firm', 'ABCD-EFGH', `team-${i}`)),
    );
    expect(seeds.size).toBe(40);
  });
});

describe('formatClassSeed', () => {
  it('writes two groups of four unambiguous characters', () => {
    const random = createRandom('class');
    fc.assert(
      fc.property(fc.integer(), () => {
        expect(formatClassSeed(random.next)).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
      }),
    );
  });
});
