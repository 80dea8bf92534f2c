import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { checkTeams, formTeams } from './teams';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${String(i + 1).padStart(2, '0')}`);

function teamsOf(result: ReturnType<typeof formTeams>) {
  if (!result.ok) throw new Error(result.code);
  return result.teams;
}

describe('formTeams', () => {
  it('forms ten teams of four from a class of 40', () => {
    const teams = teamsOf(formTeams({ studentIds: ids(40), teamSize: 4 }, createRandom('class')));
    expect(teams).toHaveLength(10);
    expect(teams.every((team) => team.memberIds.length === 4)).toBe(true);
    expect(checkTeams(teams, ids(40))).toEqual([]);
  });

  it('keeps every team within 3–8 and within one member of the others, for any class size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 120 }), fc.integer({ min: 3, max: 8 }), (n, size) => {
        const teams = teamsOf(formTeams({ studentIds: ids(n), teamSize: size }, createRandom(`p${n}`)));
        const sizes = teams.map((team) => team.memberIds.length);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3);
        expect(Math.max(...sizes)).toBeLessThanOrEqual(8);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(checkTeams(teams, ids(n))).toEqual([]);
      }),
    );
  });

  it('gives the same teams for the same seed and different teams for another', () => {
    const input = { studentIds: ids(24), teamSize: 4 };
    expect(formTeams(input, createRandom('a'))).toEqual(formTeams(input, createRandom('a')));
    expect(formTeams(input, createRandom('a'))).not.toEqual(formTeams(input, createRandom('b')));
  });

  it('keeps roster presets together and deals the others', () => {
    const preset = new Map([
      ['s01', 'A'],
      ['s02', 'A'],
      ['s03', 'A'],
    ]);
    const teams = teamsOf(formTeams({ studentIds: ids(9), preset, teamSize: 3 }, createRandom('x')));
    expect(teams[0]?.memberIds).toEqual(['s01', 's02', 's03']);
    expect(
      teams
        .slice(1)
        .flatMap((team) => team.memberIds)
        .sort(),
    ).toEqual(ids(9).slice(3));
  });

  it('puts one or two leftovers into the smallest preset team instead of a team of two', () => {
    const preset = new Map(ids(6).map((id, i) => [id, i < 3 ? 'A' : 'B']));
    const teams = teamsOf(formTeams({ studentIds: ids(8), preset, teamSize: 3 }, createRandom('x')));
    expect(teams.map((team) => team.memberIds.length)).toEqual([4, 4]);
  });

  it('refuses a wanted size outside 3–8 and a class too small for one team', () => {
    expect(formTeams({ studentIds: ids(10), teamSize: 2 }, createRandom('x'))).toEqual({
      ok: false,
      code: 'teams.badSize',
      size: 2,
    });
    expect(formTeams({ studentIds: ids(2), teamSize: 3 }, createRandom('x'))).toEqual({
      ok: false,
      code: 'teams.tooFewStudents',
      needed: 3,
      found: 2,
    });
  });
});

describe('checkTeams', () => {
  it('reports sizes, double membership, strangers and students left out', () => {
    const teams = [
      { id: 'team-1', number: 1, memberIds: ['s01', 's02'] },
      { id: 'team-2', number: 2, memberIds: ['s02', 's03', 's04', 'x', 's05', 's06', 's07', 's08', 's09'] },
    ];
    expect(checkTeams(teams, ids(10))).toEqual([
      { code: 'teams.tooSmall', teamId: 'team-1', size: 2 },
      { code: 'teams.tooLarge', teamId: 'team-2', size: 9 },
      { code: 'teams.unknownStudent', studentId: 'x', teamId: 'team-2' },
      { code: 'teams.studentInTwoTeams', studentId: 's02', teamIds: ['team-1', 'team-2'] },
      { code: 'teams.studentWithoutTeam', studentId: 's10' },
    ]);
  });
});
