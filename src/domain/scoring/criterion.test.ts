import { describe, expect, it } from 'vitest';
import { pendingCriterion, roundPoints, scaleToPoints, scoredCriterion, totalOf } from './criterion';

const explanation = { key: 'criteria.test', params: {} };

describe('scoredCriterion', () => {
  it('turns a ratio into points, clamped and rounded to two decimals', () => {
    expect(scoredCriterion({ id: 'a', max: 3, ratio: 1 / 3, explanation }).earned).toBe(1);
    expect(scoredCriterion({ id: 'a', max: 4, ratio: 0.123456, explanation }).earned).toBe(0.49);
    expect(scoredCriterion({ id: 'a', max: 4, ratio: 1.7, explanation }).earned).toBe(4);
    expect(scoredCriterion({ id: 'a', max: 4, ratio: -2, explanation }).earned).toBe(0);
    expect(scoredCriterion({ id: 'a', max: 4, ratio: Number.NaN, explanation }).earned).toBe(0);
  });

  it('keeps the evidence it was given', () => {
    const evidence = [{ ref: 'lead-7', verdict: 'missing' as const }];
    expect(scoredCriterion({ id: 'a', max: 1, ratio: 0, explanation, evidence }).evidence).toEqual(evidence);
  });

  it('refuses a negative or infinite maximum', () => {
    expect(() => scoredCriterion({ id: 'a', max: -1, ratio: 1, explanation })).toThrow(RangeError);
    expect(() => scoredCriterion({ id: 'a', max: Number.POSITIVE_INFINITY, ratio: 1, explanation })).toThrow(
      RangeError,
    );
  });
});

describe('totalOf', () => {
  it('excludes pending criteria from the total and reports them apart', () => {
    const total = totalOf([
      scoredCriterion({ id: 'a', max: 2, ratio: 0.5, explanation }),
      scoredCriterion({ id: 'b', max: 3, ratio: 1, explanation }),
      pendingCriterion('memo-quality', 2, explanation),
    ]);
    expect(total).toEqual({ earned: 4, max: 5, pendingMax: 2 });
  });

  it('adds tenths without floating-point drift', () => {
    const criteria = Array.from({ length: 10 }, (_, i) =>
      scoredCriterion({ id: `c${i}`, max: 0.1, ratio: 1, explanation }),
    );
    expect(totalOf(criteria).earned).toBe(1);
  });
});

describe('scaleToPoints', () => {
  it('scales to the class weight, counting pending points as not yet earned', () => {
    expect(scaleToPoints({ earned: 15, max: 20, pendingMax: 0 }, 8)).toBe(6);
    expect(scaleToPoints({ earned: 8, max: 8, pendingMax: 2 }, 10)).toBe(8);
    expect(scaleToPoints({ earned: 0, max: 0, pendingMax: 0 }, 10)).toBe(0);
  });

  it('rounds to cents', () => {
    expect(roundPoints(1.234)).toBe(1.23);
    expect(roundPoints(1.236)).toBe(1.24);
  });
});
