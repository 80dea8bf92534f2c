/** How close an ordering is to the key ordering. */
export interface RankComparison<T> {
  /** Kendall's tau in [-1, 1]: 1 same order, -1 reversed. */
  readonly tau: number;
  /** tau mapped to [0, 1] for scoring: (tau + 1) / 2 would reward random orders, so negatives score 0. */
  readonly score: number;
  readonly concordantPairs: number;
  readonly discordantPairs: number;
  /** Key items whose position in the answer differs from the key (missing ones included). */
  readonly misplaced: readonly T[];
  /** Key items the answer left out. */
  readonly missing: readonly T[];
}

/**
 * Kendall rank correlation of an answer's ordering against the key, over the
 * key's items. A key item missing from the answer makes every pair it is in
 * discordant, so leaving steps out never beats ordering them. Items in the
 * answer that are not in the key are ignored here (score them separately).
 * @example compareRankings(['a', 'c', 'b'], ['a', 'b', 'c']).tau // 1/3
 */
export function compareRankings<T>(answer: readonly T[], key: readonly T[]): RankComparison<T> {
  const keyItems = [...new Set(key)];
  const position = new Map<T, number>();
  answer
    .filter((item) => keyItems.includes(item))
    .forEach((item) => {
      if (!position.has(item)) position.set(item, position.size);
    });
  let concordantPairs = 0;
  let discordantPairs = 0;
  for (let i = 0; i < keyItems.length; i += 1) {
    for (let j = i + 1; j < keyItems.length; j += 1) {
      const first = position.get(keyItems[i] as T);
      const second = position.get(keyItems[j] as T);
      if (first !== undefined && second !== undefined && first < second) concordantPairs += 1;
      else discordantPairs += 1;
    }
  }
  const pairs = concordantPairs + discordantPairs;
  const tau =
    pairs === 0
      ? keyItems.length === 0 || position.size === keyItems.length
        ? 1
        : -1
      : (concordantPairs - discordantPairs) / pairs;
  const missing = keyItems.filter((item) => !position.has(item));
  const misplaced = keyItems.filter((item, index) => position.get(item) !== index);
  return { tau, score: Math.max(0, tau), concordantPairs, discordantPairs, misplaced, missing };
}
