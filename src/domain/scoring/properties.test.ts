/**
 * Property tests over every shared mechanic: whatever a student submits, each
 * score lies within its bounds and the same input always gives the same score.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoredCriterion, totalOf } from './criterion';
import { matchPairs } from './matching';
import { trimmedPeerScore } from './peer';
import { compareRankings } from './ranking';
import { compareSets } from './sets';
import { toleranceCredit } from './tolerance';

const item = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
const items = fc.array(item, { maxLength: 12 });
const explanation = { key: 'criteria.test', params: {} };
const inUnit = (value: number): boolean => value >= 0 && value <= 1;

describe('scoring mechanics — properties', () => {
  it('set comparison: precision, recall and F1 in [0, 1], deterministic, perfect on the key', () => {
    fc.assert(
      fc.property(items, items, (selected, key) => {
        const result = compareSets(selected, key);
        expect([result.precision, result.recall, result.f1].every(inUnit)).toBe(true);
        expect(compareSets(selected, key)).toEqual(result);
        expect(compareSets(key, key).f1).toBe(1);
        expect(result.truePositives.length + result.falseNegatives.length).toBe(new Set(key).size);
      }),
    );
  });

  it('rank comparison: tau in [-1, 1], score in [0, 1], deterministic, 1 on the key', () => {
    fc.assert(
      fc.property(fc.uniqueArray(item), items, (key, answer) => {
        const result = compareRankings(answer, key);
        expect(result.tau).toBeGreaterThanOrEqual(-1);
        expect(result.tau).toBeLessThanOrEqual(1);
        expect(inUnit(result.score)).toBe(true);
        expect(compareRankings(answer, key)).toEqual(result);
        expect(compareRankings(key, key).tau).toBe(1);
      }),
    );
  });

  it('tolerance credit in [0, 1], deterministic, 1 on the exact value', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: false }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (actual, expected, relative) => {
          const credit = toleranceCredit(actual, expected, { relative });
          expect(inUnit(credit)).toBe(true);
          expect(toleranceCredit(actual, expected, { relative })).toBe(credit);
          expect(toleranceCredit(expected, expected, { relative })).toBe(1);
        },
      ),
    );
  });

  it('matching accuracy in [0, 1] and deterministic', () => {
    const pairs = fc.array(fc.tuple(item, fc.constantFrom(1, 2, 3)), { maxLength: 10 });
    fc.assert(
      fc.property(pairs, pairs, (answerPairs, keyPairs) => {
        const result = matchPairs(new Map(answerPairs), new Map(keyPairs));
        expect(inUnit(result.accuracy)).toBe(true);
        expect(matchPairs(new Map(answerPairs), new Map(keyPairs))).toEqual(result);
        expect(matchPairs(new Map(keyPairs), new Map(keyPairs)).accuracy).toBe(1);
      }),
    );
  });

  it('peer score lies between the lowest and highest valid score', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 40 }), (scores) => {
        const result = trimmedPeerScore(scores);
        if (!result.ok) throw new Error('valid scores refused');
        expect(result.average).toBeGreaterThanOrEqual(Math.min(...scores));
        expect(result.average).toBeLessThanOrEqual(Math.max(...scores));
        expect(result.kept.length + result.dropped.length).toBe(scores.length);
        expect(trimmedPeerScore(scores)).toEqual(result);
      }),
    );
  });

  it('criteria earn within [0, max] and totals never exceed their maximum', () => {
    const criterionInput = fc.record({ max: fc.integer({ min: 0, max: 20 }), ratio: fc.double() });
    fc.assert(
      fc.property(fc.array(criterionInput, { maxLength: 12 }), (inputs) => {
        const criteria = inputs.map((input, i) => scoredCriterion({ id: `c${i}`, ...input, explanation }));
        for (const criterion of criteria) {
          expect(criterion.earned).toBeGreaterThanOrEqual(0);
          expect(criterion.earned).toBeLessThanOrEqual(criterion.max);
        }
        const total = totalOf(criteria);
        expect(total.earned).toBeLessThanOrEqual(total.max);
        expect(totalOf(criteria)).toEqual(total);
      }),
    );
  });
});
