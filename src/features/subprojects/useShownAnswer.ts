import { useState } from 'react';
import type { Answers } from '../../domain/session/replay';

/**
 * A value as the person just set it, shown at once; the stored answer takes
 * over as soon as the database has it (the answers object changes).
 */
export function useShownAnswer<T>(answers: Answers, stored: T): [T, (value: T) => void] {
  const [shown, setShown] = useState<{ base: Answers; value: T } | null>(null);
  return [shown?.base === answers ? shown.value : stored, (value) => setShown({ base: answers, value })];
}
