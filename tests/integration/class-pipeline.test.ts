/**
 * End to end through the domain, as a class runs: roster → teams → roles →
 * team actions → submission file → instructor import check → re-score →
 * override → Moodle CSV. Uses the test-only sub-project.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSubmission, createSubmission } from '../../src/domain/exchange';
import { moodleCsv } from '../../src/domain/export/gradebooks';
import { createRandom } from '../../src/domain/random';
import { parseScenario } from '../../src/domain/scenario';
import { studentTotal } from '../../src/domain/scoring/grades';
import { gradeTeam } from '../../src/domain/scoring/team-grades';
import type { Action } from '../../src/domain/session/actions';
import { newClassSession, type ClassSession } from '../../src/domain/session/class';
import { DEFAULT_GATES } from '../../src/domain/session/lifecycle';
import { applyAction, type TeamWork } from '../../src/domain/session/replay';
import { rolesFor } from '../../src/domain/session/roles';
import { parseRoster } from '../../src/domain/session/roster';
import { formTeams } from '../../src/domain/session/teams';
import { testRegistry } from '../fixtures/test-subproject';

const parsed = parseScenario(readFileSync('scenarios/car-market.json', 'utf8'));
if (!parsed.ok) throw new Error('car-market must be valid');
const scenario = parsed.scenario;

const roster = parseRoster(
  [
    '学号,姓名,邮箱',
    ...Array.from(
      { length: 12 },
      (_, i) => `2024${String(i + 1).padStart(3, '0')},学生${i + 1},s${i + 1}@example.edu.cn`,
    ),
  ].join('\n'),
);
if (!roster.ok) throw new Error('roster');
const formed = formTeams(
  { studentIds: roster.entries.map((entry) => entry.student.id), teamSize: 4 },
  createRandom('seed'),
);
if (!formed.ok) throw new Error('teams');
const team = formed.teams[0]!;

const created = newClassSession({
  id: 'class-1',
  name: '营销1班',
  scenario,
  seed: 'K7Q2-9XPM',
  createdAt: 0,
  roleMode: 'fixed',
});
const classSession: ClassSession = {
  ...created,
  subprojects: created.subprojects.map((entry) => (entry.id === 'sp01-diagnosis' ? { ...entry, open: true } : entry)),
};
const rules = {
  gatesOf: (id: string) => testRegistry.find((definition) => definition.id === id)?.gates ?? DEFAULT_GATES,
  resubmission: classSession.resubmission,
};

/** Performs actions as the team's members would, refusing what the lifecycle refuses. */
function teamWorks(steps: { role: 'manager' | 'specialist' | 'advisor'; type: Action['type']; after?: string[] }[]) {
  const assignment = rolesFor(team, 0, classSession.roleMode);
  const memberIn = (role: string) => Object.entries(assignment).find(([, held]) => held === role)![0];
  let work: TeamWork = {};
  const log: Action[] = [];
  const refusals: string[] = [];
  steps.forEach((step, index) => {
    const base = {
      id: `act-${index}`,
      classId: classSession.id,
      teamId: team.id,
      subprojectId: 'sp01-diagnosis',
      studentId: memberIn(step.role),
      role: step.role,
      at: 1000 + index,
    };
    const action = (
      step.type === 'answer.set'
        ? { ...base, type: step.type, field: 'problems', before: null, after: step.after ?? [] }
        : { ...base, type: step.type }
    ) as Action;
    const result = applyAction(work, action, {
      ...rules,
      isOpen: (id) => classSession.subprojects.find((entry) => entry.id === id)?.open ?? false,
    });
    if (result.ok) {
      work = result.work;
      log.push(action);
    } else refusals.push(result.code);
  });
  return { work, log, refusals };
}

describe('a class through the domain', () => {
  it('scores a team’s approved work from its log, after a trip through a submission file', async () => {
    const { log, refusals } = teamWorks([
      { role: 'specialist', type: 'answer.set', after: ['high-complaints', 'dealer-poaching', 'weather'] },
      { role: 'advisor', type: 'subproject.submit' },
      { role: 'specialist', type: 'subproject.submit' },
      { role: 'specialist', type: 'subproject.approve' },
      { role: 'manager', type: 'subproject.approve' },
    ]);
    expect(refusals).toEqual(['lifecycle.wrongRole', 'lifecycle.wrongRole']);

    const file = JSON.stringify(
      await createSubmission({ classSession, teamId: team.id, actions: log, exportedAt: 5000 }),
    );
    const checked = await checkSubmission(file, {
      classSession,
      teamIds: formed.teams.map((t) => t.id),
      installedScenarioVersion: scenario.version,
      storedActions: async () => [],
      rules,
    });
    if (!checked.ok || checked.kind !== 'newer') throw new Error(`import refused: ${JSON.stringify(checked)}`);

    const grades = gradeTeam({
      scenario,
      classSession,
      teamId: team.id,
      actions: checked.actions,
      registry: testRegistry,
    });
    const diagnosis = grades[0]!;
    // F1 of 2 right of 3 picked against 3 key problems = 2/3 of 5 points, plus 1 process point: (10/3 + 1)/6 × 6.
    expect(diagnosis.counting?.criteria.map((criterion) => [criterion.id, criterion.earned])).toEqual([
      ['problems.f1', 3.33],
      ['process.roles', 1],
    ]);
    expect(diagnosis.auto).toBe(4.33);
    expect(diagnosis.counting?.criteria[0]?.evidence).toEqual([
      { ref: 'used-car-price-fraud', verdict: 'missing' },
      { ref: 'weather', verdict: 'extra' },
    ]);
    // Sub-projects not submitted have no grade yet.
    expect(grades.slice(1).every((grade) => grade.final === null)).toBe(true);

    const overridden = gradeTeam({
      scenario,
      classSession,
      teamId: team.id,
      actions: checked.actions,
      registry: testRegistry,
      overrides: { 'sp01-diagnosis': { points: 5, reason: '答辩中补充了二手车欺诈问题', at: 6000 } },
    });
    expect(overridden[0]).toMatchObject({ auto: 4.33, final: 5 });

    const students = roster.entries.filter((entry) => team.memberIds.includes(entry.student.id));
    const csv = moodleCsv(
      {
        subprojects: classSession.subprojects.map((entry, index) => ({
          id: entry.id,
          label: `${String(index + 1).padStart(2, '0')}`,
        })),
        students: students.map((entry) => ({
          student: entry.student,
          teamNumber: team.number,
          grades: overridden,
          adjustments: [],
          total: studentTotal(overridden, []),
        })),
      },
      'email',
    );
    expect(csv.split('\r\n')[1]).toBe(`${students[0]!.student.email},5,,,,,,,,,,,,5`);
  });

  it('gives copying teams nothing for free: the same answers re-scored are the same score, deterministically', () => {
    const { log } = teamWorks([
      { role: 'manager', type: 'answer.set', after: ['high-complaints'] },
      { role: 'manager', type: 'subproject.submit' },
      { role: 'manager', type: 'subproject.approve' },
    ]);
    const once = gradeTeam({ scenario, classSession, teamId: team.id, actions: log, registry: testRegistry });
    expect(gradeTeam({ scenario, classSession, teamId: team.id, actions: log, registry: testRegistry })).toEqual(once);
  });

  it('leaves sub-projects without a scorer to the instructor: process credit only, the rest pending', () => {
    const log: Action[] = [
      {
        id: 'x1',
        classId: classSession.id,
        teamId: team.id,
        subprojectId: 'sp07-channels',
        studentId: team.memberIds[0]!,
        role: 'manager',
        at: 1,
        type: 'subproject.submit',
      },
    ];
    const grade = gradeTeam({ scenario, classSession, teamId: team.id, actions: log })[6]!;
    expect(grade.counting?.criteria.map((criterion) => [criterion.id, criterion.status])).toEqual([
      ['manual.grade', 'pending'],
      ['process.roles', 'scored'],
    ]);
    expect(grade.auto).toBeCloseTo((1 / 11) * 6, 2);
  });
});
