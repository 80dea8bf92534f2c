import { describe, expect, it } from 'vitest';
import { matchPairs } from './matching';

const key = new Map([
  ['complaints', 'complaint-tracking'],
  ['poaching', 'ownership-rules'],
  ['fraud', 'price-supervision'],
]);

describe('matchPairs', () => {
  it('reports correct, wrong and missing matches by item', () => {
    const answer = new Map([
      ['complaints', 'complaint-tracking'],
      ['poaching', 'training'],
    ]);
    const result = matchPairs(answer, key);
    expect(result.correct).toEqual(['complaints']);
    expect(result.wrong).toEqual([{ item: 'poaching', given: 'training', expected: 'ownership-rules' }]);
    expect(result.missing).toEqual(['fraud']);
    expect(result.accuracy).toBeCloseTo(1 / 3);
  });

  it('counts matches for items outside the key against accuracy', () => {
    const answer = new Map([...key, ['weather', 'complaint-tracking']]);
    const result = matchPairs(answer, key);
    expect(result.extra).toEqual(['weather']);
    expect(result.accuracy).toBe(0.75);
  });

  it('accepts a custom comparison, e.g. any of several right answers', () => {
    const multi = new Map([['complaints', ['complaint-tracking', 'hotline']]]);
    const result = matchPairs(new Map([['complaints', ['hotline']]]), multi, (given, expected) =>
      given.every((value) => expected.includes(value)),
    );
    expect(result.accuracy).toBe(1);
  });

  it('scores an empty answer against an empty key as perfect', () => {
    expect(matchPairs(new Map(), new Map()).accuracy).toBe(1);
    expect(matchPairs(new Map(), key).accuracy).toBe(0);
  });
});
