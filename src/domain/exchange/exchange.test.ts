import { describe, expect, it } from 'vitest';
import type { Action } from '../session/actions';
import type { ClassSession } from '../session/class';
import { DEFAULT_GATES } from '../session/lifecycle';
import { canonicalJson, checksumOf } from './canonical';
import { checkClassPack, createClassPack } from './class-pack';
import { checkSubmission, createSubmission, type SubmissionCheck } from './submission';
import { compareVersions } from './versions';

const classSession: ClassSession = {
  id: 'class-1',
  name: '2024级市场营销1班',
  scenarioId: 'car-market',
  scenarioVersion: '1.0.0',
  seed: 'K7Q2-9XPM',
  createdAt: 1,
  roleMode: 'rotate',
  resubmission: { allowed: true, counts: 'best' },
  latePenaltyPercent: 10,
  subprojects: [{ id: 'sp01-diagnosis', open: true, weight: 100 }],
};
const rules = { gatesOf: () => DEFAULT_GATES, resubmission: classSession.resubmission };
const act = (n: number, type: Action['type'] = 'answer.set', teamId = 'team-1'): Action => {
  const base = {
    id: `a${n}`,
    classId: 'class-1',
    teamId,
    subprojectId: 'sp01-diagnosis',
    studentId: 's1',
    role: 'manager' as const,
    at: n,
  };
  return type === 'answer.set'
    ? { ...base, type, field: 'memo', before: null, after: `版本${n}` }
    : ({ ...base, type } as Action);
};
const log = [act(1), act(2), act(3, 'subproject.submit')];

async function fileText(actions: readonly Action[], overrides: Partial<ClassSession> = {}, teamId = 'team-1') {
  return JSON.stringify(
    await createSubmission({ classSession: { ...classSession, ...overrides }, teamId, actions, exportedAt: 99 }),
  );
}

function check(text: string, stored: readonly Action[] = [], installed = '1.0.0'): Promise<SubmissionCheck> {
  return checkSubmission(text, {
    classSession,
    teamIds: ['team-1', 'team-2'],
    installedScenarioVersion: installed,
    storedActions: async () => stored,
    rules,
  });
}

describe('checksums', () => {
  it('do not depend on key order', async () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}',
    );
    expect(await checksumOf({ a: 1, b: 2 })).toBe(await checksumOf({ b: 2, a: 1 }));
    expect(await checksumOf({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('submission import checks', () => {
  it('accepts a new submission and reports how many records it adds', async () => {
    expect(await check(await fileText(log))).toMatchObject({ ok: true, kind: 'newer', teamId: 'team-1', added: 3 });
    expect(await check(await fileText(log), log.slice(0, 1))).toMatchObject({ ok: true, kind: 'newer', added: 2 });
  });

  it('changes nothing when the same file is imported twice', async () => {
    expect(await check(await fileText(log), log)).toEqual({ ok: true, kind: 'unchanged', teamId: 'team-1' });
  });

  it('refuses an older copy of work already imported', async () => {
    expect(await check(await fileText(log.slice(0, 2)), log)).toEqual({
      ok: false,
      code: 'exchange.olderCopy',
      fileActions: 2,
      storedActions: 3,
    });
  });

  it('refuses a file for another class, a team that does not exist, and a newer scenario version', async () => {
    expect(await check(await fileText(log, { id: 'class-9' }))).toMatchObject({
      ok: false,
      code: 'exchange.wrongClass',
      found: 'class-9',
    });
    const otherTeam = await fileText(
      log.map((a) => ({ ...a, teamId: 'team-7' })),
      {},
      'team-7',
    );
    expect(await check(otherTeam)).toMatchObject({ ok: false, code: 'exchange.unknownTeam', teamId: 'team-7' });
    expect(await check(await fileText(log, { scenarioVersion: '1.1.0' }))).toMatchObject({
      ok: false,
      code: 'exchange.newerScenario',
      installed: '1.0.0',
    });
  });

  it('refuses a file whose checksum fails (edited by hand or damaged)', async () => {
    const text = (await fileText(log)).replace('版本2', '版本X');
    expect(await check(text)).toEqual({ ok: false, code: 'exchange.badChecksum' });
  });

  it('refuses what is not a submission at all, naming the problem', async () => {
    expect(await check('not json')).toEqual({ ok: false, code: 'exchange.notJson' });
    expect(await check('{"format":"crm-classroom-simulator/class-pack"}')).toMatchObject({
      code: 'exchange.wrongKind',
      found: 'class-pack',
    });
    const broken = JSON.parse(await fileText(log));
    delete broken.teamId;
    expect(await check(JSON.stringify(broken))).toMatchObject({
      code: 'exchange.invalid',
      problems: ['teamId: expected string, received undefined'],
    });
  });

  it('refuses a log that does not replay or that carries another team’s records', async () => {
    const replayBroken = await fileText([act(1, 'subproject.submit'), act(2)]);
    expect(await check(replayBroken)).toEqual({ ok: false, code: 'exchange.invalidLog', count: 1 });
    expect(await check(await fileText([act(1), act(2, 'answer.set', 'team-2')]))).toEqual({
      ok: false,
      code: 'exchange.foreignRecords',
      count: 1,
    });
  });

  it('refuses a log that differs from the stored one instead of merging blindly', async () => {
    const other = [act(1), { ...act(2), after: '别的内容' } as Action];
    expect(await check(await fileText(log), other)).toEqual({ ok: false, code: 'exchange.diverged' });
  });
});

describe('class packs', () => {
  const students = [
    { id: 's1', name: '张三' },
    { id: 's2', name: '李四' },
    { id: 's3', name: '王五' },
    { id: 's4', name: '赵六' },
  ];
  const teams = [
    { id: 'team-1', number: 1, memberIds: ['s1', 's2', 's3'] },
    { id: 'team-2', number: 2, memberIds: ['s4'] },
  ];

  it('carries one team’s roster only when exported per team', async () => {
    const pack = await createClassPack({
      classSession,
      students,
      teams,
      roleAssignments: {},
      exportedAt: 5,
      teamId: 'team-1',
    });
    expect(pack.students.map((student) => student.id)).toEqual(['s1', 's2', 's3']);
    const checked = await checkClassPack(JSON.stringify(pack), () => '1.0.0');
    expect(checked).toMatchObject({ ok: true, pack: { teamId: 'team-1', classSession: { seed: 'K7Q2-9XPM' } } });
  });

  it('refuses a pack for a scenario that is missing or newer than the one installed', async () => {
    const text = JSON.stringify(
      await createClassPack({ classSession, students, teams, roleAssignments: {}, exportedAt: 5 }),
    );
    expect(await checkClassPack(text, () => undefined)).toEqual({
      ok: false,
      code: 'exchange.unknownScenario',
      scenarioId: 'car-market',
    });
    expect(await checkClassPack(text, () => '0.9.0')).toEqual({
      ok: false,
      code: 'exchange.newerScenario',
      found: '1.0.0',
      installed: '0.9.0',
    });
    expect(await checkClassPack(text.replace('张三', '张叁'), () => '1.0.0')).toEqual({
      ok: false,
      code: 'exchange.badChecksum',
    });
  });
});

describe('compareVersions', () => {
  it('compares numerically, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.3')).toBe(1);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.9.9', '1.0.0')).toBe(-1);
  });
});
