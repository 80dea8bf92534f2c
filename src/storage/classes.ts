import type { ClassSession } from '../domain/session/class';
import type { RosterEntry } from '../domain/session/roster';
import type { RoleAssignment, Student, Team } from '../domain/session/types';
import type {
  AdjustmentRow,
  OverrideRow,
  PeerScoreRow,
  RoleAssignmentRow,
  RubricScoreRow,
  SimulatorDatabase,
  StudentRow,
  TeamRow,
} from './db';

export function listClasses(database: SimulatorDatabase): Promise<ClassSession[]> {
  return database.classes.orderBy('createdAt').reverse().toArray();
}

export async function saveClass(database: SimulatorDatabase, classSession: ClassSession): Promise<void> {
  await database.classes.put(classSession);
}

const withoutClassId = <T extends { classId: string }>({ classId: _classId, ...rest }: T) => rest;

/** Everything the instructor's screens need about one class, read in one transaction. */
export interface ClassBundle {
  readonly classSession: ClassSession;
  readonly students: readonly Student[];
  /** Team labels from the roster file, by student id. */
  readonly rosterTeams: ReadonlyMap<string, string>;
  readonly teams: readonly Team[];
  readonly roleAssignments: readonly RoleAssignmentRow[];
  readonly overrides: readonly OverrideRow[];
  readonly adjustments: readonly AdjustmentRow[];
  readonly rubricScores: readonly RubricScoreRow[];
  readonly peerScores: readonly PeerScoreRow[];
}

export async function loadClassBundle(database: SimulatorDatabase, classId: string): Promise<ClassBundle | undefined> {
  return database.transaction(
    'r',
    [
      database.classes,
      database.students,
      database.teams,
      database.roleAssignments,
      database.overrides,
      database.adjustments,
      database.rubricScores,
      database.peerScores,
    ],
    async () => {
      const classSession = await database.classes.get(classId);
      if (!classSession) return undefined;
      const [students, teams, roleAssignments, overrides, adjustments, rubricScores, peerScores] = await Promise.all([
        database.students.where('classId').equals(classId).toArray(),
        database.teams.where('classId').equals(classId).toArray(),
        database.roleAssignments.where('classId').equals(classId).toArray(),
        database.overrides.where('classId').equals(classId).toArray(),
        database.adjustments.where('classId').equals(classId).toArray(),
        database.rubricScores.where('classId').equals(classId).toArray(),
        database.peerScores.where('classId').equals(classId).toArray(),
      ]);
      return {
        classSession,
        students: students.map(({ classId: _classId, rosterTeam: _rosterTeam, ...student }) => student),
        rosterTeams: new Map(students.flatMap((row) => (row.rosterTeam ? [[row.id, row.rosterTeam] as const] : []))),
        teams: teams.map(withoutClassId).sort((a, b) => a.number - b.number),
        roleAssignments,
        overrides,
        adjustments,
        rubricScores,
        peerScores,
      };
    },
  );
}

/**
 * Adds roster rows to a class; a student already on the roster (same id) is
 * updated, never duplicated. Returns how many were new.
 */
export async function addStudents(
  database: SimulatorDatabase,
  classId: string,
  entries: readonly (Pick<RosterEntry, 'student'> & { readonly team?: string })[],
): Promise<number> {
  return database.transaction('rw', database.students, async () => {
    const existing = new Set(
      (await database.students.where('classId').equals(classId).primaryKeys()).map(([, id]) => id),
    );
    await database.students.bulkPut(
      entries.map(({ student, team }): StudentRow => ({ ...student, classId, ...(team && { rosterTeam: team }) })),
    );
    return entries.filter(({ student }) => !existing.has(student.id)).length;
  });
}

export async function removeStudent(database: SimulatorDatabase, classId: string, studentId: string): Promise<void> {
  await database.students.delete([classId, studentId]);
}

/** Replaces the class's teams (forming or editing them by hand). */
export async function saveTeams(database: SimulatorDatabase, classId: string, teams: readonly Team[]): Promise<void> {
  await database.transaction('rw', database.teams, async () => {
    await database.teams.where('classId').equals(classId).delete();
    await database.teams.bulkAdd(teams.map((team): TeamRow => ({ ...team, memberIds: [...team.memberIds], classId })));
  });
}

export async function saveRoleAssignment(
  database: SimulatorDatabase,
  row: { classId: string; teamId: string; subprojectId: string; assignment: RoleAssignment },
): Promise<void> {
  await database.roleAssignments.put({ ...row, assignment: { ...row.assignment } });
}
