import type { Role } from '../roles';
import type { Action, JsonValue } from './actions';
import {
  checkStep,
  statusOf,
  type AttemptPhase,
  type LifecycleRefusal,
  type LifecycleView,
  type ResubmissionPolicy,
  type StepKind,
  type SubprojectGates,
  type SubprojectStatus,
} from './lifecycle';

export type Answers = Readonly<Record<string, JsonValue>>;

/** One submission of a sub-project, with the answers as they were when submitted. */
export interface Attempt {
  readonly number: number;
  readonly answers: Answers;
  readonly submittedAt: number;
  readonly submittedBy: { readonly studentId: string; readonly role: Role };
  readonly approvedAt?: number;
  readonly approvedBy?: { readonly studentId: string; readonly role: Role };
  /** Final attempts are the ones that are scored. */
  readonly final: boolean;
}

export interface SubprojectWork {
  /** The answers being worked on (after a submission: the submitted ones). */
  readonly answers: Answers;
  readonly phase: AttemptPhase;
  readonly touched: boolean;
  readonly attempts: readonly Attempt[];
  /** Number of log records applied, for contribution counts and replay. */
  readonly actionCount: number;
}

export type TeamWork = Readonly<Record<string, SubprojectWork>>;

export const EMPTY_WORK: SubprojectWork = {
  answers: {},
  phase: 'editing',
  touched: false,
  attempts: [],
  actionCount: 0,
};

export interface ActionRules {
  readonly gatesOf: (subprojectId: string) => SubprojectGates;
  readonly resubmission: ResubmissionPolicy;
  /** Whether the sub-project is open now. Replays pass `() => true`: the log was checked when written. */
  readonly isOpen: (subprojectId: string) => boolean;
}

const STEP_OF: Readonly<Record<Action['type'], StepKind>> = {
  'answer.set': 'edit',
  'subproject.submit': 'submit',
  'subproject.approve': 'approve',
  'subproject.reopen': 'reopen',
};

export function viewOf(work: SubprojectWork, open: boolean): LifecycleView {
  return { open, phase: work.phase, touched: work.touched, attempts: work.attempts.length };
}

export function subprojectStatus(
  work: SubprojectWork | undefined,
  open: boolean,
  gates: SubprojectGates,
): SubprojectStatus {
  return statusOf(viewOf(work ?? EMPTY_WORK, open), gates);
}

function applyToWork(work: SubprojectWork, action: Action, gates: SubprojectGates): SubprojectWork {
  const actionCount = work.actionCount + 1;
  const actor = { studentId: action.studentId, role: action.role };
  switch (action.type) {
    case 'answer.set': {
      const answers = { ...work.answers };
      if (action.after === null) delete answers[action.field];
      else answers[action.field] = action.after;
      return { ...work, answers, touched: true, actionCount };
    }
    case 'subproject.submit': {
      const final = !gates.approve;
      const attempt: Attempt = {
        number: work.attempts.length + 1,
        answers: work.answers,
        submittedAt: action.at,
        submittedBy: actor,
        final,
      };
      return { ...work, phase: final ? 'final' : 'submitted', attempts: [...work.attempts, attempt], actionCount };
    }
    case 'subproject.approve': {
      const attempts = work.attempts.map((attempt, index) =>
        index === work.attempts.length - 1
          ? { ...attempt, approvedAt: action.at, approvedBy: actor, final: true }
          : attempt,
      );
      return { ...work, phase: 'final', attempts, actionCount };
    }
    case 'subproject.reopen':
      return { ...work, phase: 'editing', touched: false, actionCount };
  }
}

/**
 * Applies one action to a team's work if the lifecycle and roles allow it.
 * A refused action changes nothing and says why.
 */
export function applyAction(
  work: TeamWork,
  action: Action,
  rules: ActionRules,
): { ok: true; work: TeamWork } | { ok: false; code: LifecycleRefusal } {
  const current = work[action.subprojectId] ?? EMPTY_WORK;
  const gates = rules.gatesOf(action.subprojectId);
  const check = checkStep(
    STEP_OF[action.type],
    action.role,
    viewOf(current, rules.isOpen(action.subprojectId)),
    gates,
    rules.resubmission,
  );
  if (!check.ok) return check;
  return { ok: true, work: { ...work, [action.subprojectId]: applyToWork(current, action, gates) } };
}

export interface ReplayResult {
  readonly work: TeamWork;
  /** Records that could not be applied (only possible in a tampered or corrupted log). */
  readonly rejected: readonly { readonly action: Action; readonly code: LifecycleRefusal }[];
}

/**
 * Rebuilds a team's work from its log, in log order. `upTo` stops after that
 * many records, which is how the instructor steps through a team's work.
 */
export function replay(
  actions: readonly Action[],
  rules: Omit<ActionRules, 'isOpen'>,
  upTo: number = actions.length,
): ReplayResult {
  const always = { ...rules, isOpen: () => true };
  let work: TeamWork = {};
  const rejected: { action: Action; code: LifecycleRefusal }[] = [];
  for (const action of actions.slice(0, upTo)) {
    const result = applyAction(work, action, always);
    if (result.ok) work = result.work;
    else rejected.push({ action, code: result.code });
  }
  return { work, rejected };
}

/** Log records per member, to spot bystanders. */
export function contributionCounts(actions: readonly Action[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const action of actions) counts.set(action.studentId, (counts.get(action.studentId) ?? 0) + 1);
  return counts;
}
