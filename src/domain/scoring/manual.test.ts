import { describe, expect, it } from 'vitest';
import { pendingCriterion, scoredCriterion, totalOf } from './criterion';
import { applyManualScores } from './manual';

const explanation = { key: 'criteria.test', params: {} };
const criteria = [
  scoredCriterion({ id: 'auto', max: 4, ratio: 1, explanation }),
  pendingCriterion('memo.quality', 2, explanation),
  pendingCriterion('defence.peer', 10, explanation, 'peer'),
];

describe('applyManualScores', () => {
  it('leaves pending criteria pending until scores are entered', () => {
    expect(applyManualScores(criteria, undefined)).toEqual(criteria);
    expect(totalOf(applyManualScores(criteria, {}))).toEqual({ earned: 4, max: 4, pendingMax: 12 });
  });

  it('counts a rubric entry, clamped to the criterion maximum, with the instructor’s comment', () => {
    const [, memo] = applyManualScores(criteria, {
      rubric: { 'memo.quality': { points: 1.5, comment: '结构清楚，论据不足' } },
    });
    expect(memo).toMatchObject({
      status: 'scored',
      earned: 1.5,
      max: 2,
      manual: 'rubric',
      explanation: { key: 'criteria.rubric.entered', params: { comment: '结构清楚，论据不足' } },
    });
    expect(applyManualScores(criteria, { rubric: { 'memo.quality': { points: 9 } } })[1]?.earned).toBe(2);
  });

  it('scores peer criteria by the trimmed average of whole points 0–10', () => {
    const [, , peer] = applyManualScores(criteria, { peer: { 'defence.peer': [7, 9, 10, 3, 8] } });
    expect(peer).toMatchObject({
      status: 'scored',
      earned: 8,
      max: 10,
      explanation: { key: 'criteria.peer.trimmed', params: { average: 8, count: 5, dropped: ['3', '10'] } },
    });
    expect(applyManualScores(criteria, { peer: { 'defence.peer': [6, 9] } })[2]?.explanation.key).toBe(
      'criteria.peer.plain',
    );
  });

  it('ignores invalid peer scores and rubric entries for the wrong kind of criterion', () => {
    expect(applyManualScores(criteria, { peer: { 'defence.peer': [11] } })[2]?.status).toBe('pending');
    expect(applyManualScores(criteria, { rubric: { 'defence.peer': { points: 5 } } })[2]?.status).toBe('pending');
  });
});
