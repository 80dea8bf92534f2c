import type { Random } from '../random';
import { MAX_TEAM_SIZE, MIN_TEAM_SIZE, type Team } from './types';

export interface TeamFormingInput {
  /** Students in roster order. */
  readonly studentIds: readonly string[];
  /** Team labels from the roster ("1", "A组"…): students with the same label stay together. */
  readonly preset?: ReadonlyMap<string, string>;
  /** Wanted team size, 3–8. */
  readonly teamSize: number;
}

export type TeamFormingResult =
  | { readonly ok: true; readonly teams: readonly Team[] }
  | { readonly ok: false; readonly code: 'teams.tooFewStudents'; readonly needed: number; readonly found: number }
  | { readonly ok: false; readonly code: 'teams.badSize'; readonly size: number };

/**
 * Forms teams: roster presets first (in the order their labels first appear),
 * the rest shuffled with the class's seeded random source and dealt so that all
 * teams are within one member of each other and of size 3–8. Presets outside
 * 3–8 are kept as given and reported by `checkTeams`.
 * @example formTeams({ studentIds: ids40, teamSize: 4 }, random) // 10 teams of 4
 */
export function formTeams(input: TeamFormingInput, random: Random): TeamFormingResult {
  const { teamSize } = input;
  if (!Number.isInteger(teamSize) || teamSize < MIN_TEAM_SIZE || teamSize > MAX_TEAM_SIZE) {
    return { ok: false, code: 'teams.badSize', size: teamSize };
  }
  const presetGroups = new Map<string, string[]>();
  const unassigned: string[] = [];
  for (const id of input.studentIds) {
    const label = input.preset?.get(id);
    if (label === undefined) unassigned.push(id);
    else presetGroups.set(label, [...(presetGroups.get(label) ?? []), id]);
  }
  const groups: string[][] = [...presetGroups.values()];
  if (unassigned.length > 0) {
    if (unassigned.length < MIN_TEAM_SIZE && groups.length === 0) {
      return { ok: false, code: 'teams.tooFewStudents', needed: MIN_TEAM_SIZE, found: unassigned.length };
    }
    // As many teams as keep every size within [3, 8], as close to the wanted size as possible.
    const minTeams = Math.ceil(unassigned.length / MAX_TEAM_SIZE);
    const maxTeams = Math.max(1, Math.floor(unassigned.length / MIN_TEAM_SIZE));
    const count = Math.min(maxTeams, Math.max(minTeams, Math.round(unassigned.length / teamSize)));
    if (unassigned.length >= MIN_TEAM_SIZE) {
      const fresh: string[][] = Array.from({ length: count }, () => []);
      random.shuffle(unassigned).forEach((id, index) => fresh[index % count]?.push(id));
      groups.push(...fresh);
    } else {
      // Two leftover students join the smallest preset teams rather than form a team of two.
      unassigned.forEach((id) => {
        const smallest = groups.reduce((a, b) => (b.length < a.length ? b : a));
        smallest.push(id);
      });
    }
  }
  return {
    ok: true,
    teams: groups.map((memberIds, index) => ({ id: `team-${index + 1}`, number: index + 1, memberIds })),
  };
}

export type TeamProblem =
  | { readonly code: 'teams.tooSmall' | 'teams.tooLarge'; readonly teamId: string; readonly size: number }
  | { readonly code: 'teams.studentInTwoTeams'; readonly studentId: string; readonly teamIds: readonly string[] }
  | { readonly code: 'teams.unknownStudent'; readonly studentId: string; readonly teamId: string }
  | { readonly code: 'teams.studentWithoutTeam'; readonly studentId: string };

/** Everything wrong with a set of teams against the roster; empty when the class can start. */
export function checkTeams(teams: readonly Team[], rosterIds: readonly string[]): TeamProblem[] {
  const problems: TeamProblem[] = [];
  const roster = new Set(rosterIds);
  const teamsOf = new Map<string, string[]>();
  for (const team of teams) {
    if (team.memberIds.length < MIN_TEAM_SIZE)
      problems.push({ code: 'teams.tooSmall', teamId: team.id, size: team.memberIds.length });
    if (team.memberIds.length > MAX_TEAM_SIZE)
      problems.push({ code: 'teams.tooLarge', teamId: team.id, size: team.memberIds.length });
    for (const studentId of team.memberIds) {
      if (!roster.has(studentId)) problems.push({ code: 'teams.unknownStudent', studentId, teamId: team.id });
      teamsOf.set(studentId, [...(teamsOf.get(studentId) ?? []), team.id]);
    }
  }
  for (const [studentId, teamIds] of teamsOf) {
    if (teamIds.length > 1) problems.push({ code: 'teams.studentInTwoTeams', studentId, teamIds });
  }
  for (const studentId of rosterIds)
    if (!teamsOf.has(studentId)) problems.push({ code: 'teams.studentWithoutTeam', studentId });
  return problems;
}
