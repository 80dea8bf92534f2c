import { ROLES, type Role } from '../roles';
import type { RoleAssignment, Team } from './types';

/** Roles are fixed for the term, or rotate so everyone leads in turn. */
export type RoleMode = 'fixed' | 'rotate';

/**
 * Deals the three roles over a team's members in order; members beyond the
 * third share roles (in a team of five the 4th member shares the manager's role
 * and the 5th the specialist's). In rotate mode every member
 * moves one role on per sub-project, so over twelve sub-projects each member
 * holds each role four times.
 * @example dealRoles(['a', 'b', 'c'], 1) // { a: 'specialist', b: 'advisor', c: 'manager' }
 */
export function dealRoles(memberIds: readonly string[], shift: number): RoleAssignment {
  const assignment: Record<string, Role> = {};
  memberIds.forEach((id, index) => {
    assignment[id] = ROLES[(index + shift) % ROLES.length] as Role;
  });
  return assignment;
}

/**
 * The role each member holds for one sub-project (index 0–11 in course order),
 * unless the instructor set it by hand for that sub-project.
 */
export function rolesFor(team: Team, subprojectIndex: number, mode: RoleMode, manual?: RoleAssignment): RoleAssignment {
  if (manual && team.memberIds.every((id) => manual[id] !== undefined)) return manual;
  return dealRoles(team.memberIds, mode === 'rotate' ? subprojectIndex : 0);
}

/** Roles no member holds: a sub-project cannot start while one is missing. */
export function missingRoles(assignment: RoleAssignment): Role[] {
  const held = new Set(Object.values(assignment));
  return ROLES.filter((role) => !held.has(role));
}

/** The members holding a role, e.g. to say who may approve. */
export function holdersOf(assignment: RoleAssignment, role: Role): string[] {
  return Object.entries(assignment)
    .filter(([, held]) => held === role)
    .map(([id]) => id);
}
