/**
 * A criterion is one line of a sub-project's score: what was checked, how many
 * points it earned out of how many, and an explanation the UI renders in the
 * student's language. The explanation is an i18n key plus parameters, so the
 * domain stays free of any translation library.
 */

/** A value a translated explanation may interpolate. */
export type ExplanationParam = string | number | readonly string[];

export interface Explanation {
  /** i18n key under `criteria.`, e.g. 'criteria.problemSet.partial'. */
  readonly key: string;
  readonly params: Readonly<Record<string, ExplanationParam>>;
}

/** Names what the points were earned or lost on: a record, an answer, an option. */
export interface Evidence {
  /** Stable id of the thing, e.g. 'lead-17', 'problem:used-car-fraud'. */
  readonly ref: string;
  /** How the thing fared. */
  readonly verdict: 'correct' | 'wrong' | 'missing' | 'extra' | 'info';
  /** Optional i18n explanation specific to this piece of evidence. */
  readonly note?: Explanation;
}

/** Who scores a criterion that the app cannot: the instructor with a rubric, or the other teams (peer). */
export type ManualKind = 'rubric' | 'peer';

export interface Criterion {
  readonly id: string;
  /** 'pending' criteria wait for the instructor (rubric, peer) and do not count yet. */
  readonly status: 'scored' | 'pending';
  /** Set on criteria that people score; they stay pending until their scores are entered. */
  readonly manual?: ManualKind;
  readonly earned: number;
  readonly max: number;
  readonly explanation: Explanation;
  readonly evidence: readonly Evidence[];
}

/** Points are kept to two decimals so totals add up the same everywhere. */
export function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}

function clampRatio(ratio: number): number {
  if (Number.isNaN(ratio)) return 0;
  return Math.min(1, Math.max(0, ratio));
}

export interface CriterionInput {
  readonly id: string;
  readonly max: number;
  /** Share of the maximum earned; clamped to [0, 1], NaN counts as 0. */
  readonly ratio: number;
  readonly explanation: Explanation;
  readonly evidence?: readonly Evidence[];
}

/**
 * Builds a scored criterion from a ratio, clamped and rounded.
 * @example scoredCriterion({ id: 'f1', max: 4, ratio: 0.75, explanation: { key: 'criteria.f1', params: {} } }).earned // 3
 */
export function scoredCriterion(input: CriterionInput): Criterion {
  if (!(input.max >= 0) || !Number.isFinite(input.max)) {
    throw new RangeError(`criterion ${input.id}: max must be a finite number >= 0`);
  }
  return {
    id: input.id,
    status: 'scored',
    earned: roundPoints(input.max * clampRatio(input.ratio)),
    max: input.max,
    explanation: input.explanation,
    evidence: input.evidence ?? [],
  };
}

/** A criterion the instructor still has to score (rubric or peer); it earns nothing yet. */
export function pendingCriterion(
  id: string,
  max: number,
  explanation: Explanation,
  manual: ManualKind = 'rubric',
): Criterion {
  return { id, status: 'pending', manual, earned: 0, max, explanation, evidence: [] };
}

export interface ScoreTotal {
  /** Points earned on scored criteria. */
  readonly earned: number;
  /** Maximum of the scored criteria. */
  readonly max: number;
  /** Maximum still waiting for the instructor; excluded from `earned` and `max`. */
  readonly pendingMax: number;
}

/** Adds up criteria; pending ones are reported apart and excluded from the total. */
export function totalOf(criteria: readonly Criterion[]): ScoreTotal {
  let earned = 0;
  let max = 0;
  let pendingMax = 0;
  for (const criterion of criteria) {
    if (criterion.status === 'pending') pendingMax += criterion.max;
    else {
      earned += criterion.earned;
      max += criterion.max;
    }
  }
  return { earned: roundPoints(earned), max: roundPoints(max), pendingMax: roundPoints(pendingMax) };
}

/**
 * Rescales a sub-project's total to the points the class gives it (weights are
 * the instructor's; a scorer's own maxima need not equal them).
 * @example scaleToPoints({ earned: 15, max: 20, pendingMax: 0 }, 8) // 6
 */
export function scaleToPoints(total: ScoreTotal, points: number): number {
  const full = total.max + total.pendingMax;
  if (full <= 0) return 0;
  return roundPoints((total.earned / full) * points);
}
