import type { z } from 'zod';
import type { studentSchema } from './class';
import type { Role } from '../roles';

/**
 * A student of a class. `id` is the school's student number (学号) and the
 * identity everything else refers to; the LMS fields keep what a Moodle or
 * Canvas export said so grades can go back to the same gradebook rows.
 * Defined by its schema (class.ts) because students travel in class packs.
 */
export type Student = z.infer<typeof studentSchema>;
export type LmsIdentity = NonNullable<Student['lms']>;

/** A team of 3–8 students; members are listed in the order roles are dealt. */
export interface Team {
  readonly id: string;
  /** 1-based, for display ("第 3 组" / "Team 3"). */
  readonly number: number;
  readonly memberIds: readonly string[];
}

export const MIN_TEAM_SIZE = 3;
export const MAX_TEAM_SIZE = 8;

/** Who holds which role in one team for one sub-project; larger teams share roles. */
export type RoleAssignment = Readonly<Record<string, Role>>;
