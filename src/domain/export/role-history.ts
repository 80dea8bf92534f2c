import type { Role } from '../roles';
import type { Action } from '../session/actions';
import { toCsv, type CsvOptions } from './csv';

/** Who held which role in each sub-project, and what the log shows they did in it. */
export interface RoleHistoryEntry {
  readonly teamNumber: number;
  readonly subproject: string;
  readonly studentId: string;
  readonly name: string;
  readonly assigned: Role;
  /** Log records of this member in this sub-project. */
  readonly actions: number;
  /** Roles the member acted in, from the log (normally just the assigned one). */
  readonly actedAs: readonly Role[];
}

/** Counts a member's records and acted roles in one sub-project from the team's log. */
export function actedInLog(
  log: readonly Action[],
  subprojectId: string,
  studentId: string,
): Pick<RoleHistoryEntry, 'actions' | 'actedAs'> {
  const own = log.filter((action) => action.subprojectId === subprojectId && action.studentId === studentId);
  return { actions: own.length, actedAs: [...new Set(own.map((action) => action.role))] };
}

export interface RoleHistoryHeaders {
  readonly team: string;
  readonly subproject: string;
  readonly studentId: string;
  readonly name: string;
  readonly assigned: string;
  readonly actions: string;
  readonly actedAs: string;
}

export function roleHistoryCsv(
  entries: readonly RoleHistoryEntry[],
  headers: RoleHistoryHeaders,
  roleName: (role: Role) => string,
  options?: CsvOptions,
): string {
  return toCsv(
    [
      [
        headers.team,
        headers.subproject,
        headers.studentId,
        headers.name,
        headers.assigned,
        headers.actions,
        headers.actedAs,
      ],
      ...entries.map((entry) => [
        entry.teamNumber,
        entry.subproject,
        entry.studentId,
        entry.name,
        roleName(entry.assigned),
        entry.actions,
        entry.actedAs.map(roleName).join('/'),
      ]),
    ],
    options,
  );
}
