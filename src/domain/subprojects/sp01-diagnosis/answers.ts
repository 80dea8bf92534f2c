import type { Answers } from '../../session/replay';
import { stringRecord, strings } from '../answer-values';

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

export function readAnswers(answers: Answers): DiagnosisAnswers {
  return {
    problems: strings(answers[FIELDS.problems]),
    levers: stringRecord(answers[FIELDS.levers]),
    memo: stringRecord(answers[FIELDS.memo]),
  };
}
