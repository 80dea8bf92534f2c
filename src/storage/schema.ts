import type { Transaction } from 'dexie';

/**
 * Every version of the IndexedDB schema, oldest first. A version is never
 * edited once released: a change is a new entry with its date, the stores it
 * adds or changes, and an upgrade that rewrites existing rows if they need it.
 * Dexie keeps the tables of earlier versions, so each entry lists only changes.
 */
export interface SchemaVersion {
  readonly version: number;
  /** When the version was introduced, for the reader of this file. */
  readonly date: string;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (transaction: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    // First release: user preferences (interface language).
    version: 1,
    date: '2026-11-28',
    stores: { settings: '&key' },
  },
  {
    // Instructors can add their own scenario files; bundled ones stay in the app.
    version: 2,
    date: '2026-11-28',
    stores: { scenarioFiles: '&id, importedAt' },
  },
  {
    // Classes: roster, teams, hand-set roles, the append-only action log and the
    // instructor's grading records. Team state is never stored: it is the log replayed.
    version: 3,
    date: '2026-11-28',
    stores: {
      classes: '&id, createdAt',
      students: '&[classId+id], classId',
      teams: '&[classId+id], classId',
      roleAssignments: '&[classId+teamId+subprojectId], classId',
      actions: '++seq, &id, [classId+teamId], classId',
      overrides: '&[classId+teamId+subprojectId], classId',
      adjustments: '++id, classId, [classId+studentId]',
    },
  },
  {
    // Scores people enter for criteria the app cannot judge: the instructor's
    // rubric and the other teams' peer scores (seed 000: drop highest and lowest).
    version: 4,
    date: '2026-11-28',
    stores: {
      rubricScores: '&[classId+teamId+subprojectId+criterionId], classId',
      peerScores: '&[classId+teamId+subprojectId+criterionId+raterTeamId], classId',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
