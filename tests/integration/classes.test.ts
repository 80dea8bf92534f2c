import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/session/actions';
import type { ClassSession } from '../../src/domain/session/class';
import { applyAction, replay, type TeamWork } from '../../src/domain/session/replay';
import {
  addAdjustment,
  addStudents,
  appendAction,
  appendImportedActions,
  checkPin,
  createDatabase,
  groupManualScores,
  hasPin,
  loadClassBundle,
  recoverWithCode,
  rulesFor,
  saveClass,
  saveOverride,
  savePeerScore,
  saveRubricScore,
  saveTeams,
  setPin,
  teamActions,
  updateAnswer,
  type SimulatorDatabase,
} from '../../src/storage';

let database: SimulatorDatabase;
let counter = 0;
const classSession: ClassSession = {
  id: 'class-1',
  name: '营销1班',
  scenarioId: 'car-market',
  scenarioVersion: '1.0.0',
  seed: 'SEED',
  createdAt: 1,
  roleMode: 'fixed',
  resubmission: { allowed: true, counts: 'best' },
  latePenaltyPercent: 0,
  subprojects: [
    { id: 'sp01-diagnosis', open: true, weight: 50 },
    { id: 'sp02-department', open: false, weight: 50 },
  ],
};

beforeEach(async () => {
  database = createDatabase(`classes-${(counter += 1)}`);
  await saveClass(database, classSession);
});
afterEach(async () => {
  database.close();
  await database.delete();
});

let n = 0;
function action(
  role: Action['role'],
  type: Action['type'],
  subprojectId = 'sp01-diagnosis',
  after: string = `v${n}`,
): Action {
  n += 1;
  const base = { id: `a${n}`, classId: 'class-1', teamId: 'team-1', subprojectId, studentId: role, role, at: n };
  return type === 'answer.set' ? { ...base, type, field: 'memo', before: null, after } : ({ ...base, type } as Action);
}

describe('the action log in IndexedDB', () => {
  it('rebuilds exactly the live state from the stored log, after any sequence of actions', async () => {
    const rules = rulesFor(classSession);
    const attempts: Action[] = [
      action('specialist', 'answer.set'),
      action('advisor', 'answer.set'),
      action('advisor', 'subproject.submit'), // refused: wrong role
      action('specialist', 'answer.set', 'sp02-department'), // refused: locked
      action('manager', 'subproject.submit'),
      action('manager', 'answer.set'), // refused: already submitted
      action('manager', 'subproject.reopen'),
      action('specialist', 'answer.set'),
      action('manager', 'subproject.submit'),
    ];
    let live: TeamWork = {};
    const refusals: string[] = [];
    for (const next of attempts) {
      const stored = await appendAction(database, next);
      const inMemory = applyAction(live, next, rules);
      expect(stored.ok).toBe(inMemory.ok);
      if (inMemory.ok) live = inMemory.work;
      if (!stored.ok) refusals.push(stored.code);
    }
    expect(refusals).toEqual(['lifecycle.wrongRole', 'lifecycle.locked', 'lifecycle.alreadySubmitted']);
    const log = await teamActions(database, 'class-1', 'team-1');
    expect(log).toHaveLength(6);
    expect(replay(log, rules).work).toEqual(live);
    // A fresh database handle (as after a reload) sees the same log.
    const reopened = createDatabase(database.name);
    expect(await teamActions(reopened, 'class-1', 'team-1')).toEqual(log);
    reopened.close();
  });

  it('appends only the new tail of an imported submission', async () => {
    const first = action('manager', 'answer.set');
    await appendAction(database, first);
    const second = action('manager', 'answer.set');
    expect(await appendImportedActions(database, 'class-1', 'team-1', [first, second])).toBe(1);
    expect((await teamActions(database, 'class-1', 'team-1')).map((a) => a.id)).toEqual([first.id, second.id]);
  });
});

describe('answer updates', () => {
  it('never lose a change when two arrive before either is read back', async () => {
    const actor = (id: string) => ({
      id,
      classId: 'class-1',
      teamId: 'team-1',
      subprojectId: 'sp01-diagnosis',
      studentId: 's1',
      role: 'manager' as const,
      at: 1,
    });
    const add = (item: string) => (previous: unknown) => [...(Array.isArray(previous) ? previous : []), item];
    await Promise.all([
      updateAnswer(database, actor('u1'), 'problems', add('a')),
      updateAnswer(database, actor('u2'), 'problems', add('b')),
    ]);
    const log = await teamActions(database, 'class-1', 'team-1');
    expect(replay(log, rulesFor(classSession)).work['sp01-diagnosis']?.answers['problems']).toEqual(['a', 'b']);
    expect(log.map((action) => (action.type === 'answer.set' ? action.before : undefined))).toEqual([null, ['a']]);
    // An update that changes nothing writes nothing.
    await updateAnswer(database, actor('u3'), 'problems', (previous) => previous);
    expect(await teamActions(database, 'class-1', 'team-1')).toHaveLength(2);
  });
});

describe('class records', () => {
  it('keeps roster, teams, overrides and adjustments together and updates students instead of duplicating', async () => {
    expect(
      await addStudents(database, 'class-1', [
        { student: { id: 's1', name: '张三' } },
        { student: { id: 's2', name: '李四' } },
      ]),
    ).toBe(2);
    expect(await addStudents(database, 'class-1', [{ student: { id: 's1', name: '张三丰' } }])).toBe(0);
    await saveTeams(database, 'class-1', [{ id: 'team-1', number: 1, memberIds: ['s1', 's2'] }]);
    expect(
      await saveOverride(
        database,
        { classId: 'class-1', teamId: 'team-1', subprojectId: 'sp01-diagnosis', points: 40, reason: ' ', at: 1 },
        50,
      ),
    ).toEqual({
      ok: false,
      problems: ['override.reasonRequired'],
    });
    expect(
      await saveOverride(
        database,
        { classId: 'class-1', teamId: 'team-1', subprojectId: 'sp01-diagnosis', points: 40, reason: '补交材料', at: 1 },
        50,
      ),
    ).toEqual({ ok: true });
    expect(
      await addAdjustment(database, { classId: 'class-1', studentId: 's2', points: -2, reason: '', at: 2 }),
    ).toEqual({ ok: false, problem: 'adjustment.reasonRequired' });
    await addAdjustment(database, { classId: 'class-1', studentId: 's2', points: -2, reason: '两次缺勤', at: 2 });

    const bundle = await loadClassBundle(database, 'class-1');
    expect(bundle?.students).toEqual([
      { id: 's1', name: '张三丰' },
      { id: 's2', name: '李四' },
    ]);
    expect(bundle?.teams).toEqual([{ id: 'team-1', number: 1, memberIds: ['s1', 's2'] }]);
    expect(bundle?.overrides[0]).toMatchObject({ points: 40, reason: '补交材料' });
    expect(bundle?.adjustments[0]).toMatchObject({ studentId: 's2', points: -2 });
    expect(await loadClassBundle(database, 'nope')).toBeUndefined();
  });
});

describe('rubric and peer scores', () => {
  it('validates, stores and groups them for the grading pipeline', async () => {
    const key = { classId: 'class-1', teamId: 'team-1', subprojectId: 'sp12-implementation' };
    expect(
      await saveRubricScore(database, { ...key, criterionId: 'defence', points: 11, comment: '', at: 1 }, 10),
    ).toEqual({ ok: false, problem: 'rubric.outOfRange' });
    expect(
      await saveRubricScore(database, { ...key, criterionId: 'defence', points: 7, comment: ' 条理清楚 ', at: 1 }, 10),
    ).toEqual({ ok: true });
    expect(
      await savePeerScore(database, { ...key, criterionId: 'show', raterTeamId: 'team-1', score: 9, at: 1 }),
    ).toEqual({ ok: false, problem: 'peer.ownTeam' });
    expect(
      await savePeerScore(database, { ...key, criterionId: 'show', raterTeamId: 'team-2', score: 8.5, at: 1 }),
    ).toEqual({ ok: false, problem: 'peer.notWholePoints' });
    for (const [rater, score] of [
      ['team-2', 8],
      ['team-3', 10],
      ['team-4', 6],
    ] as const) {
      await savePeerScore(database, { ...key, criterionId: 'show', raterTeamId: rater, score, at: 1 });
    }
    const bundle = await loadClassBundle(database, 'class-1');
    expect(groupManualScores(bundle!.rubricScores, bundle!.peerScores).get('team-1')).toEqual({
      'sp12-implementation': { rubric: { defence: { points: 7, comment: '条理清楚' } }, peer: { show: [8, 10, 6] } },
    });
  });
});

describe('instructor PIN', () => {
  it('guards with a hashed PIN and recovers with the recovery code without touching data', async () => {
    expect(await hasPin(database)).toBe(false);
    expect(await checkPin(database, 'anything')).toBe(true);
    await setPin(database, '2468', 'ABCD-EFGH-JKLM');
    expect(await checkPin(database, '2468')).toBe(true);
    expect(await checkPin(database, '1357')).toBe(false);
    expect(await recoverWithCode(database, 'WRONG')).toBe(false);
    expect(await recoverWithCode(database, 'abcd-efgh-jklm')).toBe(true);
    expect(await hasPin(database)).toBe(false);
    expect(await database.classes.count()).toBe(1);
  });
});
