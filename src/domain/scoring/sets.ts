/** Precision, recall and F1 of a chosen set against a key set, with the items behind each number. */
export interface SetComparison<T> {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Chosen and in the key. */
  readonly truePositives: readonly T[];
  /** Chosen but not in the key (e.g. a distractor). */
  readonly falsePositives: readonly T[];
  /** In the key but not chosen. */
  readonly falseNegatives: readonly T[];
}

/**
 * Compares a selection with the key. Duplicates in the selection count once.
 * An empty key with an empty selection is a perfect answer (nothing to find,
 * nothing wrongly chosen); an empty selection against a non-empty key scores 0.
 * Output lists keep the order of the inputs, so explanations are stable.
 * @example compareSets(['a', 'x'], ['a', 'b']) // precision 0.5, recall 0.5, f1 0.5
 */
export function compareSets<T>(selected: Iterable<T>, key: Iterable<T>): SetComparison<T> {
  const chosen = [...new Set(selected)];
  const expected = [...new Set(key)];
  const expectedSet = new Set(expected);
  const chosenSet = new Set(chosen);
  const truePositives = chosen.filter((item) => expectedSet.has(item));
  const falsePositives = chosen.filter((item) => !expectedSet.has(item));
  const falseNegatives = expected.filter((item) => !chosenSet.has(item));
  if (chosen.length === 0 && expected.length === 0) {
    return { precision: 1, recall: 1, f1: 1, truePositives, falsePositives, falseNegatives };
  }
  const precision = chosen.length === 0 ? 0 : truePositives.length / chosen.length;
  const recall = expected.length === 0 ? 0 : truePositives.length / expected.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, falsePositives, falseNegatives };
}
