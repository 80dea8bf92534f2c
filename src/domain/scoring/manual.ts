import { roundPoints, scoredCriterion, type Criterion } from './criterion';
import { trimmedPeerScore, PEER_SCORE_MAX } from './peer';

/** What the instructor entered for one rubric criterion. */
export interface RubricEntry {
  readonly points: number;
  readonly comment?: string;
}

/** Scores entered for one team's sub-project, by criterion id. */
export interface ManualScores {
  readonly rubric?: Readonly<Record<string, RubricEntry>>;
  /** Peer scores (whole points 0–10) from the other teams, by criterion id. */
  readonly peer?: Readonly<Record<string, readonly number[]>>;
}

/**
 * Turns pending criteria into scored ones where people have entered their
 * scores: a rubric entry counts as given (clamped to the maximum); peer scores
 * follow the class rule (drop the highest and lowest, average, scale 0–10 to
 * the maximum). Criteria without entries stay pending and out of the total.
 */
export function applyManualScores(criteria: readonly Criterion[], scores: ManualScores | undefined): Criterion[] {
  return criteria.map((criterion) => {
    if (criterion.status !== 'pending' || !scores) return criterion;
    const rubric = criterion.manual === 'rubric' ? scores.rubric?.[criterion.id] : undefined;
    if (rubric && Number.isFinite(rubric.points)) {
      return {
        ...scoredCriterion({
          id: criterion.id,
          max: criterion.max,
          ratio: criterion.max > 0 ? rubric.points / criterion.max : 0,
          explanation: {
            key: 'criteria.rubric.entered',
            params: {
              points: roundPoints(Math.min(Math.max(rubric.points, 0), criterion.max)),
              max: criterion.max,
              comment: rubric.comment ?? '',
            },
          },
        }),
        manual: 'rubric',
      };
    }
    const peer = criterion.manual === 'peer' ? scores.peer?.[criterion.id] : undefined;
    const result = peer && peer.length > 0 ? trimmedPeerScore(peer) : undefined;
    if (result?.ok) {
      return {
        ...scoredCriterion({
          id: criterion.id,
          max: criterion.max,
          ratio: result.average / PEER_SCORE_MAX,
          explanation: {
            key: result.trimmed ? 'criteria.peer.trimmed' : 'criteria.peer.plain',
            params: { average: result.average, count: peer?.length ?? 0, dropped: result.dropped.map(String) },
          },
        }),
        manual: 'peer',
      };
    }
    return criterion;
  });
}
