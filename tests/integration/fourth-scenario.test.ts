/**
 * A fourth scenario works by writing JSON only: the test-only bakery scenario
 * (tests/fixtures/minimal-scenario.json) loads, every built sub-project
 * generates its data for a team, and the key answers — entered by the right
 * roles, submitted and approved — score full automatic points through the same
 * pipeline the app and the command line use. A team that hands in another
 * team's answers to a ★ sub-project does not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveTeamSeed } from '../../src/domain/random';
import { parseScenario } from '../../src/domain/scenario';
import { gradeTeam } from '../../src/domain/scoring/team-grades';
import type { Action } from '../../src/domain/session/actions';
import { newClassSession } from '../../src/domain/session/class';
import { DEFAULT_GATES } from '../../src/domain/session/lifecycle';
import type { Answers } from '../../src/domain/session/replay';
import type { SubprojectDefinition } from '../../src/domain/subprojects/define';
import { SUBPROJECTS } from '../../src/domain/subprojects/registry';

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
const built = (SUBPROJECTS as readonly SubprojectDefinition[]).filter((definition) => definition.keyAnswers);
const contentOf = (id: string) => scenario.subprojects.find((slot) => slot.id === id)?.content;
const seedOf = (teamId: string) => deriveTeamSeed(scenario.id, classSession.seed, teamId);

/** The log of a team that enters `answers`, submits with the first role allowed and approves when required. */
function handIn(definition: SubprojectDefinition, teamId: string, answers: Answers): Action[] {
  const gates = definition.gates ?? DEFAULT_GATES;
  let n = 0;
  const base = (role: Action['role']) => ({
    id: `${teamId}-${definition.id}-${(n += 1)}`,
    classId: classSession.id,
    teamId,
    subprojectId: definition.id,
    studentId: `${teamId}-${role}`,
    role,
    at: n,
  });
  return [
    ...Object.entries(answers).map(([field, after]): Action => ({
      ...base(gates.submit[0]!),
      type: 'answer.set',
      field,
      before: null,
      after,
    })),
    { ...base(gates.submit[0]!), type: 'subproject.submit' },
    ...(gates.approve ? [{ ...base(gates.approve[0]!), type: 'subproject.approve' as const }] : []),
  ];
}

function grade(definition: SubprojectDefinition, teamId: string, answers: Answers) {
  const grades = gradeTeam({ scenario, classSession, teamId, actions: handIn(definition, teamId, answers) });
  const found = grades.find((candidate) => candidate.subprojectId === definition.id)?.counting;
  if (!found) throw new Error(`${definition.id} was not scored`);
  return found;
}

describe('a fourth scenario written in JSON only', () => {
  it('has content and an answer key for sub-projects 1–6', () => {
    expect(built.map((definition) => definition.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const definition of built) expect(contentOf(definition.id)).toBeDefined();
  });

  describe.each(built.map((definition) => [definition.id, definition] as const))('%s', (_, definition) => {
    const content = definition.contentSchema.parse(contentOf(definition.id));

    it.each(['team-1', 'team-2', 'team-7'])('scores the key of %s at full automatic points', (teamId) => {
      const scored = grade(definition, teamId, definition.keyAnswers!(content, seedOf(teamId)));
      const lost = scored.criteria.filter(
        (criterion) => criterion.status === 'scored' && criterion.earned !== criterion.max,
      );
      expect(lost.map((criterion) => criterion.id)).toEqual([]);
      expect(scored.total.earned).toBe(scored.total.max);
    });

    it('scores an empty submission zero (apart from process credit)', () => {
      const scored = grade(definition, 'team-1', {});
      const own = scored.criteria.filter((criterion) => !criterion.id.startsWith('process.'));
      expect(own.reduce((sum, criterion) => sum + criterion.earned, 0)).toBe(0);
    });

    // Only ★ sub-projects give each team its own data; the others have one key for the class.
    if (definition.generated)
      it('gives a team that copies another team’s answers a poor score', () => {
        const copied = grade(definition, 'team-2', definition.keyAnswers!(content, seedOf('team-1')));
        const own = grade(definition, 'team-2', definition.keyAnswers!(content, seedOf('team-2')));
        expect(copied.total.earned / copied.total.max).toBeLessThan(0.5);
        expect(own.total.earned / own.total.max).toBe(1);
      });
  });
});
