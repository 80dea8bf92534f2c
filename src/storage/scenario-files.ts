import { parseScenario, type ScenarioProblem } from '../domain/scenario';
import type { ScenarioFileRow, SimulatorDatabase } from './db';

export type AddScenarioResult =
  | { ok: true; row: ScenarioFileRow; replaced: boolean }
  | { ok: false; reason: 'invalid'; problems: ScenarioProblem[] }
  | { ok: false; reason: 'bundledId'; id: string };

/**
 * Stores an instructor's scenario file after validating it. An invalid file is
 * refused whole and nothing stored changes; a file with the id of a bundled
 * scenario is refused so the course scenarios cannot be shadowed by accident.
 */
export async function addScenarioFile(
  database: SimulatorDatabase,
  fileName: string,
  source: string,
  bundledIds: readonly string[],
  now: number = Date.now(),
): Promise<AddScenarioResult> {
  const result = parseScenario(source);
  if (!result.ok) return { ok: false, reason: 'invalid', problems: result.problems };
  const { id, version } = result.scenario;
  if (bundledIds.includes(id)) return { ok: false, reason: 'bundledId', id };
  const row: ScenarioFileRow = { id, version, fileName, source, importedAt: now };
  return database.transaction('rw', database.scenarioFiles, async () => {
    const replaced = (await database.scenarioFiles.get(id)) !== undefined;
    await database.scenarioFiles.put(row);
    return { ok: true as const, row, replaced };
  });
}

export function listScenarioFiles(database: SimulatorDatabase): Promise<ScenarioFileRow[]> {
  return database.scenarioFiles.orderBy('importedAt').toArray();
}

export async function removeScenarioFile(database: SimulatorDatabase, id: string): Promise<void> {
  await database.scenarioFiles.delete(id);
}
