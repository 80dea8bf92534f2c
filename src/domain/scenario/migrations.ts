import { CURRENT_SCHEMA_VERSION } from './schema';

/**
 * Ordered upgrades of the raw scenario JSON: `MIGRATIONS[n]` turns a version-n
 * file into version n+1. Empty while version 1 is the only format; when the
 * format changes, add a step here instead of breaking instructors' own files.
 */
export const MIGRATIONS: Readonly<Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>> = {};

export type MigrationResult =
  { ok: true; value: unknown } | { ok: false; code: 'scenario.newerVersion' | 'scenario.noMigration'; found: number };

/**
 * Brings a parsed JSON value up to the current schema version. Values without a
 * numeric `schemaVersion` pass through untouched so the schema reports them.
 * @example migrateScenario({ schemaVersion: 1, ... }) // → { ok: true, value }
 */
export function migrateScenario(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: true, value: raw };
  let current = raw as Record<string, unknown>;
  const version = current['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: true, value: raw };
  if (version > CURRENT_SCHEMA_VERSION) return { ok: false, code: 'scenario.newerVersion', found: version };
  for (let step = version; step < CURRENT_SCHEMA_VERSION; step += 1) {
    const migrate = MIGRATIONS[step];
    if (!migrate) return { ok: false, code: 'scenario.noMigration', found: step };
    current = { ...migrate(current), schemaVersion: step + 1 };
  }
  return { ok: true, value: current };
}
