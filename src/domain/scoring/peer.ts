/** Highest and lowest peer scores are dropped (seed 000 line 268: the CRM performance show). */
export const PEER_SCORE_MIN = 0;
export const PEER_SCORE_MAX = 10;

export type PeerScoreResult =
  | {
      readonly ok: true;
      /** Average of the kept scores, in [0, 10], two decimals. */
      readonly average: number;
      /** Whether the highest and the lowest were dropped (needs at least three scores). */
      readonly trimmed: boolean;
      readonly kept: readonly number[];
      readonly dropped: readonly number[];
    }
  | { readonly ok: false; readonly code: 'peer.noScores' }
  | { readonly ok: false; readonly code: 'peer.invalidScores'; readonly invalidIndexes: readonly number[] };

/**
 * The peer-score rule: whole points 0–10; with three or more scores drop one
 * highest and one lowest, then average. With one or two scores nothing can be
 * dropped fairly, so the plain average is used and `trimmed` is false.
 * Invalid entries are reported by index and no average is given.
 * @example trimmedPeerScore([7, 9, 10, 3, 8]) // average 8 (kept 7, 9, 8)
 */
export function trimmedPeerScore(scores: readonly number[]): PeerScoreResult {
  const invalidIndexes = scores.flatMap((score, index) =>
    Number.isInteger(score) && score >= PEER_SCORE_MIN && score <= PEER_SCORE_MAX ? [] : [index],
  );
  if (invalidIndexes.length > 0) return { ok: false, code: 'peer.invalidScores', invalidIndexes };
  if (scores.length === 0) return { ok: false, code: 'peer.noScores' };
  const sorted = [...scores].sort((a, b) => a - b);
  const trimmed = sorted.length >= 3;
  const kept = trimmed ? sorted.slice(1, -1) : sorted;
  const dropped = trimmed ? [sorted[0] as number, sorted[sorted.length - 1] as number] : [];
  const average = Math.round((kept.reduce((sum, score) => sum + score, 0) / kept.length) * 100) / 100;
  return { ok: true, average, trimmed, kept, dropped };
}
