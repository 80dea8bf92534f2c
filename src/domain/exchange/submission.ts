import { z } from 'zod';
import { actionSchema, type Action } from '../session/actions';
import type { ClassSession } from '../session/class';
import { replay, type ActionRules } from '../session/replay';
import { canonicalJson } from './canonical';
import { FORMAT_PREFIX, openEnvelope, seal, type EnvelopeRefusal } from './envelope';
import { compareVersions } from './versions';

const KIND = 'submission';
const FORMAT_VERSION = 1;

/**
 * A team's work as one file: its whole action log, nothing else. Scores are
 * never carried — the instructor's app recomputes them from the answers.
 */
export const submissionSchema = z
  .object({
    format: z.literal(`${FORMAT_PREFIX}${KIND}`),
    formatVersion: z.literal(FORMAT_VERSION),
    exportedAt: z.number().int(),
    classId: z.string().min(1),
    scenarioId: z.string().min(1),
    scenarioVersion: z.string(),
    teamId: z.string().min(1),
    actions: z.array(actionSchema),
    checksum: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export type SubmissionFile = z.infer<typeof submissionSchema>;

export async function createSubmission(input: {
  classSession: ClassSession;
  teamId: string;
  actions: readonly Action[];
  exportedAt: number;
}): Promise<SubmissionFile> {
  return seal({
    format: `${FORMAT_PREFIX}${KIND}` as const,
    formatVersion: FORMAT_VERSION as typeof FORMAT_VERSION,
    exportedAt: input.exportedAt,
    classId: input.classSession.id,
    scenarioId: input.classSession.scenarioId,
    scenarioVersion: input.classSession.scenarioVersion,
    teamId: input.teamId,
    actions: [...input.actions],
  });
}

export type SubmissionRefusal =
  | EnvelopeRefusal
  | { readonly code: 'exchange.wrongClass'; readonly found: string }
  | { readonly code: 'exchange.unknownTeam'; readonly teamId: string }
  | { readonly code: 'exchange.wrongScenario'; readonly found: string }
  | { readonly code: 'exchange.newerScenario'; readonly found: string; readonly installed: string }
  | { readonly code: 'exchange.foreignRecords'; readonly count: number }
  | { readonly code: 'exchange.invalidLog'; readonly count: number }
  | { readonly code: 'exchange.olderCopy'; readonly fileActions: number; readonly storedActions: number }
  | { readonly code: 'exchange.diverged' };

export type SubmissionCheck =
  | ({ readonly ok: false } & SubmissionRefusal)
  | { readonly ok: true; readonly kind: 'unchanged'; readonly teamId: string }
  | {
      readonly ok: true;
      readonly kind: 'newer';
      readonly teamId: string;
      readonly actions: readonly Action[];
      readonly added: number;
    };

export interface SubmissionContext {
  readonly classSession: ClassSession;
  readonly teamIds: readonly string[];
  /** Version of the class's scenario installed on this device. */
  readonly installedScenarioVersion: string;
  /** What this device already holds for the file's team. */
  readonly storedActions: (teamId: string) => Promise<readonly Action[]>;
  readonly rules: Omit<ActionRules, 'isOpen'>;
}

const sameRecord = (a: Action, b: Action) => canonicalJson(a) === canonicalJson(b);

/**
 * Decides what importing a submission would do, without changing anything:
 * refuse (with the reason), nothing to do (already imported), or replace the
 * team's log with the file's longer one. A file is "older" when the stored log
 * already contains everything in it and more.
 */
export async function checkSubmission(text: string, context: SubmissionContext): Promise<SubmissionCheck> {
  const opened = await openEnvelope(text, KIND, FORMAT_VERSION, submissionSchema);
  if (!opened.ok) return opened;
  const file = opened.value;
  const { classSession } = context;
  if (file.classId !== classSession.id) return { ok: false, code: 'exchange.wrongClass', found: file.classId };
  if (!context.teamIds.includes(file.teamId)) return { ok: false, code: 'exchange.unknownTeam', teamId: file.teamId };
  if (file.scenarioId !== classSession.scenarioId)
    return { ok: false, code: 'exchange.wrongScenario', found: file.scenarioId };
  if (compareVersions(file.scenarioVersion, context.installedScenarioVersion) > 0) {
    return {
      ok: false,
      code: 'exchange.newerScenario',
      found: file.scenarioVersion,
      installed: context.installedScenarioVersion,
    };
  }
  const actions = file.actions as readonly Action[];
  const foreign = actions.filter((action) => action.classId !== file.classId || action.teamId !== file.teamId).length;
  if (foreign > 0) return { ok: false, code: 'exchange.foreignRecords', count: foreign };
  const rejected = replay(actions, context.rules).rejected.length;
  if (rejected > 0) return { ok: false, code: 'exchange.invalidLog', count: rejected };

  const stored = await context.storedActions(file.teamId);
  const common = Math.min(stored.length, actions.length);
  for (let i = 0; i < common; i += 1) {
    if (!sameRecord(stored[i] as Action, actions[i] as Action)) return { ok: false, code: 'exchange.diverged' };
  }
  if (actions.length === stored.length) return { ok: true, kind: 'unchanged', teamId: file.teamId };
  if (actions.length < stored.length) {
    return { ok: false, code: 'exchange.olderCopy', fileActions: actions.length, storedActions: stored.length };
  }
  return { ok: true, kind: 'newer', teamId: file.teamId, actions, added: actions.length - stored.length };
}
