import type { Action, JsonValue } from '../domain/session/actions';
import type { LifecycleRefusal } from '../domain/session/lifecycle';
import { classRules } from '../domain/session/rules';
import { applyAction, replay, type TeamWork } from '../domain/session/replay';
import type { SimulatorDatabase } from './db';

/** The rules the app applies to every team action of a class. */
export const rulesFor = classRules;

/** A team's log in the order it was written. */
export async function teamActions(database: SimulatorDatabase, classId: string, teamId: string): Promise<Action[]> {
  const rows = await database.actions.where('[classId+teamId]').equals([classId, teamId]).sortBy('seq');
  return rows.map(({ seq: _seq, ...action }) => action as Action);
}

/**
 * Appends one action if the lifecycle and roles allow it, checked against the
 * stored log inside the same transaction, so two tabs cannot both submit.
 * Nothing is written when the action is refused.
 */
type AppendResult = { ok: true } | { ok: false; code: LifecycleRefusal | 'class.notFound' };

/**
 * The one place a team action is written: inside a transaction, replay the
 * stored log, let `build` derive the action from the team's current work
 * (null: nothing to write), and add it only if the lifecycle and roles allow it.
 */
async function appendChecked(
  database: SimulatorDatabase,
  team: Pick<Action, 'classId' | 'teamId'>,
  build: (work: TeamWork) => Action | null,
): Promise<AppendResult> {
  return database.transaction('rw', database.classes, database.actions, async () => {
    const classSession = await database.classes.get(team.classId);
    if (!classSession) return { ok: false as const, code: 'class.notFound' as const };
    const rules = rulesFor(classSession);
    const { work } = replay(await teamActions(database, team.classId, team.teamId), rules);
    const action = build(work);
    if (action === null) return { ok: true as const };
    const result = applyAction(work, action, rules);
    if (!result.ok) return result;
    await database.actions.add({ ...action });
    return { ok: true as const };
  });
}

export function appendAction(database: SimulatorDatabase, action: Action): Promise<AppendResult> {
  return appendChecked(database, action, () => action);
}

/**
 * Adds the records of an imported submission that this device does not have
 * yet. The import check has already proved the stored log is a prefix of the
 * file's, so appending the tail keeps the log append-only.
 */
export async function appendImportedActions(
  database: SimulatorDatabase,
  classId: string,
  teamId: string,
  actions: readonly Action[],
): Promise<number> {
  return database.transaction('rw', database.actions, async () => {
    const stored = await database.actions.where('[classId+teamId]').equals([classId, teamId]).count();
    const tail = actions.slice(stored);
    await database.actions.bulkAdd(tail.map((action) => ({ ...action })));
    return tail.length;
  });
}

/**
 * Changes one answer field from its latest stored value, read in the same
 * transaction, so two quick clicks never overwrite each other: the second sees
 * the first. Nothing is written when the value does not change or the step is refused.
 */
export function updateAnswer(
  database: SimulatorDatabase,
  actor: Pick<Action, 'id' | 'classId' | 'teamId' | 'subprojectId' | 'studentId' | 'role' | 'at'>,
  field: string,
  next: (previous: JsonValue | null) => JsonValue | null,
): Promise<AppendResult> {
  return appendChecked(database, actor, (work) => {
    const before = work[actor.subprojectId]?.answers[field] ?? null;
    const after = next(before);
    return JSON.stringify(after) === JSON.stringify(before)
      ? null
      : { ...actor, type: 'answer.set', field, before, after };
  });
}
