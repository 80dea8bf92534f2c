import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { totalOf } from '../../scoring/criterion';
import type { Answers } from '../../session/replay';
import {
  expectBoundedAndRepeatable,
  finalAttempt,
  fixtureContent,
  scenarioContent,
} from '../../../../tests/fixtures/scoring';
import { FIELDS } from './answers';
import { contentSchema, type Content } from './content';
import { keyAnswers } from './key';
import { bestPlanOf } from './model';
import { describeEvidence, MAX, scoreMarketingPlan } from './score';

const bakery: Content = fixtureContent(5, contentSchema);
const scoreWith = (content: Content, answers: Answers) =>
  scoreMarketingPlan({ content, teamSeed: 'seed', answers, attempt: finalAttempt(answers) });
const byId = (answers: Answers, content = bakery) =>
  Object.fromEntries(scoreWith(content, answers).map((criterion) => [criterion.id, criterion]));
const autoMax = MAX.constraints + MAX.profit + MAX.objectives + MAX.targeting;

const line = (channel: string, offer: string, contacts: number | string) => ({
  included: true,
  channel,
  offer,
  contacts: String(contacts),
});
const scenario = (file: string): Content =>
  scenarioContent(`scenarios/${file}.json`, 'sp06-marketing-plan', contentSchema);

describe('sub-project 6 scoring', () => {
  it.each([
    ['bakery', bakery],
    ['car-market', scenario('car-market')],
    ['securities-firm', scenario('securities-firm')],
    ['textile-sme', scenario('textile-sme')],
  ])('gives the key full automatic points in %s; creativity waits for the instructor', (_name, content) => {
    expect(totalOf(scoreWith(content, keyAnswers(content)))).toEqual({
      earned: autoMax,
      max: autoMax,
      pendingMax: MAX.creativity,
    });
  });

  it('scores an empty submission and garbage zero without errors', () => {
    expect(totalOf(scoreWith(bakery, {})).earned).toBe(0);
    const garbage = {
      'segment:regulars': 'yes',
      'segment:office-workers': { included: 'true', channel: 7, contacts: [] },
      'segment:nope': { included: true, channel: 'wechat', offer: 'discount', contacts: '10' },
      objectives: { kpi: 'responses' },
      rationale: 42,
    };
    expect(totalOf(scoreWith(bakery, garbage)).earned).toBe(0);
    expect(totalOf(scoreWith(bakery, { objectives: [null, 3, { kpi: 5, target: {}, date: [] }] })).earned).toBe(0);
  });

  it('refuses the constraints of a plan over budget, naming the amounts, and judges its profit scaled to the budget', () => {
    const criteria = byId({ 'segment:regulars': line('in-store', 'loyalty-card', 150) });
    expect(criteria['marketing.constraints']).toMatchObject({
      earned: 0,
      explanation: { key: 'sp06.criteria.constraints.overBudget', params: { spend: 450, budget: 400, over: 50 } },
    });
    expect(criteria['marketing.profit']?.explanation.key).toBe('sp06.criteria.profit.scaled');
    expect(criteria['marketing.profit']?.explanation.params['credited']).toBe(Math.round((150 * 30 * 400) / 450));
  });

  it('names incomplete lines and contacts beyond a segment’s size', () => {
    const criteria = byId({
      'segment:regulars': line('wechat', 'loyalty-card', 151),
      'segment:office-workers': { included: true, channel: 'flyer', contacts: '100' },
      'segment:passers-by': { included: false, channel: 'flyer', offer: 'discount', contacts: '100' },
    });
    expect(criteria['marketing.constraints']).toMatchObject({
      earned: 0,
      explanation: { key: 'sp06.criteria.constraints.faults', params: { faulty: 2, included: 2 } },
      evidence: [
        { ref: 'segment:regulars', verdict: 'wrong' },
        { ref: 'segment:office-workers', verdict: 'missing' },
      ],
    });
  });

  it('compares profit with the best plan and names the best channel and offer the team missed', () => {
    const criteria = byId({
      'segment:regulars': line('wechat', 'loyalty-card', 150),
      'segment:office-workers': line('wechat', 'free-coffee', 400),
      'segment:passers-by': line('flyer', 'discount', 50),
    });
    const profit = criteria['marketing.profit']!;
    const expected = 150 * 24.25 + 400 * 0.52 - 50 * 0.95;
    expect(profit.earned).toBeCloseTo(MAX.profit * (expected / bestPlanOf(bakery).bound), 1);
    expect(profit.evidence).toEqual([
      { ref: 'best:office-workers', verdict: 'wrong' },
      { ref: 'segment:passers-by', verdict: 'extra' },
    ]);
    expect(byId({ 'segment:regulars': line('wechat', 'loyalty-card', 150) })['marketing.profit']?.evidence).toEqual([
      { ref: 'best:office-workers', verdict: 'missing' },
    ]);
  });

  it('gives no profit credit to a plan that loses money', () => {
    const criteria = byId({ 'segment:passers-by': line('flyer', 'discount', 300) });
    expect(criteria['marketing.profit']).toMatchObject({
      earned: 0,
      explanation: { key: 'sp06.criteria.profit.loss' },
    });
  });

  it('counts objectives with a measurable KPI, a numeric target and a date in the campaign', () => {
    const criteria = byId({
      objectives: [
        { id: 'o1', kpi: 'responses', target: '120', date: '2024-05-31' },
        { id: 'o2', kpi: 'brand-image', target: '10', date: '2024-05-20' },
        { id: 'o3', kpi: 'sales', target: '很多', date: '2024-05-20' },
        { id: 'o4', kpi: 'repeat-visits', target: '３', date: '2024-06-02' },
        { id: 'o5', target: '', date: '' },
        { id: 'o6', kpi: 'responses', target: '１，２００', date: '2024-05-01' },
      ],
    });
    const objectives = criteria['marketing.objectives']!;
    expect(objectives.explanation.params).toMatchObject({ good: 1, stated: 5, vague: 1, noTarget: 1, badDate: 1 });
    expect(objectives.earned).toBeCloseTo((MAX.objectives * 1) / 5, 2);
    expect(objectives.evidence).toEqual([
      { ref: 'kpi:brand-image', verdict: 'wrong' },
      { ref: 'kpi:sales', verdict: 'wrong' },
      { ref: 'kpi:repeat-visits', verdict: 'wrong' },
    ]);
  });

  it('checks that targeting follows segment value and spends nothing on segments that always lose', () => {
    const trap = byId({
      'segment:passers-by': line('flyer', 'discount', 100),
      'segment:regulars': line('wechat', 'loyalty-card', 100),
    });
    expect(trap['marketing.targeting']).toMatchObject({
      earned: 0,
      explanation: { params: { high: 33, low: 67, losing: 1 } },
      evidence: [{ ref: 'segment:passers-by', verdict: 'extra' }],
    });
    const good = byId({
      'segment:regulars': line('wechat', 'loyalty-card', 150),
      'segment:office-workers': line('flyer', 'free-coffee', 300),
    });
    expect(good['marketing.targeting']?.earned).toBe(MAX.targeting);
    expect(byId({})['marketing.targeting']?.explanation.key).toBe('sp06.criteria.targeting.none');
  });

  it('stays within bounds, is deterministic, and scores random plans low on average', () => {
    const segment = (id: string, size: number) =>
      fc
        .record({
          included: fc.boolean(),
          channel: fc.constantFrom(...bakery.channels.map((channel) => channel.id), 'fax'),
          offer: fc.constantFrom(...bakery.offers.map((offer) => offer.id)),
          contacts: fc.oneof(fc.integer({ min: 0, max: size * 2 }).map(String), fc.string({ maxLength: 4 })),
        })
        .map((value) => [FIELDS.segment(id), value] as const);
    const answers = fc
      .tuple(...bakery.segments.map((item) => segment(item.id, item.size)))
      .map((entries) => Object.fromEntries(entries) as Answers);
    let sum = 0;
    fc.assert(
      fc.property(answers, (generated) => {
        const criteria = expectBoundedAndRepeatable(() => scoreWith(bakery, generated));
        sum += totalOf(criteria).earned;
      }),
      { numRuns: 300, seed: 6 },
    );
    expect(sum / 300 / autoMax).toBeLessThan(0.3);
  });

  it('waits for content when a scenario has none', () => {
    expect(
      scoreMarketingPlan({ content: undefined, teamSeed: 's', answers: {}, attempt: finalAttempt({}) })[0]?.status,
    ).toBe('pending');
  });

  it('scores in well under a few milliseconds', () => {
    const content = scenario('car-market');
    const answers = keyAnswers(content);
    scoreWith(content, answers);
    const start = performance.now();
    for (let i = 0; i < 50; i += 1) scoreWith(structuredClone(content), answers);
    expect((performance.now() - start) / 50).toBeLessThan(5);
  });
});

describe('sub-project 6 evidence names', () => {
  it('names segments, KPIs and the best line in the words on screen', () => {
    expect(describeEvidence(bakery, 'segment:regulars')).toEqual({ zh: '常客', en: 'Regulars' });
    expect(describeEvidence(bakery, 'kpi:brand-image')?.en).toBe("Improve the shop's image");
    expect(describeEvidence(bakery, 'best:office-workers')).toEqual({
      zh: '写字楼上班族 → 街头传单 + 买面包送咖啡',
      en: 'Office workers → Street flyers + Free coffee with bread',
    });
    expect(describeEvidence(bakery, 'best:passers-by')).toBeUndefined();
    expect(describeEvidence(bakery, 'other:x')).toBeUndefined();
  });
});
