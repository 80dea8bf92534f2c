import { rolesFor } from '../../domain/session/roles';
import type { Team } from '../../domain/session/types';
import type { ClassBundle } from '../../storage';

/** The sub-project whose roles are shown by default: the first open one, else the first. */
export function currentSubprojectIndex(bundle: ClassBundle): number {
  return Math.max(
    0,
    bundle.classSession.subprojects.findIndex((entry) => entry.open),
  );
}

/** Who holds which role in a team for the sub-project at `index`, hand-set roles first. */
export function teamRoles(bundle: ClassBundle, team: Team, index: number) {
  const subprojectId = bundle.classSession.subprojects[index]?.id;
  const manual = bundle.roleAssignments.find(
    (row) => row.teamId === team.id && row.subprojectId === subprojectId,
  )?.assignment;
  return rolesFor(team, index, bundle.classSession.roleMode, manual);
}
