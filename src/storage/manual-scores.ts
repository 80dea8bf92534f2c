import type { ManualScores } from '../domain/scoring/manual';
import { PEER_SCORE_MAX, PEER_SCORE_MIN } from '../domain/scoring/peer';
import type { PeerScoreRow, RubricScoreRow, SimulatorDatabase } from './db';

export async function saveRubricScore(
  database: SimulatorDatabase,
  row: RubricScoreRow,
  max: number,
): Promise<{ ok: true } | { ok: false; problem: 'rubric.outOfRange' }> {
  if (!(row.points >= 0 && row.points <= max)) return { ok: false, problem: 'rubric.outOfRange' };
  await database.rubricScores.put({ ...row, comment: row.comment.trim() });
  return { ok: true };
}

export async function savePeerScore(
  database: SimulatorDatabase,
  row: PeerScoreRow,
): Promise<{ ok: true } | { ok: false; problem: 'peer.notWholePoints' | 'peer.ownTeam' }> {
  if (row.raterTeamId === row.teamId) return { ok: false, problem: 'peer.ownTeam' };
  if (!Number.isInteger(row.score) || row.score < PEER_SCORE_MIN || row.score > PEER_SCORE_MAX)
    return { ok: false, problem: 'peer.notWholePoints' };
  await database.peerScores.put(row);
  return { ok: true };
}

export async function removePeerScore(
  database: SimulatorDatabase,
  key: Omit<PeerScoreRow, 'score' | 'at'>,
): Promise<void> {
  await database.peerScores.delete([key.classId, key.teamId, key.subprojectId, key.criterionId, key.raterTeamId]);
}

/** Rubric and peer rows of a class grouped as the grading pipeline takes them: team → sub-project → scores. */
export function groupManualScores(
  rubric: readonly RubricScoreRow[],
  peer: readonly PeerScoreRow[],
): Map<string, Record<string, ManualScores>> {
  const byTeam = new Map<
    string,
    Record<string, { rubric: Record<string, { points: number; comment: string }>; peer: Record<string, number[]> }>
  >();
  const slot = (teamId: string, subprojectId: string) => {
    const team = byTeam.get(teamId) ?? {};
    byTeam.set(teamId, team);
    team[subprojectId] ??= { rubric: {}, peer: {} };
    return team[subprojectId];
  };
  for (const row of rubric)
    slot(row.teamId, row.subprojectId).rubric[row.criterionId] = { points: row.points, comment: row.comment };
  for (const row of [...peer].sort((a, b) => a.raterTeamId.localeCompare(b.raterTeamId))) {
    const scores = slot(row.teamId, row.subprojectId).peer;
    scores[row.criterionId] = [...(scores[row.criterionId] ?? []), row.score];
  }
  return byTeam;
}
