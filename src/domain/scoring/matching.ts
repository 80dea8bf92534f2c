export interface MatchMistake<K, V> {
  readonly item: K;
  readonly given: V;
  readonly expected: V;
}

export interface MatchingResult<K, V> {
  readonly correct: readonly K[];
  readonly wrong: readonly MatchMistake<K, V>[];
  /** Key items the answer did not match at all. */
  readonly missing: readonly K[];
  /** Answer items that are not in the key (matched something that needs no match). */
  readonly extra: readonly K[];
  /** correct / (key items + extra items); 1 for an empty key and an empty answer. */
  readonly accuracy: number;
}

/**
 * Scores a matching exercise (problem → lever, duty → role, customer → class).
 * Extra matches count against accuracy so matching everything to everything never pays.
 * `same` compares values; the default is ===.
 * @example matchPairs(new Map([['p1', 'a']]), new Map([['p1', 'a'], ['p2', 'b']])).accuracy // 0.5
 */
export function matchPairs<K, V>(
  answer: ReadonlyMap<K, V>,
  key: ReadonlyMap<K, V>,
  same: (given: V, expected: V) => boolean = (given, expected) => given === expected,
): MatchingResult<K, V> {
  const correct: K[] = [];
  const wrong: MatchMistake<K, V>[] = [];
  const missing: K[] = [];
  for (const [item, expected] of key) {
    if (!answer.has(item)) {
      missing.push(item);
      continue;
    }
    const given = answer.get(item) as V;
    if (same(given, expected)) correct.push(item);
    else wrong.push({ item, given, expected });
  }
  const extra = [...answer.keys()].filter((item) => !key.has(item));
  const denominator = key.size + extra.length;
  return { correct, wrong, missing, extra, accuracy: denominator === 0 ? 1 : correct.length / denominator };
}
