import Dexie, { type EntityTable, type Table } from 'dexie';
import type { IndividualAdjustment, ScoreOverride } from '../domain/scoring/grades';
import type { Action } from '../domain/session/actions';
import type { ClassSession } from '../domain/session/class';
import type { RoleAssignment, Student, Team } from '../domain/session/types';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';

export const DATABASE_NAME = 'crm-classroom-simulator';

/** A user preference, e.g. { key: 'language', value: 'en' }. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** A scenario file an instructor added, kept as the text they gave so nothing is reformatted. */
export interface ScenarioFileRow {
  /** The scenario id inside the file. */
  id: string;
  version: string;
  fileName: string;
  source: string;
  /** Epoch milliseconds. */
  importedAt: number;
}

/** Rows that belong to a class carry its id, so a class can be exported or deleted whole. */
/** `rosterTeam` is the team label the roster file gave, used when teams are formed. */
export type StudentRow = Student & { classId: string; rosterTeam?: string };
export type TeamRow = Team & { classId: string };
export interface RoleAssignmentRow {
  classId: string;
  teamId: string;
  subprojectId: string;
  assignment: RoleAssignment;
}
/** `seq` is the database's insertion order, which is the log's order. */
export type ActionRow = Action & { seq?: number };
export type OverrideRow = ScoreOverride & { classId: string; teamId: string; subprojectId: string };
export type AdjustmentRow = IndividualAdjustment & { id?: number; classId: string };
interface ManualKey {
  classId: string;
  teamId: string;
  subprojectId: string;
  criterionId: string;
}
export type RubricScoreRow = ManualKey & { points: number; comment: string; at: number };
/** One rating of a team's work by another team's leader: whole points 0–10. */
export type PeerScoreRow = ManualKey & { raterTeamId: string; score: number; at: number };

export type SimulatorDatabase = Dexie & {
  settings: EntityTable<SettingRow, 'key'>;
  scenarioFiles: EntityTable<ScenarioFileRow, 'id'>;
  classes: EntityTable<ClassSession, 'id'>;
  students: Table<StudentRow, [string, string]>;
  teams: Table<TeamRow, [string, string]>;
  roleAssignments: Table<RoleAssignmentRow, [string, string, string]>;
  actions: Table<ActionRow, number>;
  overrides: Table<OverrideRow, [string, string, string]>;
  adjustments: Table<AdjustmentRow, number>;
  rubricScores: Table<RubricScoreRow, [string, string, string, string]>;
  peerScores: Table<PeerScoreRow, [string, string, string, string, string]>;
};

/**
 * Opens (lazily, on first query) the app's one database with every declared
 * version, or only those up to `upToVersion` — which the upgrade tests use to
 * create a database as an older release left it.
 */
export function createDatabase(name = DATABASE_NAME, upToVersion?: number): SimulatorDatabase {
  const db = new Dexie(name) as SimulatorDatabase;
  const versions: readonly SchemaVersion[] =
    upToVersion === undefined ? SCHEMA_VERSIONS : SCHEMA_VERSIONS.filter((entry) => entry.version <= upToVersion);
  for (const entry of versions) {
    const declared = db.version(entry.version).stores(entry.stores);
    if (entry.upgrade) declared.upgrade(entry.upgrade);
  }
  return db;
}

/** The database the app uses. Tests create their own with a unique name. */
export const db: SimulatorDatabase = createDatabase();
