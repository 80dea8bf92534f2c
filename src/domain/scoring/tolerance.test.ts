import { describe, expect, it } from 'vitest';
import { compareWithTolerance, toleranceCredit } from './tolerance';

describe('compareWithTolerance', () => {
  it('accepts values within the relative allowance', () => {
    expect(compareWithTolerance(101.9, 100, { relative: 0.02 })).toMatchObject({ withinTolerance: true, allowed: 2 });
    expect(compareWithTolerance(97.9, 100, { relative: 0.02 }).withinTolerance).toBe(false);
  });

  it('uses the larger of the absolute and relative allowances', () => {
    expect(compareWithTolerance(0.4, 0, { absolute: 0.5, relative: 0.1 }).withinTolerance).toBe(true);
    expect(compareWithTolerance(1090, 1000, { absolute: 0.5, relative: 0.1 }).withinTolerance).toBe(true);
  });

  it('accepts exactly the boundary despite floating-point noise', () => {
    expect(compareWithTolerance(0.1 + 0.2, 0.3, { absolute: 0 }).withinTolerance).toBe(true);
    expect(compareWithTolerance(102, 100, { relative: 0.02 }).withinTolerance).toBe(true);
  });

  it('never accepts an empty or non-numeric answer', () => {
    expect(compareWithTolerance(Number.NaN, 0, { absolute: 100 }).withinTolerance).toBe(false);
    expect(compareWithTolerance(Number.POSITIVE_INFINITY, 0, { absolute: 100 }).withinTolerance).toBe(false);
  });
});

describe('toleranceCredit', () => {
  it('falls linearly from full credit at the allowance to none at three times it', () => {
    expect(toleranceCredit(102, 100, { relative: 0.02 })).toBe(1);
    expect(toleranceCredit(104, 100, { relative: 0.02 })).toBeCloseTo(0.5);
    expect(toleranceCredit(106, 100, { relative: 0.02 })).toBe(0);
    expect(toleranceCredit(150, 100, { relative: 0.02 })).toBe(0);
  });

  it('gives nothing for a miss when no allowance is set', () => {
    expect(toleranceCredit(3, 2, {})).toBe(0);
    expect(toleranceCredit(2, 2, {})).toBe(1);
  });
});
