import { ROLES, type Role } from '../../roles';
import type { Answers } from '../../session/replay';
import { isRecord } from '../answer-values';
import { JOB_FIELDS, type JobField } from './content';

/** The team's answers to sub-project 2, read defensively from the logged JSON. */
export interface DepartmentAnswers {
  readonly reportingLine: string | undefined;
  /** Duty ids chosen for the department. */
  readonly duties: readonly string[];
  /** Duty id → the role that owns it. */
  readonly owners: Readonly<Record<string, Role>>;
  /** Role → job-description field → text. */
  readonly jobs: Readonly<Record<Role, Readonly<Partial<Record<JobField, string>>>>>;
}

export const FIELDS = {
  reportingLine: 'reportingLine',
  duties: 'duties',
  owners: 'owners',
  job: (role: Role) => `job:${role}`,
} as const;

export function readAnswers(answers: Answers): DepartmentAnswers {
  const line = answers[FIELDS.reportingLine];
  const duties = answers[FIELDS.duties];
  const owners = answers[FIELDS.owners];
  const jobs = Object.fromEntries(
    ROLES.map((role) => {
      const raw = answers[FIELDS.job(role)];
      const fields = isRecord(raw)
        ? Object.fromEntries(
            JOB_FIELDS.flatMap((field) => (typeof raw[field] === 'string' ? [[field, raw[field]]] : [])),
          )
        : {};
      return [role, fields];
    }),
  ) as DepartmentAnswers['jobs'];
  return {
    reportingLine: typeof line === 'string' ? line : undefined,
    duties: Array.isArray(duties) ? duties.filter((item): item is string => typeof item === 'string') : [],
    owners: isRecord(owners)
      ? (Object.fromEntries(
          Object.entries(owners).filter((entry): entry is [string, Role] =>
            (ROLES as readonly unknown[]).includes(entry[1]),
          ),
        ) as Record<string, Role>)
      : {},
    jobs,
  };
}
