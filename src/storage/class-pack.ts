import type { ClassPack } from '../domain/exchange';
import type { RoleAssignmentRow, SimulatorDatabase } from './db';

/**
 * Installs a class pack on a team device: the class, its roster and teams and
 * hand-set roles are replaced by the pack's; the action log is never touched,
 * so re-importing a corrected pack loses no work.
 */
export async function installClassPack(database: SimulatorDatabase, pack: ClassPack): Promise<void> {
  const classId = pack.classSession.id;
  await database.transaction(
    'rw',
    [database.classes, database.students, database.teams, database.roleAssignments],
    async () => {
      await database.classes.put(pack.classSession);
      await Promise.all([
        database.students.where('classId').equals(classId).delete(),
        database.teams.where('classId').equals(classId).delete(),
        database.roleAssignments.where('classId').equals(classId).delete(),
      ]);
      await database.students.bulkAdd(pack.students.map((student) => ({ ...student, classId })));
      await database.teams.bulkAdd(pack.teams.map((team) => ({ ...team, classId })));
      const roles: RoleAssignmentRow[] = Object.entries(pack.roleAssignments).flatMap(([teamId, bySubproject]) =>
        Object.entries(bySubproject).map(([subprojectId, assignment]) => ({
          classId,
          teamId,
          subprojectId,
          assignment,
        })),
      );
      await database.roleAssignments.bulkAdd(roles);
    },
  );
}
