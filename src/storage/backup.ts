import { checkBackup, createBackup, type BackupCheck } from '../domain/exchange';
import type { SimulatorDatabase } from './db';
import { LATEST_SCHEMA_VERSION } from './schema';

/** Every table of the database as one backup file's text. */
export async function exportBackup(database: SimulatorDatabase, exportedAt: number): Promise<string> {
  const tables: Record<string, Record<string, unknown>[]> = {};
  await database.transaction('r', database.tables, async () => {
    for (const table of database.tables) tables[table.name] = (await table.toArray()) as Record<string, unknown>[];
  });
  return JSON.stringify(await createBackup(tables, LATEST_SCHEMA_VERSION, exportedAt));
}

/**
 * Replaces the whole database with a backup, in one transaction: a refused or
 * failed restore leaves every stored record as it was.
 */
export async function restoreBackup(
  database: SimulatorDatabase,
  text: string,
): Promise<BackupCheck | { ok: false; code: 'exchange.unknownTable'; table: string }> {
  const checked = await checkBackup(text, LATEST_SCHEMA_VERSION);
  if (!checked.ok) return checked;
  const names = new Set(database.tables.map((table) => table.name));
  const unknown = Object.keys(checked.backup.tables).find((name) => !names.has(name));
  if (unknown) return { ok: false, code: 'exchange.unknownTable', table: unknown };
  await database.transaction('rw', database.tables, async () => {
    for (const table of database.tables) {
      await table.clear();
      await table.bulkAdd(checked.backup.tables[table.name] ?? []);
    }
  });
  return checked;
}
