import { describe, expect, it } from 'vitest';
import { trimmedPeerScore } from './peer';

describe('trimmedPeerScore', () => {
  it('drops one highest and one lowest, then averages', () => {
    expect(trimmedPeerScore([7, 9, 10, 3, 8])).toEqual({
      ok: true,
      average: 8,
      trimmed: true,
      kept: [7, 8, 9],
      dropped: [3, 10],
    });
  });

  it('drops only one of several equal extremes', () => {
    const result = trimmedPeerScore([10, 10, 10, 2]);
    expect(result).toMatchObject({ ok: true, average: 10, kept: [10, 10] });
  });

  it('rounds the average to two decimals', () => {
    expect(trimmedPeerScore([0, 7, 8, 8, 10])).toMatchObject({ average: 7.67 });
  });

  it('does not trim with fewer than three scores', () => {
    expect(trimmedPeerScore([6, 9])).toMatchObject({ ok: true, average: 7.5, trimmed: false, dropped: [] });
  });

  it('refuses scores that are not whole points from 0 to 10', () => {
    expect(trimmedPeerScore([5, 7.5, 11, -1, 8])).toEqual({
      ok: false,
      code: 'peer.invalidScores',
      invalidIndexes: [1, 2, 3],
    });
    expect(trimmedPeerScore([Number.NaN])).toMatchObject({ ok: false, code: 'peer.invalidScores' });
  });

  it('says when there is nothing to average', () => {
    expect(trimmedPeerScore([])).toEqual({ ok: false, code: 'peer.noScores' });
  });
});
