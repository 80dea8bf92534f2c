import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureContent, scenarioContent } from '../../../../tests/fixtures/scoring';
import { contentSchema, type Content } from './content';
import { computeBestPlan, evaluatePlan, optionsOf, responseRate, type ModelContent, type Plan } from './model';

const bakery: Content = fixtureContent(5, contentSchema);
const scenario = (file: string): Content =>
  scenarioContent(`scenarios/${file}.json`, 'sp06-marketing-plan', contentSchema);
const contents: [string, Content][] = [
  ['bakery', bakery],
  ['car-market', scenario('car-market')],
  ['securities-firm', scenario('securities-firm')],
  ['textile-sme', scenario('textile-sme')],
];

/** Any plan: per segment maybe a channel, an offer and up to the segment's size, cut back to the budget. */
function arbitraryPlan(content: Content): fc.Arbitrary<Plan> {
  const line = (size: number) =>
    fc.option(
      fc.record({
        channel: fc.constantFrom(...content.channels.map((channel) => channel.id)),
        offer: fc.constantFrom(...content.offers.map((offer) => offer.id)),
        contacts: fc.integer({ min: 1, max: size }),
      }),
      { nil: undefined },
    );
  return fc
    .tuple(...content.segments.map((segment) => line(segment.size)))
    .map((lines) =>
      fitBudget(
        content,
        Object.fromEntries(lines.flatMap((choice, index) => (choice ? [[content.segments[index]!.id, choice]] : []))),
      ),
    );
}

function fitBudget(content: ModelContent, plan: Plan): Plan {
  const spend = evaluatePlan(content, plan).total.spend;
  if (spend <= content.budget) return plan;
  const factor = content.budget / spend;
  return Object.fromEntries(
    Object.entries(plan).map(([id, choice]) => [id, { ...choice, contacts: Math.floor(choice.contacts * factor) }]),
  );
}

describe('sub-project 6 response model', () => {
  it('multiplies the base rate by the channel and offer multipliers, and knows nothing of unknown ids', () => {
    expect(responseRate(bakery, 'regulars', 'wechat', 'loyalty-card')).toBeCloseTo(0.2 * 1.5 * 1.5);
    expect(responseRate(bakery, 'regulars', 'fax', 'loyalty-card')).toBe(0);
    expect(responseRate(bakery, 'aliens', 'wechat', 'loyalty-card')).toBe(0);
  });

  it('works out responses, revenue, cost, profit and ROI per segment and in total', () => {
    const outcome = evaluatePlan(bakery, {
      regulars: { channel: 'wechat', offer: 'loyalty-card', contacts: 100 },
      'passers-by': { channel: 'flyer', offer: 'discount', contacts: 200 },
    });
    const regulars = outcome.segments[0]!;
    expect(regulars.responses).toBeCloseTo(45);
    expect(regulars.revenue).toBeCloseTo(45 * 60);
    expect(regulars.cost).toBeCloseTo(100 * 0.5 + 45 * 5);
    expect(regulars.profit).toBeCloseTo(2700 - 275);
    expect(regulars.roi).toBeCloseTo(2425 / 275);
    expect(outcome.segments[1]!.profit).toBeLessThan(0);
    expect(outcome.total.spend).toBeCloseTo(50 + 200);
    expect(outcome.total.profit).toBeCloseTo(regulars.profit + outcome.segments[1]!.profit);
  });

  it('counts at most a segment’s size and skips unknown channels or offers', () => {
    const outcome = evaluatePlan(bakery, {
      regulars: { channel: 'wechat', offer: 'loyalty-card', contacts: 10_000 },
      'office-workers': { channel: 'fax', offer: 'loyalty-card', contacts: 10 },
    });
    expect(outcome.segments.map((line) => [line.segment, line.contacts])).toEqual([['regulars', 150]]);
  });

  it('finds the bakery’s best plan: the best option per segment, filled by profit per yuan, the trap left out', () => {
    const best = computeBestPlan(bakery);
    expect(best.plan).toEqual({
      regulars: { channel: 'wechat', offer: 'loyalty-card', contacts: 150 },
      'office-workers': { channel: 'flyer', offer: 'free-coffee', contacts: 325 },
    });
    expect(best.outcome.total.spend).toBeLessThanOrEqual(bakery.budget);
    expect(best.bound).toBeCloseTo(150 * 24.25 + 325 * 1.55);
  });

  describe.each(contents)('%s', (_name, content) => {
    const best = computeBestPlan(content);

    it('has a best plan within the budget that differs between segments and leaves out the losing ones', () => {
      expect(best.outcome.total.spend).toBeLessThanOrEqual(content.budget + 1e-9);
      const combos = new Set(Object.values(best.plan).map((line) => `${line.channel}/${line.offer}`));
      expect(combos.size).toBeGreaterThanOrEqual(2);
      for (const id of Object.keys(best.plan))
        expect(Math.max(...optionsOf(content, id).map((option) => option.profitPerContact))).toBeGreaterThan(0);
      // Whole contacts lose less than one contact's profit per segment against the fractional bound.
      expect(best.outcome.total.profit).toBeGreaterThan(best.bound * 0.99);
    });

    it('is never beaten by a plan within the budget', () => {
      fc.assert(
        fc.property(arbitraryPlan(content), (plan) => {
          const outcome = evaluatePlan(content, plan);
          expect(outcome.total.spend).toBeLessThanOrEqual(content.budget + 1e-9);
          expect(outcome.total.profit).toBeLessThanOrEqual(best.bound + 1e-6);
        }),
        { numRuns: 300 },
      );
    });
  });

  it('matches an exhaustive search over every option on random small models', () => {
    const model = fc
      .record({
        budget: fc.integer({ min: 10, max: 5000 }),
        sizes: fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 2, maxLength: 3 }),
        costs: fc.array(fc.double({ min: 0.1, max: 30, noNaN: true }), { minLength: 3, maxLength: 3 }),
        offers: fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: 2, maxLength: 2 }),
        margins: fc.array(fc.double({ min: 1, max: 400, noNaN: true }), { minLength: 3, maxLength: 3 }),
        rates: fc.array(fc.double({ min: 0.001, max: 0.3, noNaN: true }), { minLength: 18, maxLength: 18 }),
      })
      .map(({ budget, sizes, costs, offers, margins, rates }): ModelContent => {
        const text = { zh: '段', en: 'x' };
        const channels = costs.map((cost, index) => ({
          id: `c${index}`,
          label: text,
          description: text,
          costPerContact: cost,
        }));
        const offerList = offers.map((cost, index) => ({
          id: `o${index}`,
          label: text,
          description: text,
          costPerResponse: cost,
        }));
        const segments = sizes.map((size, index) => ({
          id: `s${index}`,
          label: text,
          description: text,
          size,
          valueTier: 'medium' as const,
          marginPerResponse: margins[index]!,
        }));
        return {
          budget,
          segments,
          channels,
          offers: offerList,
          responseModel: segments.map((segment, s) => ({
            segment: segment.id,
            baseRate: 1,
            channels: Object.fromEntries(channels.map((channel, c) => [channel.id, rates[s * 6 + c]!])),
            offers: Object.fromEntries(offerList.map((offer, o) => [offer.id, rates[s * 6 + 3 + o]! * 3])),
          })),
        };
      });
    fc.assert(
      fc.property(model, (content) => {
        expect(computeBestPlan(content).bound).toBeCloseTo(exhaustiveBound(content), 6);
      }),
      { numRuns: 200 },
    );
  });
});

/** Every option for every segment (no pruning), each assignment filled greedily by profit per yuan. */
function exhaustiveBound(content: ModelContent): number {
  const lists = content.segments.map((segment) => [undefined, ...optionsOf(content, segment.id)]);
  let best = 0;
  const walk = (index: number, chosen: NonNullable<(typeof lists)[number][number]>[]) => {
    if (index === lists.length) {
      let left = content.budget;
      let profit = 0;
      for (const option of [...chosen].sort(
        (a, b) => b.profitPerContact / b.spendPerContact - a.profitPerContact / a.spendPerContact,
      )) {
        if (option.profitPerContact <= 0) continue;
        const size = content.segments.find((segment) => segment.id === option.segment)!.size;
        const contacts = Math.min(size, left / option.spendPerContact);
        left -= contacts * option.spendPerContact;
        profit += contacts * option.profitPerContact;
      }
      best = Math.max(best, profit);
      return;
    }
    for (const option of lists[index]!) walk(index + 1, option ? [...chosen, option] : chosen);
  };
  walk(0, []);
  return best;
}
