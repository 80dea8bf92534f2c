import type { Action, JsonValue } from '../domain/session/actions';
import type { ClassSession } from '../domain/session/class';
import { DEFAULT_GATES, type LifecycleRefusal } from '../domain/session/lifecycle';
import { applyAction, replay, type ActionRules } from '../domain/session/replay';
import { findSubproject } from '../domain/subprojects/registry';
import type { SimulatorDatabase } from './db';

/** The rules the app applies to every team action of a class. */
export function rulesFor(classSession: ClassSession): ActionRules {
  return {
    gatesOf: (id) => findSubproject(id)?.gates ?? DEFAULT_GATES,
    resubmission: classSession.resubmission,
    isOpen: (id) => classSession.subprojects.find((entry) => entry.id === id)?.open ?? false,
  };
}

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
export async function appendAction(
  database: SimulatorDatabase,
  action: Action,
): Promise<{ ok: true } | { ok: false; code: LifecycleRefusal | 'class.notFound' }> {
  return database.transaction('rw', database.classes, database.actions, async () => {
    const classSession = await database.classes.get(action.classId);
    if (!classSession) return { ok: false as const, code: 'class.notFound' as const };
    const rules = rulesFor(classSession);
    const { work } = replay(await teamActions(database, action.classId, action.teamId), rules);
    const result = applyAction(work, action, rules);
    if (!result.ok) return result;
    await database.actions.add({ ...action });
    return { ok: true as const };
  });
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
export async function updateAnswer(
  database: SimulatorDatabase,
  actor: Pick<Action, 'id' | 'classId' | 'teamId' | 'subprojectId' | 'studentId' | 'role' | 'at'>,
  field: string,
  next: (previous: JsonValue | null) => JsonValue | null,
): Promise<{ ok: true } | { ok: false; code: LifecycleRefusal | 'class.notFound' }> {
  return database.transaction('rw', database.classes, database.actions, async () => {
    const classSession = await database.classes.get(actor.classId);
    if (!classSession) return { ok: false as const, code: 'class.notFound' as const };
    const rules = rulesFor(classSession);
    const { work } = replay(await teamActions(database, actor.classId, actor.teamId), rules);
    const before = work[actor.subprojectId]?.answers[field] ?? null;
    const after = next(before);
    if (JSON.stringify(after) === JSON.stringify(before)) return { ok: true as const };
    const action: Action = { ...actor, type: 'answer.set', field, before, after };
    const result = applyAction(work, action, rules);
    if (!result.ok) return result;
    await database.actions.add(action);
    return { ok: true as const };
  });
}
