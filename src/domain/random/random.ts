import { hashString, sfc32 } from './prng';

/** A deterministic random source; every draw advances the same sequence. */
export interface Random {
  /** The seed string this source was created from. */
  readonly seed: string;
  /** Uniform float in [0, 1), 32 bits of resolution. */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One element, with probability proportional to its weight. */
  weightedPick<T>(items: readonly T[], weights: readonly number[]): T;
  /** A shuffled copy (Fisher–Yates); the input is not changed. */
  shuffle<T>(items: readonly T[]): T[];
  /** Normally distributed value (Box–Muller). */
  normal(mean: number, standardDeviation: number): number;
  /**
   * An independent source for a named part, e.g. `random.fork('sp03-leads')`.
   * Forks keep one generator's data stable when another generator changes how
   * many numbers it draws.
   */
  fork(label: string): Random;
}

const UINT32_RANGE = 4294967296;

/**
 * Creates a random source from any string seed.
 * @example createRandom('car-market|class-7|team-3').int(1, 6)
 */
export function createRandom(seed: string): Random {
  const nextUint32 = sfc32(hashString(seed));
  const next = (): number => nextUint32() / UINT32_RANGE;
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`int(${min}, ${max}): bounds must be integers with min <= max`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };
  const random: Random = {
    seed,
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick() from an empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    weightedPick: (items, weights) => {
      const total = weights.reduce((sum, weight) => sum + Math.max(0, weight), 0);
      if (items.length === 0 || items.length !== weights.length || total <= 0) {
        throw new RangeError('weightedPick() needs one positive weight per item');
      }
      let threshold = next() * total;
      for (let i = 0; i < items.length; i += 1) {
        threshold -= Math.max(0, weights[i] ?? 0);
        if (threshold < 0) return items[i] as (typeof items)[number];
      }
      return items[items.length - 1] as (typeof items)[number];
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy;
    },
    normal: (mean, standardDeviation) => {
      // 1 - next() lies in (0, 1], so the logarithm is finite.
      const u1 = 1 - next();
      const u2 = next();
      return mean + standardDeviation * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
    fork: (label) => createRandom(`${seed}/${label}`),
  };
  return random;
}
