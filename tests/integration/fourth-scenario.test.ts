/**
 * A fourth scenario works by writing JSON only: the test-only bakery scenario
 * (tests/fixtures/minimal-scenario.json) is loaded, and a team's key answers
 * to the sub-projects it has content for score full automatic points through
 * the same pipeline the app and the command line use.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/domain/scenario';
import { gradeTeam } from '../../src/domain/scoring/team-grades';
import type { Action, JsonValue } from '../../src/domain/session/actions';
import { newClassSession } from '../../src/domain/session/class';
import { ROLES } from '../../src/domain/roles';
import { JOB_FIELDS } from '../../src/domain/subprojects/sp02-department/content';

const parsed = parseScenario(readFileSync('tests/fixtures/minimal-scenario.json', 'utf8'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const scenario = parsed.scenario;
const classSession = newClassSession({
  id: 'bakery-class',
  name: 'bakery',
  scenario,
  seed: 'S',
  createdAt: 0,
  roleMode: 'fixed',
  resubmission: { allowed: false, counts: 'last' },
  openAll: true,
});

let n = 0;
const set = (subprojectId: string, field: string, after: JsonValue): Action => ({
  id: `a${(n += 1)}`,
  classId: classSession.id,
  teamId: 'team-1',
  subprojectId,
  studentId: 's1',
  role: 'manager',
  at: n,
  type: 'answer.set',
  field,
  before: null,
  after,
});
const submit = (subprojectId: string): Action => ({
  id: `a${(n += 1)}`,
  classId: classSession.id,
  teamId: 'team-1',
  subprojectId,
  studentId: 's1',
  role: 'manager',
  at: n,
  type: 'subproject.submit',
});

describe('a fourth scenario written in JSON only', () => {
  it('loads and scores the key answers of sub-projects 1 and 2 at full automatic points', () => {
    const sp01 = scenario.subprojects[0]!.content as {
      problems: { id: string; real: boolean; levers: string[] }[];
      memoParts: { id: string }[];
    };
    const sp02 = scenario.subprojects[1]!.content as {
      reportingLines: { id: string; correct: boolean }[];
      duties: { id: string; area: string | null; owners: string[] }[];
    };
    const realProblems = sp01.problems.filter((problem) => problem.real);
    const realDuties = sp02.duties.filter((duty) => duty.area !== null);
    const log: Action[] = [
      set(
        'sp01-diagnosis',
        'problems',
        realProblems.map((problem) => problem.id),
      ),
      set(
        'sp01-diagnosis',
        'levers',
        Object.fromEntries(realProblems.map((problem) => [problem.id, problem.levers[0]!])),
      ),
      set(
        'sp01-diagnosis',
        'memo',
        Object.fromEntries(sp01.memoParts.map((part) => [part.id, '完整的备忘录内容写在这里'])),
      ),
      submit('sp01-diagnosis'),
      set('sp02-department', 'reportingLine', sp02.reportingLines.find((line) => line.correct)!.id),
      set(
        'sp02-department',
        'duties',
        realDuties.map((duty) => duty.id),
      ),
      set('sp02-department', 'owners', Object.fromEntries(realDuties.map((duty) => [duty.id, duty.owners[0]!]))),
      ...ROLES.map((role) =>
        set('sp02-department', `job:${role}`, Object.fromEntries(JOB_FIELDS.map((field) => [field, '完整内容']))),
      ),
      submit('sp02-department'),
    ];
    const [diagnosis, department] = gradeTeam({ scenario, classSession, teamId: 'team-1', actions: log });
    for (const grade of [diagnosis!, department!]) {
      const total = grade.counting!.total;
      expect(
        grade
          .counting!.criteria.filter((criterion) => criterion.status === 'scored')
          .every((criterion) => criterion.earned === criterion.max),
      ).toBe(true);
      expect(total.earned).toBe(total.max);
      expect(total.pendingMax).toBeGreaterThan(0); // the rubric parts wait for the instructor
    }
  });
});
