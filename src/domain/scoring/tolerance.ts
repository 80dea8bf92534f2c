export interface Tolerance {
  /** Allowed absolute difference, e.g. 0.5 for a score on a 1–5 scale. */
  readonly absolute?: number;
  /** Allowed difference as a share of the expected value, e.g. 0.02 for 2 %. */
  readonly relative?: number;
}

export interface ToleranceComparison {
  readonly withinTolerance: boolean;
  /** actual − expected. */
  readonly difference: number;
  /** The larger of the two allowances that applies to this expected value. */
  readonly allowed: number;
}

/**
 * Compares a computed number with the key. The allowance is the larger of the
 * absolute and the relative one, so both small and large values are judged fairly.
 * A non-finite answer (empty field, NaN) is never within tolerance.
 * @example compareWithTolerance(101, 100, { relative: 0.02 }).withinTolerance // true
 */
export function compareWithTolerance(actual: number, expected: number, tolerance: Tolerance): ToleranceComparison {
  const allowed = Math.max(tolerance.absolute ?? 0, Math.abs(expected) * (tolerance.relative ?? 0));
  const difference = actual - expected;
  const withinTolerance =
    Number.isFinite(actual) && Math.abs(difference) <= allowed + Number.EPSILON * Math.abs(expected);
  return { withinTolerance, difference, allowed };
}

/**
 * Partial credit for a near miss: 1 within tolerance, falling linearly to 0 at
 * `zeroAt` times the allowance (default 3×).
 * @example toleranceCredit(104, 100, { relative: 0.02 }) // 0.5
 */
export function toleranceCredit(actual: number, expected: number, tolerance: Tolerance, zeroAt = 3): number {
  const { withinTolerance, difference, allowed } = compareWithTolerance(actual, expected, tolerance);
  if (withinTolerance) return 1;
  if (!Number.isFinite(actual) || allowed <= 0 || zeroAt <= 1) return 0;
  const excess = Math.abs(difference) / allowed; // > 1 here
  return Math.max(0, (zeroAt - excess) / (zeroAt - 1));
}
