import { z } from 'zod';
import { ROLES } from '../roles';
import { SUBPROJECT_IDS } from '../subprojects/registry';

/**
 * A class session as the instructor set it up: scenario pinned to a version,
 * the seed every team's data derives from, the schedule and weights of the
 * twelve sub-projects, and the grading policies. A zod schema because classes
 * travel between devices in class packs and must be checked on arrival.
 */
export const classScheduleEntrySchema = z
  .object({
    id: z.string(),
    open: z.boolean(),
    /** Epoch ms; no deadline when absent. */
    deadline: z.number().int().positive().optional(),
    weight: z.number().min(0).max(100),
  })
  .strict();

export const classSessionSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().trim().min(1),
    scenarioId: z.string().min(1),
    scenarioVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
    seed: z.string().trim().min(1),
    createdAt: z.number().int(),
    roleMode: z.enum(['fixed', 'rotate']),
    resubmission: z.object({ allowed: z.boolean(), counts: z.enum(['best', 'last']) }).strict(),
    latePenaltyPercent: z.number().min(0).max(100),
    subprojects: z.array(classScheduleEntrySchema),
  })
  .strict();

export type ClassSession = z.infer<typeof classSessionSchema>;
export type ClassScheduleEntry = z.infer<typeof classScheduleEntrySchema>;

export const studentSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    email: z.string().optional(),
    lms: z
      .object({
        canvasId: z.string().optional(),
        sisUserId: z.string().optional(),
        sisLoginId: z.string().optional(),
        section: z.string().optional(),
        moodleIdNumber: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const teamSchema = z
  .object({ id: z.string().min(1), number: z.number().int().positive(), memberIds: z.array(z.string()) })
  .strict();

export const roleAssignmentSchema = z.record(z.string(), z.enum(ROLES));

/** Weights of a new class: the scenario's default points, in course order. */
export function defaultSchedule(slots: readonly { id: string; points: number }[]): ClassScheduleEntry[] {
  return SUBPROJECT_IDS.map((id) => ({ id, open: false, weight: slots.find((slot) => slot.id === id)?.points ?? 0 }));
}

export interface NewClassInput {
  readonly id: string;
  readonly name: string;
  /** The scenario the class runs; its version is pinned. */
  readonly scenario: {
    readonly id: string;
    readonly version: string;
    readonly subprojects: readonly { id: string; points: number }[];
  };
  readonly seed: string;
  readonly createdAt: number;
  readonly roleMode?: ClassSession['roleMode'];
  readonly resubmission?: ClassSession['resubmission'];
  readonly latePenaltyPercent?: number;
  /** Points per sub-project id; the scenario's defaults where absent. */
  readonly weights?: Readonly<Record<string, number>>;
  /** Open every sub-project at once (a workshop, a test); closed by default. */
  readonly openAll?: boolean;
}

/**
 * A new class with the usual defaults: rotating roles, resubmission allowed
 * with the best attempt counting, no late penalty, the scenario's points.
 */
export function newClassSession(input: NewClassInput): ClassSession {
  return {
    id: input.id,
    name: input.name,
    scenarioId: input.scenario.id,
    scenarioVersion: input.scenario.version,
    seed: input.seed,
    createdAt: input.createdAt,
    roleMode: input.roleMode ?? 'rotate',
    resubmission: input.resubmission ?? { allowed: true, counts: 'best' },
    latePenaltyPercent: input.latePenaltyPercent ?? 0,
    subprojects: defaultSchedule(input.scenario.subprojects).map((entry) => ({
      ...entry,
      open: input.openAll ?? false,
      weight: input.weights?.[entry.id] ?? entry.weight,
    })),
  };
}
