import { z } from 'zod';
import { FORMAT_PREFIX, openEnvelope, seal, type EnvelopeRefusal } from './envelope';

const KIND = 'backup';
const FORMAT_VERSION = 1;

/**
 * The whole database in one file: every table's rows as stored. Restoring is
 * all or nothing, after the checksum and the database version are checked.
 */
export const backupSchema = z
  .object({
    format: z.literal(`${FORMAT_PREFIX}${KIND}`),
    formatVersion: z.literal(FORMAT_VERSION),
    exportedAt: z.number().int(),
    databaseVersion: z.number().int().positive(),
    tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
    checksum: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export type BackupFile = z.infer<typeof backupSchema>;

export function createBackup(
  tables: Record<string, Record<string, unknown>[]>,
  databaseVersion: number,
  exportedAt: number,
): Promise<BackupFile> {
  return seal({
    format: `${FORMAT_PREFIX}${KIND}` as const,
    formatVersion: FORMAT_VERSION as typeof FORMAT_VERSION,
    exportedAt,
    databaseVersion,
    tables,
  });
}

export type BackupCheck =
  | ({ readonly ok: false } & (
      EnvelopeRefusal | { readonly code: 'exchange.newerDatabase'; readonly found: number; readonly current: number }
    ))
  | { readonly ok: true; readonly backup: BackupFile };

/** Checks a backup file; one from a newer app (newer database version) is refused. */
export async function checkBackup(text: string, currentDatabaseVersion: number): Promise<BackupCheck> {
  const opened = await openEnvelope(text, KIND, FORMAT_VERSION, backupSchema);
  if (!opened.ok) return opened;
  if (opened.value.databaseVersion > currentDatabaseVersion) {
    return {
      ok: false,
      code: 'exchange.newerDatabase',
      found: opened.value.databaseVersion,
      current: currentDatabaseVersion,
    };
  }
  return { ok: true, backup: opened.value };
}
