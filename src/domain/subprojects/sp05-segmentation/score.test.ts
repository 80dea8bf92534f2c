import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { totalOf } from '../../scoring/criterion';
import type { Answers } from '../../session/replay';
import { finalAttempt, fixtureContent } from '../../../../tests/fixtures/scoring';
import { FIELDS } from './answers';
import { contentSchema, type Content } from './content';
import { generate } from './generate';
import { describeEvidence, MAX, scoreSegmentation } from './score';
import { answersFor as keyAnswers } from './key';

const content: Content = fixtureContent(4, contentSchema);
const SEED = 'bakery/class/team-1';
const data = generate(content, SEED);
const score = (answers: Answers, teamSeed = SEED) =>
  scoreSegmentation({ content, teamSeed, answers, attempt: finalAttempt(answers) });
const byId = (answers: Answers) => Object.fromEntries(score(answers).map((criterion) => [criterion.id, criterion]));
const fullMax = MAX.rfm + MAX.abc + MAX.clv + MAX.segments + MAX.treatments;
type Results = Record<string, { revenue: number; R: number; F: number; M: number; ABC: string; segment: string }>;

describe('sub-project 5 scoring', () => {
  it('gives full points to the key, for any team seed', () => {
    expect(fullMax).toBe(10);
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), (seed) => {
        const answers = keyAnswers(content, generate(content, seed));
        expect(totalOf(score(answers, seed))).toEqual({ earned: fullMax, max: fullMax, pendingMax: 0 });
      }),
      { numRuns: 20 },
    );
  });

  it('scores an empty or garbage-typed submission zero without errors', () => {
    expect(totalOf(score({})).earned).toBe(0);
    const garbage = [
      { results: 'x', clv: { C001: 5 }, treatments: ['a'] },
      {
        results: { C001: { R: '5', F: 9, M: null, ABC: 'Z' } },
        clv: [null, 3, { customer: 1 }],
        treatments: { x: 'y' },
      },
      { results: [1, 2], clv: 'C001', treatments: null },
    ];
    for (const answers of garbage) expect(totalOf(score(answers as Answers)).earned).toBe(0);
  });

  it('scores a team that copies another team badly', () => {
    const other = generate(content, 'bakery/class/team-2');
    const copied = totalOf(score(keyAnswers(content, other))).earned;
    expect(copied).toBeLessThan(0.45 * fullMax);
  });

  it('scores random answers low and stays within bounds', () => {
    const ids = data.customers.map((customer) => customer.id);
    const row = fc.record({
      revenue: fc.nat(),
      R: fc.integer({ min: 1, max: 5 }),
      F: fc.integer({ min: 1, max: 5 }),
      M: fc.integer({ min: 1, max: 5 }),
      ABC: fc.constantFrom('A', 'B', 'C'),
      segment: fc.constantFrom(...content.segments.map((segment) => segment.id)),
    });
    fc.assert(
      fc.property(
        fc.tuple(...ids.map(() => row)),
        fc.array(fc.record({ customer: fc.constantFrom(...ids), value: fc.nat().map(String) }), { maxLength: 6 }),
        fc.dictionary(
          fc.constantFrom(...content.segments.map((segment) => segment.id)),
          fc.subarray(content.treatments.map((treatment) => treatment.id)),
        ),
        (rows, clv, treatments) => {
          const answers = { results: Object.fromEntries(ids.map((id, index) => [id, rows[index]!])), clv, treatments };
          const criteria = score(answers);
          for (const criterion of criteria) expect(criterion.earned).toBeLessThanOrEqual(criterion.max);
          expect(totalOf(criteria).earned).toBeLessThan(0.5 * fullMax);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('names the customers, classes, segments and broken policy rules it took points for', () => {
    const answers = keyAnswers(content, data) as {
      results: Results;
      clv: { customer: string; value: string }[];
      treatments: Record<string, string[]>;
    };
    const [first, second] = [...data.key.rows].sort((a, b) => b.revenue - a.revenue);
    const results = structuredClone(answers.results);
    results[first!.customer] = { ...results[first!.customer]!, R: (first!.r % 5) + 1, ABC: 'C' };
    delete results[second!.customer];
    const clv = answers.clv.map((row, index) =>
      index === 0 ? { ...row, value: String(Number(row.value) * 1.5) } : row,
    );
    const treatments = { ...answers.treatments, regulars: ['half-price'], occasional: [] };
    const criteria = byId({
      [FIELDS.results]: results,
      [FIELDS.clv]: clv.slice(0, -1),
      [FIELDS.treatments]: treatments,
    });

    expect(criteria['segmentation.rfm']?.evidence).toEqual([
      { ref: `rfm:${first!.customer}:R`, verdict: 'wrong' },
      { ref: `customer:${second!.customer}`, verdict: 'missing' },
    ]);
    expect(criteria['segmentation.rfm']?.explanation.params).toMatchObject({
      right: data.key.rows.length - 2,
      wrongR: 1,
      missing: 1,
    });
    expect(criteria['segmentation.abc']?.evidence).toEqual([{ ref: `abc:${first!.customer}`, verdict: 'wrong' }]);
    const clvEvidence = criteria['segmentation.clv']?.evidence ?? [];
    expect(clvEvidence[0]).toEqual({ ref: `clv:${data.key.top[0]!.customer}`, verdict: 'wrong' });
    expect(clvEvidence.at(-1)).toEqual({ ref: `clv:${data.key.top.at(-1)!.customer}`, verdict: 'missing' });
    expect(criteria['segmentation.clv']?.explanation.params).toEqual({
      within: data.key.top.length - 2,
      top: data.key.top.length,
    });
    const policy = criteria['segmentation.treatments']?.evidence;
    expect(policy).toContainEqual({ ref: 'treatment:regulars:half-price', verdict: 'extra' });
    expect(policy).toContainEqual({ ref: 'segment:occasional', verdict: 'missing' });
    expect(policy).toContainEqual({ ref: 'aclass:regulars', verdict: 'missing' });
  });

  it('lists the first few wrong customers and counts the rest', () => {
    const results = Object.fromEntries(
      data.key.rows.map((row) => [row.customer, { revenue: 1, R: 1, F: 1, M: 1, ABC: 'C', segment: 'drifting' }]),
    );
    const evidence = byId({ results })['segmentation.rfm']?.evidence ?? [];
    expect(evidence).toHaveLength(9);
    expect(evidence.at(-1)?.ref).toMatch(/^more:\d+$/);
  });

  it('describes evidence in the words on screen', () => {
    const customer = data.customers[16]!;
    expect(describeEvidence(content, `customer:${customer.id}`, SEED)).toEqual({
      zh: `${customer.id} ${customer.name.zh}`,
      en: `${customer.id} ${customer.name.en}`,
    });
    expect(describeEvidence(content, `rfm:${customer.id}:RM`, SEED)?.zh).toBe(
      `${customer.id} ${customer.name.zh} · R, M`,
    );
    expect(describeEvidence(content, `abc:${customer.id}`, SEED)?.zh).toMatch(/应为 [ABC] 类$/);
    expect(describeEvidence(content, 'treatment:regulars:half-price', SEED)).toEqual({
      zh: '常客 · 全场五折',
      en: 'Regulars · Everything at half price',
    });
    expect(describeEvidence(content, 'aclass:regulars', SEED)?.zh).toMatch(
      /^常客 · 店主亲自问候，记住口味 · A类客户如 C\d{3} /,
    );
    expect(describeEvidence(content, 'more:12', SEED)?.en).toBe('12 more not listed');
    expect(describeEvidence(content, 'customer:C999', SEED)).toBeUndefined();
  });
});

describe('sub-project 5 content rules', () => {
  it('reports overlapping and uncovered R×F cells, unknown treatments and too few distractors with their paths', () => {
    const broken = structuredClone(content) as any;
    broken.segments[1].rule = { r: [3, 5], f: [1, 3] };
    broken.segments[2].rule = { r: [1, 2], f: [1, 5] };
    broken.segments[0].treatments = ['member-card', 'caviar'];
    broken.treatments = broken.treatments.filter((treatment: { id: string }) => treatment.id !== 'raise-prices');
    broken.abc = { a: 95, b: 80 };
    const result = contentSchema.safeParse(broken);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'abc.b: the B cut-off must be above the A cut-off',
      'segments.1.rule: cell R4 F3 is already in segment "regulars"',
      'segments.1.rule: cell R5 F3 is already in segment "regulars"',
      'segments: no segment covers R3 F4, R3 F5',
      'segments.0.treatments.1: unknown treatment "caviar"',
      'treatments: needs at least 2 distractor treatments (fitting no segment), found 1',
    ]);
  });

  it('reports duplicate treatment ids, segments sharing a label and an impossible order count', () => {
    const broken = structuredClone(content) as any;
    broken.treatments.push({ ...broken.treatments[0] });
    broken.segments[1].label = { ...broken.segments[0].label };
    broken.data.ordersPerCustomer = { typical: 9, max: 4 };
    const result = contentSchema.safeParse(broken);
    const treatmentCount = content.treatments.length;
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'data.ordersPerCustomer.typical: the typical number of records must not exceed the maximum',
      `segments.1.label.zh: another segment is already called "${content.segments[0]!.label.zh}"`,
      `segments.1.label.en: another segment is already called "${content.segments[0]!.label.en}"`,
      `treatments.${treatmentCount}.id: duplicate treatment id "${content.treatments[0]!.id}"`,
    ]);
  });
});
