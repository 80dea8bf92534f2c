import { describe, expect, it } from 'vitest';
import { compareSets } from './sets';

describe('compareSets', () => {
  it('names the hits, the distractors picked and the misses', () => {
    const result = compareSets(['complaints', 'weather', 'poaching'], ['complaints', 'poaching', 'fraud', 'service']);
    expect(result.truePositives).toEqual(['complaints', 'poaching']);
    expect(result.falsePositives).toEqual(['weather']);
    expect(result.falseNegatives).toEqual(['fraud', 'service']);
    expect(result.precision).toBeCloseTo(2 / 3);
    expect(result.recall).toBe(0.5);
    expect(result.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
  });

  it('scores a perfect selection 1 and an empty one 0', () => {
    expect(compareSets(['a', 'b'], ['b', 'a']).f1).toBe(1);
    const empty = compareSets([], ['a']);
    expect([empty.precision, empty.recall, empty.f1]).toEqual([0, 0, 0]);
  });

  it('treats nothing-to-find-and-nothing-chosen as perfect, and any pick against an empty key as wrong', () => {
    expect(compareSets([], []).f1).toBe(1);
    const picked = compareSets(['x'], []);
    expect(picked.f1).toBe(0);
    expect(picked.falsePositives).toEqual(['x']);
  });

  it('counts a duplicated pick once', () => {
    expect(compareSets(['a', 'a', 'a'], ['a', 'b']).precision).toBe(1);
  });
});
