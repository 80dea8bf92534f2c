/**
 * Reading a team's logged answers defensively: a value in the log is whatever
 * JSON was written, so each sub-project's readAnswers takes only what has the
 * expected shape and ignores the rest (an empty or garbled answer scores zero,
 * never throws).
 */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The distinct strings of a list, in order; [] for anything that is not a list. */
export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? [...new Set(value.filter((item): item is string => typeof item === 'string'))] : [];

/** The string-valued entries of an object; {} for anything else. */
export const stringRecord = (value: unknown): Record<string, string> =>
  isRecord(value)
    ? Object.fromEntries(
        Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      )
    : {};

/** Characters that count towards a written part: letters and digits of any script, not spaces or punctuation. */
export function textLength(text: string): number {
  return [...text].filter((char) => /[\p{L}\p{N}]/u.test(char)).length;
}
