import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { defineSubproject } from '../subprojects/define';
import type { Attempt } from '../session/replay';
import { compareSets } from './sets';
import { scoredCriterion } from './criterion';
import {
  checkOverride,
  checkWeights,
  countingAttempt,
  scoreAttempt,
  studentTotal,
  subprojectGrade,
  type GradingRules,
} from './grades';

/** A sub-project that lives only in this test: pick the right options. */
const quiz = defineSubproject({
  id: 'test-quiz',
  number: 99,
  group: 'understand-crm',
  leadRoles: ['manager'],
  defaultPoints: 10,
  generated: false,
  contentSchema: z.object({ key: z.array(z.string()) }),
  gates: { submit: ['specialist', 'manager'], approve: ['manager'] },
  score: ({ content, answers }) => {
    const picked = Array.isArray(answers['picked']) ? (answers['picked'] as string[]) : [];
    const result = compareSets(picked, content?.key ?? []);
    return [
      scoredCriterion({ id: 'quiz.f1', max: 8, ratio: result.f1, explanation: { key: 'criteria.test', params: {} } }),
    ];
  },
});

const attempt = (picked: string[], overrides: Partial<Attempt> = {}): Attempt => ({
  number: 1,
  answers: { picked },
  submittedAt: 1000,
  submittedBy: { studentId: 's', role: 'specialist' },
  approvedAt: 1001,
  approvedBy: { studentId: 'm', role: 'manager' },
  final: true,
  ...overrides,
});
const rules: GradingRules = { weight: 10, latePenaltyPercent: 20, resubmission: { allowed: true, counts: 'best' } };
const content = { key: ['a', 'b'] };

describe('scoreAttempt', () => {
  it('gives full points to the key, submitted and approved by the right roles, on time', () => {
    const scored = scoreAttempt(quiz, content, 'seed', attempt(['a', 'b']), { ...rules, deadline: 2000 });
    expect(scored.criteria.map((criterion) => [criterion.id, criterion.earned, criterion.max])).toEqual([
      ['quiz.f1', 8, 8],
      ['process.roles', 1, 1],
      ['process.onTime', 1, 1],
    ]);
    expect(scored.points).toBe(10);
    expect(scored.late).toBe(false);
  });

  it('applies the late penalty and loses the on-time credit', () => {
    const scored = scoreAttempt(quiz, content, 'seed', attempt(['a', 'b']), { ...rules, deadline: 500 });
    expect(scored.late).toBe(true);
    expect(scored.criteria.find((criterion) => criterion.id === 'process.onTime')?.explanation.key).toBe(
      'criteria.process.onTime.late',
    );
    expect(scored.points).toBe(7.2); // 9 of 10 scaled, less 20 %
  });

  it('withholds role credit when an approval came from the wrong role', () => {
    const scored = scoreAttempt(
      quiz,
      content,
      'seed',
      attempt(['a'], { approvedBy: { studentId: 'x', role: 'advisor' } }),
      rules,
    );
    expect(scored.criteria.find((criterion) => criterion.id === 'process.roles')?.earned).toBe(0);
  });

  it('stays within 0–weight and is deterministic for any answer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd')),
        fc.integer({ min: 0, max: 3000 }),
        (picked, submittedAt) => {
          const scored = scoreAttempt(quiz, content, 'seed', attempt(picked, { submittedAt }), {
            ...rules,
            deadline: 1500,
          });
          expect(scored.points).toBeGreaterThanOrEqual(0);
          expect(scored.points).toBeLessThanOrEqual(10);
          expect(
            scoreAttempt(quiz, content, 'seed', attempt(picked, { submittedAt }), { ...rules, deadline: 1500 }),
          ).toEqual(scored);
        },
      ),
    );
  });
});

describe('resubmission and overrides', () => {
  const first = scoreAttempt(quiz, content, 'seed', attempt(['a', 'b']), rules);
  const second = scoreAttempt(quiz, content, 'seed', attempt(['c'], { number: 2 }), rules);

  it('counts the best or the last attempt as the class decided', () => {
    expect(countingAttempt([first, second], { allowed: true, counts: 'best' })).toBe(first);
    expect(countingAttempt([first, second], { allowed: true, counts: 'last' })).toBe(second);
    expect(countingAttempt([], { allowed: true, counts: 'best' })).toBeUndefined();
  });

  it('keeps the automatic value beside an override and counts the override', () => {
    const grade = subprojectGrade(
      'test-quiz',
      10,
      [first, second],
      { allowed: true, counts: 'last' },
      { points: 6, reason: '现场答辩补充说明', at: 5 },
    );
    expect(grade.auto).toBe(second.points);
    expect(grade.final).toBe(6);
    expect(subprojectGrade('test-quiz', 10, [], rules.resubmission).final).toBeNull();
  });

  it('requires a reason and points within the weight for an override', () => {
    expect(checkOverride(6, '  ', 10)).toEqual(['override.reasonRequired']);
    expect(checkOverride(11, 'x', 10)).toEqual(['override.outOfRange']);
    expect(checkOverride(Number.NaN, 'x', 10)).toEqual(['override.outOfRange']);
    expect(checkOverride(10, 'ok', 10)).toEqual([]);
  });

  it('adds individual adjustments to the team total, within 0–100', () => {
    const grades = [subprojectGrade('test-quiz', 10, [first], rules.resubmission)];
    expect(studentTotal(grades, [{ studentId: 's', points: -2.5, reason: '缺勤', at: 1 }])).toBe(7.5);
    expect(studentTotal(grades, [{ studentId: 's', points: -50, reason: 'x', at: 1 }])).toBe(0);
  });
});

describe('checkWeights', () => {
  it('accepts weights that sum to 100 and names what is wrong otherwise', () => {
    expect(checkWeights({ a: 60, b: 40 }, ['a', 'b'])).toEqual({ ok: true, total: 100, missing: [], negative: [] });
    expect(checkWeights({ a: 60 }, ['a', 'b'])).toMatchObject({ ok: false, total: 60, missing: ['b'] });
    expect(checkWeights({ a: 110, b: -10 }, ['a', 'b'])).toMatchObject({ ok: false, negative: ['b'] });
    expect(checkWeights({ a: 33.3, b: 66.7 }, ['a', 'b']).ok).toBe(true);
  });
});
