import type { Answers } from '../../session/replay';

/** The team's answers to sub-project 1, read defensively from the logged JSON. */
export interface DiagnosisAnswers {
  /** Ids of the problem statements the team marked as real CRM problems. */
  readonly problems: readonly string[];
  /** Problem id → lever id. */
  readonly levers: Readonly<Record<string, string>>;
  /** Memo part id → text. */
  readonly memo: Readonly<Record<string, string>>;
}

export const FIELDS = { problems: 'problems', levers: 'levers', memo: 'memo' } as const;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const stringRecord = (value: unknown): Record<string, string> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      )
    : {};

export function readAnswers(answers: Answers): DiagnosisAnswers {
  return {
    problems: strings(answers[FIELDS.problems]),
    levers: stringRecord(answers[FIELDS.levers]),
    memo: stringRecord(answers[FIELDS.memo]),
  };
}

/** Characters that count towards a memo part: letters and digits of any script, not spaces or punctuation. */
export function memoLength(text: string): number {
  return [...text].filter((char) => /[\p{L}\p{N}]/u.test(char)).length;
}
