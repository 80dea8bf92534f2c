import { describe, expect, it } from 'vitest';
import {
  abcClasses,
  dateOfDay,
  dayNumber,
  lifetimeValue,
  measure,
  paretoCurve,
  scoreDimension,
  topShare,
} from './method';

describe('sub-project 5 declared methods', () => {
  it('scores thresholds: fewer days score higher for R, reaching a cut scores higher for F and M', () => {
    const cuts = { method: 'thresholds' as const, cuts: [30, 90, 180, 365] };
    expect(scoreDimension([0, 30, 31, 90, 91, 180, 365, 366], cuts, false)).toEqual([5, 5, 4, 4, 3, 3, 2, 1]);
    const orders = { method: 'thresholds' as const, cuts: [2, 3, 5, 8] };
    expect(scoreDimension([1, 2, 3, 4, 5, 7, 8, 40], orders, true)).toEqual([1, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('scores quintiles as 1 + floor(5 × strictly worse / n), ties sharing a score', () => {
    const quintiles = { method: 'quintiles' } as const;
    // n = 10: values 1,1,1,2,… — three tied at the bottom have nobody worse.
    expect(scoreDimension([1, 1, 1, 2, 3, 4, 5, 6, 7, 8], quintiles, true)).toEqual([1, 1, 1, 2, 3, 3, 4, 4, 5, 5]);
    // Recency: more days is worse.
    expect(scoreDimension([10, 20, 30, 40, 50], quintiles, false)).toEqual([5, 4, 3, 2, 1]);
  });

  it('puts the customer who crosses a cut-off in the class it starts in', () => {
    // Total 100: 50 (before 0 → A), 30 (before 50 → A, crosses 80), 15 (before 80 → B), 4 (before 95 → C), 1 (C).
    const rows = [
      { customer: 'C001', revenue: 4 },
      { customer: 'C002', revenue: 50 },
      { customer: 'C003', revenue: 15 },
      { customer: 'C004', revenue: 30 },
      { customer: 'C005', revenue: 1 },
    ];
    expect(Object.fromEntries(abcClasses(rows, { a: 80, b: 95 }))).toEqual({
      C002: 'A',
      C004: 'A',
      C003: 'B',
      C001: 'C',
      C005: 'C',
    });
  });

  it('computes lifetime value from annual margin, retention and discount', () => {
    // 24 months, 200 000 revenue → 100 000 a year → margin 8 000 → × 0.7 / 0.4 = 14 000.
    expect(
      lifetimeValue(200_000, 24, { marginRate: 0.08, retentionRate: 0.7, discountRate: 0.1, topCount: 10 }),
    ).toBeCloseTo(14_000, 6);
  });

  it('measures recency to the analysis day, orders and revenue per customer', () => {
    const t = (date: string, customer: string, amount: number) => ({ date, day: dayNumber(date), customer, amount });
    expect(
      measure([t('2008-12-01', 'C002', 10), t('2008-01-01', 'C001', 5), t('2008-12-30', 'C002', 7)], '2008-12-31'),
    ).toEqual([
      { customer: 'C001', recencyDays: 365, orders: 1, revenue: 5 },
      { customer: 'C002', recencyDays: 1, orders: 2, revenue: 17 },
    ]);
    expect(dateOfDay(dayNumber('2024-02-29'))).toBe('2024-02-29');
  });

  it('draws a Pareto curve from 0 to 100 % and reads top shares', () => {
    const curve = paretoCurve([50, 30, 15, 4, 1]);
    expect(curve[0]).toEqual({ x: 0, y: 0 });
    expect(curve.at(-1)).toEqual({ x: 100, y: 100 });
    expect(curve[1]).toEqual({ x: 20, y: 50 });
    expect(topShare([50, 30, 15, 4, 1], 0.2)).toBe(0.5);
    expect(paretoCurve([])).toEqual([]);
  });
});
