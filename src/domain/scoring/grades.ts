import type { SubprojectDefinition } from '../subprojects/define';
import { DEFAULT_GATES, type ResubmissionPolicy } from '../session/lifecycle';
import type { Attempt } from '../session/replay';
import { roundPoints, scaleToPoints, scoredCriterion, totalOf, type Criterion, type ScoreTotal } from './criterion';
import { applyManualScores, type ManualScores } from './manual';

/** The class's grading rules for one sub-project. */
export interface GradingRules {
  /** Points this sub-project is worth in the class (weights sum to 100). */
  readonly weight: number;
  /** Epoch ms; no deadline when absent. */
  readonly deadline?: number;
  /** 0 for no late penalty, else the percentage taken off late work. */
  readonly latePenaltyPercent: number;
  readonly resubmission: ResubmissionPolicy;
  /** Rubric and peer scores entered for this team's sub-project. */
  readonly manual?: ManualScores;
}

export interface ScoredAttempt {
  readonly attempt: Attempt;
  readonly criteria: readonly Criterion[];
  readonly total: ScoreTotal;
  readonly late: boolean;
  /** Points out of the class weight, after the late penalty. */
  readonly points: number;
}

/**
 * Process credit that every sub-project shares (seed 002's customer-manager
 * rules, ITMC's process score): the gated steps were done by the right roles,
 * and the work was in before the deadline when there is one.
 */
export function processCriteria(
  definition: Pick<SubprojectDefinition, 'gates'>,
  attempt: Attempt,
  deadline?: number,
): Criterion[] {
  const gates = definition.gates ?? DEFAULT_GATES;
  const submitOk = gates.submit.includes(attempt.submittedBy.role);
  const approveOk =
    !gates.approve || (attempt.approvedBy !== undefined && gates.approve.includes(attempt.approvedBy.role));
  const criteria = [
    scoredCriterion({
      id: 'process.roles',
      max: 1,
      ratio: submitOk && approveOk ? 1 : 0,
      explanation: {
        key: !(submitOk && approveOk)
          ? 'criteria.process.roles.wrong'
          : gates.approve
            ? 'criteria.process.roles.okApproved'
            : 'criteria.process.roles.ok',
        params: {
          submittedBy: attempt.submittedBy.role,
          ...(attempt.approvedBy && { approvedBy: attempt.approvedBy.role }),
        },
      },
      evidence: [{ ref: `attempt:${attempt.number}`, verdict: submitOk && approveOk ? 'correct' : 'wrong' }],
    }),
  ];
  if (deadline !== undefined) {
    const onTime = attempt.submittedAt <= deadline;
    criteria.push(
      scoredCriterion({
        id: 'process.onTime',
        max: 1,
        ratio: onTime ? 1 : 0,
        explanation: {
          key: onTime ? 'criteria.process.onTime.ok' : 'criteria.process.onTime.late',
          params: { deadline, submittedAt: attempt.submittedAt },
        },
      }),
    );
  }
  return criteria;
}

/**
 * Scores one final attempt: the sub-project's own criteria plus process credit,
 * scaled to the class weight, less the late penalty. Pure and deterministic.
 */
export function scoreAttempt<Content>(
  definition: SubprojectDefinition<string, Content>,
  content: Content | undefined,
  teamSeed: string,
  attempt: Attempt,
  rules: GradingRules,
): ScoredAttempt {
  const own = definition.score ? definition.score({ content, teamSeed, answers: attempt.answers, attempt }) : [];
  const criteria = applyManualScores([...own, ...processCriteria(definition, attempt, rules.deadline)], rules.manual);
  const total = totalOf(criteria);
  const late = rules.deadline !== undefined && attempt.submittedAt > rules.deadline;
  const scaled = scaleToPoints(total, rules.weight);
  const points = late ? roundPoints(scaled * (1 - rules.latePenaltyPercent / 100)) : scaled;
  return { attempt, criteria, total, late, points };
}

/** The attempt that counts under the class policy: the best one, or the last one (ties: the earlier). */
export function countingAttempt(
  scored: readonly ScoredAttempt[],
  policy: ResubmissionPolicy,
): ScoredAttempt | undefined {
  if (policy.counts === 'last') return scored[scored.length - 1];
  return scored.reduce<ScoredAttempt | undefined>(
    (best, next) => (best === undefined || next.points > best.points ? next : best),
    undefined,
  );
}

/** An instructor's override of a team's sub-project score; the reason is required. */
export interface ScoreOverride {
  readonly points: number;
  readonly reason: string;
  readonly at: number;
}

export type OverrideProblem = 'override.reasonRequired' | 'override.outOfRange';

/** Checks an override before it is stored: a written reason, points within 0–weight. */
export function checkOverride(points: number, reason: string, weight: number): OverrideProblem[] {
  const problems: OverrideProblem[] = [];
  if (!(points >= 0 && points <= weight)) problems.push('override.outOfRange');
  if (reason.trim().length === 0) problems.push('override.reasonRequired');
  return problems;
}

/** A team's grade for one sub-project: the automatic value and, if any, the override that replaces it. */
export interface SubprojectGrade {
  readonly subprojectId: string;
  readonly weight: number;
  readonly counting?: ScoredAttempt;
  /** Automatic points (after late penalty), or null while nothing final was submitted. */
  readonly auto: number | null;
  readonly override?: ScoreOverride;
  /** What counts: the override when there is one, else the automatic points. */
  readonly final: number | null;
}

export function subprojectGrade(
  subprojectId: string,
  weight: number,
  scored: readonly ScoredAttempt[],
  policy: ResubmissionPolicy,
  override?: ScoreOverride,
): SubprojectGrade {
  const counting = countingAttempt(scored, policy);
  const auto = counting ? counting.points : null;
  return {
    subprojectId,
    weight,
    ...(counting && { counting }),
    auto,
    ...(override && { override }),
    final: override ? override.points : auto,
  };
}

/** A per-student change to the team's total, with the instructor's reason. */
export interface IndividualAdjustment {
  readonly studentId: string;
  readonly points: number;
  readonly reason: string;
  readonly at: number;
}

/**
 * A student's course total: the team's final sub-project points plus their own
 * adjustments, kept within 0–100.
 */
export function studentTotal(grades: readonly SubprojectGrade[], adjustments: readonly IndividualAdjustment[]): number {
  const team = grades.reduce((sum, grade) => sum + (grade.final ?? 0), 0);
  const own = adjustments.reduce((sum, adjustment) => sum + adjustment.points, 0);
  return roundPoints(Math.min(100, Math.max(0, team + own)));
}

/** Checks class weights: one per sub-project, whole or decimal points ≥ 0, summing to 100. */
export function checkWeights(
  weights: Readonly<Record<string, number>>,
  subprojectIds: readonly string[],
): { ok: boolean; total: number; missing: string[]; negative: string[] } {
  const missing = subprojectIds.filter((id) => weights[id] === undefined);
  const negative = subprojectIds.filter((id) => (weights[id] ?? 0) < 0 || !Number.isFinite(weights[id] ?? 0));
  const total = roundPoints(subprojectIds.reduce((sum, id) => sum + (weights[id] ?? 0), 0));
  return { ok: missing.length === 0 && negative.length === 0 && total === 100, total, missing, negative };
}
