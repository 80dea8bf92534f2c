import { z } from 'zod';
import {
  classSessionSchema,
  roleAssignmentSchema,
  studentSchema,
  teamSchema,
  type ClassSession,
} from '../session/class';
import type { RoleAssignment, Student, Team } from '../session/types';
import { FORMAT_PREFIX, openEnvelope, seal, type EnvelopeRefusal } from './envelope';
import { compareVersions } from './versions';

const KIND = 'class-pack';
const FORMAT_VERSION = 1;

/**
 * What a team device needs to work offline: the class (scenario id and pinned
 * version, seed, schedule, policies), the roster of the team (or of the whole
 * class) and who holds which role.
 */
export const classPackSchema = z
  .object({
    format: z.literal(`${FORMAT_PREFIX}${KIND}`),
    formatVersion: z.literal(FORMAT_VERSION),
    exportedAt: z.number().int(),
    /** Set when the pack is for one team only. */
    teamId: z.string().optional(),
    classSession: classSessionSchema,
    students: z.array(studentSchema),
    teams: z.array(teamSchema),
    /** teamId → sub-project id → member → role, for roles set by hand. */
    roleAssignments: z.record(z.string(), z.record(z.string(), roleAssignmentSchema)),
    checksum: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export type ClassPack = z.infer<typeof classPackSchema>;

export interface ClassPackInput {
  readonly classSession: ClassSession;
  readonly students: readonly Student[];
  readonly teams: readonly Team[];
  readonly roleAssignments: Readonly<Record<string, Readonly<Record<string, RoleAssignment>>>>;
  readonly exportedAt: number;
  /** Export only this team's roster. */
  readonly teamId?: string;
}

/** Builds the pack for the whole class, or for one team (its members only). */
export async function createClassPack(input: ClassPackInput): Promise<ClassPack> {
  const teams = input.teamId ? input.teams.filter((team) => team.id === input.teamId) : input.teams;
  const members = new Set(teams.flatMap((team) => team.memberIds));
  const roleAssignments = Object.fromEntries(
    Object.entries(input.roleAssignments).filter(([teamId]) => teams.some((team) => team.id === teamId)),
  );
  return seal({
    format: `${FORMAT_PREFIX}${KIND}` as const,
    formatVersion: FORMAT_VERSION as typeof FORMAT_VERSION,
    exportedAt: input.exportedAt,
    ...(input.teamId && { teamId: input.teamId }),
    classSession: input.classSession,
    students: input.students.filter((student) => members.has(student.id)).map((student) => ({ ...student })),
    teams: teams.map((team) => ({ ...team, memberIds: [...team.memberIds] })),
    roleAssignments: roleAssignments as ClassPack['roleAssignments'],
  });
}

export type ClassPackCheck =
  | ({ readonly ok: false } & (
      | EnvelopeRefusal
      | { readonly code: 'exchange.unknownScenario'; readonly scenarioId: string }
      | { readonly code: 'exchange.newerScenario'; readonly found: string; readonly installed: string }
      | { readonly code: 'exchange.unknownTeam'; readonly teamId: string }
    ))
  | { readonly ok: true; readonly pack: ClassPack };

/** Checks a class pack against the scenarios installed on this device. */
export async function checkClassPack(
  text: string,
  installedVersion: (scenarioId: string) => string | undefined,
): Promise<ClassPackCheck> {
  const opened = await openEnvelope(text, KIND, FORMAT_VERSION, classPackSchema);
  if (!opened.ok) return opened;
  const pack = opened.value;
  const { scenarioId, scenarioVersion } = pack.classSession;
  const installed = installedVersion(scenarioId);
  if (installed === undefined) return { ok: false, code: 'exchange.unknownScenario', scenarioId };
  if (compareVersions(scenarioVersion, installed) > 0)
    return { ok: false, code: 'exchange.newerScenario', found: scenarioVersion, installed };
  if (pack.teamId !== undefined && !pack.teams.some((team) => team.id === pack.teamId)) {
    return { ok: false, code: 'exchange.unknownTeam', teamId: pack.teamId };
  }
  return { ok: true, pack };
}
