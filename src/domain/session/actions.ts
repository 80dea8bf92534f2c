import type { Role } from '../roles';

/** A JSON value as stored in answers and in the log. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * One append-only record of the action log: who (member and role), which team
 * and sub-project, when, what, and the value before and after. Team state is
 * never stored on its own; it is always the replay of these records.
 */
interface ActionBase {
  readonly id: string;
  readonly classId: string;
  readonly teamId: string;
  readonly subprojectId: string;
  readonly studentId: string;
  readonly role: Role;
  /** Epoch milliseconds. */
  readonly at: number;
}

export type Action =
  | (ActionBase & {
      readonly type: 'answer.set';
      readonly field: string;
      readonly before: JsonValue | null;
      readonly after: JsonValue | null;
    })
  | (ActionBase & { readonly type: 'subproject.submit' })
  | (ActionBase & { readonly type: 'subproject.approve' })
  | (ActionBase & { readonly type: 'subproject.reopen' });

export type ActionType = Action['type'];
