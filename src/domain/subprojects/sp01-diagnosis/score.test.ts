import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { totalOf } from '../../scoring/criterion';
import type { Answers } from '../../session/replay';
import { finalAttempt, fixtureContent, expectBoundedAndRepeatable } from '../../../../tests/fixtures/scoring';
import { contentSchema, type Content } from './content';
import { MAX, scoreDiagnosis } from './score';

const content: Content = fixtureContent(0, contentSchema);
const attempt = finalAttempt;
const score = (answers: Answers) => scoreDiagnosis({ content, teamSeed: 'seed', answers, attempt: attempt(answers) });
const byId = (answers: Answers) => Object.fromEntries(score(answers).map((criterion) => [criterion.id, criterion]));

/** The answer a perfect team would give, built from the key. */
function keyAnswers(): Answers {
  const real = content.problems.filter((problem) => problem.real);
  return {
    problems: real.map((problem) => problem.id),
    levers: Object.fromEntries(real.map((problem) => [problem.id, problem.levers[0]!])),
    memo: Object.fromEntries(content.memoParts.map((part) => [part.id, '这是一段足够长的备忘录内容用于测试评分规则'])),
  };
}

describe('sub-project 1 scoring', () => {
  it('gives full automatic points to the key and leaves memo quality to the instructor', () => {
    const total = totalOf(score(keyAnswers()));
    expect(total).toEqual({
      earned: MAX.problems + MAX.levers + MAX.memo,
      max: MAX.problems + MAX.levers + MAX.memo,
      pendingMax: MAX.memoQuality,
    });
  });

  it('scores an empty submission zero without errors', () => {
    expect(totalOf(score({})).earned).toBe(0);
    expect(totalOf(score({ problems: 'garbage', levers: [1, 2], memo: null })).earned).toBe(0);
  });

  it('names the missed real problem and the distractor picked', () => {
    const criteria = byId({ problems: ['no-records', 'no-follow-up', 'old-oven'] });
    expect(criteria['diagnosis.problems']?.evidence).toEqual([
      { ref: 'problem:no-segments', verdict: 'missing' },
      { ref: 'problem:old-oven', verdict: 'extra' },
    ]);
    expect(criteria['diagnosis.problems']?.earned).toBe(2); // F1 = 2/3
  });

  it('credits a lever only for a chosen real problem, accepting any lever that addresses it', () => {
    const criteria = byId({
      problems: ['no-records', 'no-segments'],
      levers: { 'no-records': 'customer-file', 'no-segments': 'customer-file', 'no-follow-up': 'complaint-tracking' },
    });
    expect(criteria['diagnosis.levers']?.explanation.params).toEqual({ matched: 2, real: 3 });
    expect(criteria['diagnosis.levers']?.evidence).toEqual([{ ref: 'problem:no-follow-up', verdict: 'missing' }]);
    expect(
      byId({ problems: ['no-records'], levers: { 'no-records': 'price-cut' } })['diagnosis.levers']?.evidence[0],
    ).toEqual({
      ref: 'problem:no-records',
      verdict: 'wrong',
    });
  });

  it('counts memo parts that reach their length in letters and digits, not spaces or punctuation', () => {
    const criteria = byId({ memo: { situation: '问题很多，'.repeat(3), actions: '。。。。。。。。。。    ' } });
    expect(criteria['diagnosis.memo']?.explanation.params).toEqual({ complete: 1, parts: 2 });
    expect(criteria['diagnosis.memo']?.evidence).toEqual([{ ref: 'memo:actions', verdict: 'missing' }]);
  });

  it('keeps every criterion within its maximum and is deterministic for random answers', () => {
    const ids = content.problems.map((problem) => problem.id);
    const leverIds = content.levers.map((lever) => lever.id);
    const answers = fc.record({
      problems: fc.subarray(ids),
      levers: fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...leverIds)),
      memo: fc.dictionary(fc.constantFrom('situation', 'actions', 'other'), fc.string({ maxLength: 40 })),
    });
    fc.assert(
      fc.property(answers, (generated) => {
        expectBoundedAndRepeatable(() => score(generated));
      }),
    );
  });

  it('scores random ticking low on average', () => {
    const ids = content.problems.map((problem) => problem.id);
    let sum = 0;
    fc.assert(
      fc.property(fc.subarray(ids), (problems) => {
        sum += byId({ problems })['diagnosis.problems']!.earned;
      }),
      { numRuns: 200, seed: 7 },
    );
    expect(sum / 200 / MAX.problems).toBeLessThan(0.6);
  });

  it('waits for content when a scenario has none', () => {
    expect(scoreDiagnosis({ content: undefined, teamSeed: 's', answers: {}, attempt: attempt({}) })[0]?.status).toBe(
      'pending',
    );
  });
});

describe('sub-project 1 content rules', () => {
  it('refuses a real problem without a lever, a distractor with one and an unknown lever', () => {
    const broken = structuredClone(content) as { problems: { real: boolean; levers: string[] }[] };
    broken.problems[0]!.levers = [];
    broken.problems[3]!.levers = ['customer-file'];
    broken.problems[1]!.levers = ['nope'];
    const result = contentSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'problems.0.levers',
      'problems.1.levers.0',
      'problems.3.levers',
    ]);
  });
});

describe('sub-project 1 evidence names', () => {
  it('names problems and memo parts as the team saw them', async () => {
    const { describeEvidence } = await import('./score');
    expect(describeEvidence(content, 'problem:no-records')).toEqual({
      zh: '店里不知道谁是常客',
      en: 'The shop does not know who its regulars are',
    });
    expect(describeEvidence(content, 'memo:actions')?.en).toBe('Recommendations');
    expect(describeEvidence(content, 'problem:nope')).toBeUndefined();
    expect(describeEvidence(content, 'other')).toBeUndefined();
  });
});
