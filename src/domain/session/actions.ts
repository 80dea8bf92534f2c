import { z } from 'zod';
import { ROLES } from '../roles';

const jsonSchema = z.json();
/** A JSON value as stored in answers and in the log. */
export type JsonValue = z.infer<typeof jsonSchema>;

/**
 * One append-only record of the action log: who (member and role), which team
 * and sub-project, when, what, and the value before and after. Team state is
 * never stored on its own; it is always the replay of these records. The
 * schema checks logs that arrive from another device.
 */
const actorFields = {
  id: z.string().min(1),
  classId: z.string().min(1),
  teamId: z.string().min(1),
  subprojectId: z.string().min(1),
  studentId: z.string().min(1),
  role: z.enum(ROLES),
  /** Epoch milliseconds. */
  at: z.number().int().nonnegative(),
};

export const actionSchema = z.discriminatedUnion('type', [
  z
    .object({
      ...actorFields,
      type: z.literal('answer.set'),
      /** The answer field changed, e.g. 'problems' or 'memo'. */
      field: z.string().min(1),
      before: jsonSchema.nullable(),
      after: jsonSchema.nullable(),
    })
    .strict(),
  z.object({ ...actorFields, type: z.literal('subproject.submit') }).strict(),
  z.object({ ...actorFields, type: z.literal('subproject.approve') }).strict(),
  z.object({ ...actorFields, type: z.literal('subproject.reopen') }).strict(),
]);

export type Action = z.infer<typeof actionSchema>;
export type ActionType = Action['type'];
