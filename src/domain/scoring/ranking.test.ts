import { describe, expect, it } from 'vitest';
import { compareRankings } from './ranking';

describe('compareRankings', () => {
  const key = ['intent', 'follow-up', 'negotiation', 'signed'];

  it('gives 1 for the key order and 0 score for the reversed order', () => {
    expect(compareRankings(key, key)).toMatchObject({ tau: 1, score: 1, misplaced: [] });
    const reversed = compareRankings([...key].reverse(), key);
    expect(reversed.tau).toBe(-1);
    expect(reversed.score).toBe(0);
  });

  it('names the misplaced items of a single swap', () => {
    const result = compareRankings(['intent', 'negotiation', 'follow-up', 'signed'], key);
    expect(result.concordantPairs).toBe(5);
    expect(result.discordantPairs).toBe(1);
    expect(result.tau).toBeCloseTo(4 / 6);
    expect(result.misplaced).toEqual(['follow-up', 'negotiation']);
  });

  it('never rewards leaving items out', () => {
    const partial = compareRankings(['intent', 'signed'], key);
    expect(partial.missing).toEqual(['follow-up', 'negotiation']);
    expect(partial.tau).toBeLessThan(compareRankings(['intent', 'negotiation', 'follow-up', 'signed'], key).tau);
    expect(compareRankings([], key).score).toBe(0);
  });

  it('ignores items that are not in the key and repeated items', () => {
    expect(compareRankings(['intent', 'coffee', 'follow-up', 'intent', 'negotiation', 'signed'], key).tau).toBe(1);
  });

  it('handles keys of zero and one item', () => {
    expect(compareRankings([], []).tau).toBe(1);
    expect(compareRankings(['a'], ['a']).tau).toBe(1);
    expect(compareRankings([], ['a']).score).toBe(0);
  });
});
