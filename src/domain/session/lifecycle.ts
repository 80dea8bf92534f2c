import type { Role } from '../roles';

/**
 * A sub-project's life for one team:
 * locked → open → in progress → submitted (→ approved where required) → scored.
 * "Scored" needs no stored score: scoring is a pure function of the answers, so
 * a final attempt is scored by definition and recomputed wherever it is shown.
 */
export type SubprojectStatus = 'locked' | 'open' | 'in-progress' | 'submitted' | 'approved' | 'scored';

/** Who may do the gated steps of a sub-project. */
export interface SubprojectGates {
  /** Roles allowed to submit; the manager by default. */
  readonly submit: readonly Role[];
  /** When set, a submission counts only after one of these roles approves it. */
  readonly approve?: readonly Role[];
}

export const DEFAULT_GATES: SubprojectGates = { submit: ['manager'] };

export interface ResubmissionPolicy {
  readonly allowed: boolean;
  /** Which attempt counts when there are several. */
  readonly counts: 'best' | 'last';
}

/** The team's current attempt: being edited, waiting for approval, or final. */
export type AttemptPhase = 'editing' | 'submitted' | 'final';

export type LifecycleRefusal =
  | 'lifecycle.locked'
  | 'lifecycle.wrongRole'
  | 'lifecycle.alreadySubmitted'
  | 'lifecycle.notSubmitted'
  | 'lifecycle.noApprovalNeeded'
  | 'lifecycle.resubmissionNotAllowed';

export interface LifecycleView {
  readonly open: boolean;
  readonly phase: AttemptPhase;
  /** Whether anything was entered in the current attempt. */
  readonly touched: boolean;
  readonly attempts: number;
}

/** The status a person sees, from the schedule and the replayed log. */
export function statusOf(view: LifecycleView, gates: SubprojectGates): SubprojectStatus {
  if (view.phase === 'final') return 'scored';
  if (view.phase === 'submitted') return gates.approve ? 'submitted' : 'scored';
  if (!view.open) return view.attempts > 0 ? 'scored' : 'locked';
  return view.touched ? 'in-progress' : 'open';
}

export type StepKind = 'edit' | 'submit' | 'approve' | 'reopen';

/**
 * Whether a member in `role` may take a step now; the refusal code tells the UI
 * which clear message to show. Late work is not refused: it is marked and the
 * class's late penalty applies.
 */
export function checkStep(
  step: StepKind,
  role: Role,
  view: LifecycleView,
  gates: SubprojectGates,
  resubmission: ResubmissionPolicy,
): { ok: true } | { ok: false; code: LifecycleRefusal } {
  const refuse = (code: LifecycleRefusal) => ({ ok: false as const, code });
  switch (step) {
    case 'edit':
      if (!view.open) return refuse('lifecycle.locked');
      return view.phase === 'editing' ? { ok: true } : refuse('lifecycle.alreadySubmitted');
    case 'submit':
      if (!view.open) return refuse('lifecycle.locked');
      if (view.phase !== 'editing') return refuse('lifecycle.alreadySubmitted');
      return gates.submit.includes(role) ? { ok: true } : refuse('lifecycle.wrongRole');
    case 'approve':
      if (!gates.approve) return refuse('lifecycle.noApprovalNeeded');
      if (view.phase !== 'submitted')
        return refuse(view.phase === 'final' ? 'lifecycle.alreadySubmitted' : 'lifecycle.notSubmitted');
      return gates.approve.includes(role) ? { ok: true } : refuse('lifecycle.wrongRole');
    case 'reopen':
      if (!view.open) return refuse('lifecycle.locked');
      if (view.phase === 'editing') return refuse('lifecycle.notSubmitted');
      if (!resubmission.allowed) return refuse('lifecycle.resubmissionNotAllowed');
      // Reopening discards the team's final answer as the current one, so the submitter's gate applies.
      return gates.submit.includes(role) ? { ok: true } : refuse('lifecycle.wrongRole');
  }
}
