import { describe, expect, it } from 'vitest';
import { fixtureContent } from '../../../../tests/fixtures/scoring';
import { contentSchema, type Content } from './content';

const bakery: Content = fixtureContent(5, contentSchema);
const paths = (value: unknown) =>
  contentSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('sub-project 6 content rules', () => {
  it('accepts the bakery fixture', () => {
    expect(paths(bakery)).toEqual([]);
  });

  it('reports a response model that misses a multiplier, names an unknown offer or leaves a segment out', () => {
    const broken = structuredClone(bakery) as any;
    delete broken.responseModel[0].channels.flyer;
    broken.responseModel[1].offers.voucher = 2;
    broken.responseModel.pop();
    expect(paths(broken)).toEqual([
      'responseModel.0.channels: no multiplier for "flyer"',
      'responseModel.1.offers.voucher: unknown offer "voucher"',
      'segments.2: no response-model row for "passers-by"',
    ]);
  });

  it('reports duplicate ids, a period that ends before it starts and a KPI bank without units or distractors', () => {
    const broken = structuredClone(bakery) as any;
    broken.offers[1].id = 'loyalty-card';
    broken.campaign.end = '2024-04-30';
    broken.kpis[0].unit = null;
    broken.kpis[4].measurable = true;
    broken.kpis[4].unit = { zh: '次', en: 'times' };
    expect(paths(broken)).toEqual([
      'offers.1.id: duplicate id "loyalty-card"',
      'campaign.end: the campaign ends before it starts',
      'responseModel.0.offers.free-coffee: unknown offer "free-coffee"',
      'responseModel.1.offers.free-coffee: unknown offer "free-coffee"',
      'responseModel.2.offers.free-coffee: unknown offer "free-coffee"',
      'kpis.0.unit: a measurable KPI needs a unit',
      'kpis: needs at least 2 vague aims as distractors',
    ]);
  });

  it('refuses a model that makes no exercise: a budget that buys everything, no trap segment', () => {
    const rich = structuredClone(bakery) as any;
    rich.budget = 100_000;
    expect(paths(rich)).toEqual([
      'budget: the budget reaches every profitable segment in full with its most profitable option (1250); make it smaller',
    ]);
    const noTrap = structuredClone(bakery) as any;
    noTrap.segments[2].marginPerResponse = 500;
    expect(paths(noTrap)).toContain(
      'responseModel: at least one segment must lose money with every channel and offer (a targeting trap)',
    );
  });

  it('refuses value tiers that contradict the response model', () => {
    const swapped = structuredClone(bakery) as any;
    swapped.segments[0].valueTier = 'low';
    swapped.segments[2].valueTier = 'high';
    expect(paths(swapped)).toEqual([
      'segments: the best plan spends more on low-value than on high-value segments; the value tiers contradict the response model',
    ]);
  });

  it('refuses a response rate above one and a date that is not a date', () => {
    const broken = structuredClone(bakery) as any;
    broken.responseModel[0].baseRate = 0.5;
    broken.campaign.start = '2024-02-30';
    expect(paths(broken)).toEqual([
      'campaign.start: must be a real calendar date',
      'responseModel.0: the best channel and offer would make more than every customer respond',
    ]);
  });
});
