import fc from 'fast-check';
import { scenarioContent } from '../../../../tests/fixtures/scoring';
import { describe, expect, it } from 'vitest';
import { contentSchema, type Content } from './content';
import { generate, TAIL } from './generate';
import { analyse, dayNumber, topShare } from './method';

const contentOf = (file: string): Content => scenarioContent(file, 'sp05-segmentation', contentSchema);
const FILES = [
  'scenarios/car-market.json',
  'scenarios/securities-firm.json',
  'scenarios/textile-sme.json',
  'tests/fixtures/minimal-scenario.json',
];
const contents = FILES.map((file) => [file, contentOf(file)] as const);

describe('sub-project 5 data generation', () => {
  it('gives one team the same data every time and two teams different data', () => {
    const [, content] = contents[0]!;
    const a = generate(content, 'class-1/team-1');
    expect(generate(structuredClone(content), 'class-1/team-1').transactions).toEqual(a.transactions);
    const b = generate(content, 'class-1/team-2');
    expect(b.transactions).not.toEqual(a.transactions);
    expect(b.customers.map((customer) => customer.name.zh)).not.toEqual(
      a.customers.map((customer) => customer.name.zh),
    );
  });

  it.each(contents)('%s: a long tail within the band, every customer buying inside the period', (_, content) => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), (seed) => {
        const data = generate(content, seed);
        const revenues = data.key.rows.map((row) => row.revenue);
        const top20 = topShare(revenues, 0.2);
        expect(top20).toBeGreaterThanOrEqual(TAIL.top20.min);
        expect(top20).toBeLessThanOrEqual(TAIL.top20.max);
        expect(topShare(revenues, 0.01)).toBeGreaterThanOrEqual(TAIL.top1Min);
        expect(data.customers.length).toBeGreaterThanOrEqual(content.data.customerCount.min);
        expect(data.customers.length).toBeLessThanOrEqual(content.data.customerCount.max);
        expect(data.key.rows.map((row) => row.customer)).toEqual(data.customers.map((customer) => customer.id));
        expect(new Set(data.customers.map((customer) => customer.name.zh)).size).toBe(data.customers.length);
        // One expectation for thousands of records keeps the property fast.
        const odd = data.transactions.filter(
          (transaction) =>
            transaction.date < data.start ||
            transaction.date > data.end ||
            transaction.day !== dayNumber(transaction.date) ||
            transaction.amount % content.data.orderValue.roundTo !== 0,
        );
        expect(odd).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  it.each(contents)('%s: the key uses every score and class, and some customers lapsed long ago', (_, content) => {
    const data = generate(content, 'spread');
    for (const letter of ['r', 'f', 'm'] as const)
      expect(new Set(data.key.rows.map((row) => row[letter]))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(new Set(data.key.rows.map((row) => row.abc))).toEqual(new Set(['A', 'B', 'C']));
    expect(new Set(data.key.rows.map((row) => row.segment)).size).toBe(content.segments.length);
    expect(Math.max(...data.key.rows.map((row) => row.recencyDays))).toBeGreaterThan(180);
    expect(data.key.top).toHaveLength(content.clv.topCount);
  });

  it('computes the key from the transactions alone', () => {
    const [, content] = contents[1]!;
    const data = generate(content, 'key');
    expect(analyse(content, [...data.transactions].reverse())).toEqual(data.key);
  });

  it('frequency goes with value: the top fifth buys more often than the rest', () => {
    const [, content] = contents[0]!;
    const rows = [...generate(content, 'corr').key.rows].sort((a, b) => b.revenue - a.revenue);
    const cut = Math.round(rows.length * 0.2);
    const mean = (list: typeof rows) => list.reduce((sum, row) => sum + row.orders, 0) / list.length;
    expect(mean(rows.slice(0, cut))).toBeGreaterThan(2 * mean(rows.slice(cut)));
  });
});
