import { checkOverride, type OverrideProblem } from '../domain/scoring/grades';
import type { OverrideRow, SimulatorDatabase } from './db';

/**
 * Stores an instructor's override of a team's sub-project score. The reason is
 * required; the automatic score is never overwritten (it is recomputed), so
 * both stay visible and exported.
 */
export async function saveOverride(
  database: SimulatorDatabase,
  row: OverrideRow,
  weight: number,
): Promise<{ ok: true } | { ok: false; problems: OverrideProblem[] }> {
  const problems = checkOverride(row.points, row.reason, weight);
  if (problems.length > 0) return { ok: false, problems };
  await database.overrides.put({ ...row, reason: row.reason.trim() });
  return { ok: true };
}

export async function removeOverride(
  database: SimulatorDatabase,
  classId: string,
  teamId: string,
  subprojectId: string,
): Promise<void> {
  await database.overrides.delete([classId, teamId, subprojectId]);
}

/** Adds a per-student adjustment (positive or negative) with its reason. */
export async function addAdjustment(
  database: SimulatorDatabase,
  row: { classId: string; studentId: string; points: number; reason: string; at: number },
): Promise<{ ok: true } | { ok: false; problem: 'adjustment.reasonRequired' | 'adjustment.badPoints' }> {
  if (!Number.isFinite(row.points) || Math.abs(row.points) > 100) return { ok: false, problem: 'adjustment.badPoints' };
  if (row.reason.trim() === '') return { ok: false, problem: 'adjustment.reasonRequired' };
  await database.adjustments.add({ ...row, reason: row.reason.trim() });
  return { ok: true };
}

export async function removeAdjustment(database: SimulatorDatabase, id: number): Promise<void> {
  await database.adjustments.delete(id);
}
