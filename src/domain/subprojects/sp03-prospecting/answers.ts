import type { Answers } from '../../session/replay';
import { stringRecord, strings } from '../answer-values';

/** The team's answers to sub-project 3, read defensively from the logged JSON. */
export interface ProspectingAnswers {
  /** The team's written qualification criteria. */
  readonly criteria: string;
  /** Ids of the leads the team marked qualified. */
  readonly qualified: readonly string[];
  /** Lead id → contact channel id. */
  readonly channel: Readonly<Record<string, string>>;
  /** Lead id → next-step id. */
  readonly nextStep: Readonly<Record<string, string>>;
}

export const FIELDS = {
  criteria: 'criteria',
  qualified: 'qualified',
  channel: 'channel',
  nextStep: 'nextStep',
} as const;

export function readAnswers(answers: Answers): ProspectingAnswers {
  const criteria = answers[FIELDS.criteria];
  return {
    criteria: typeof criteria === 'string' ? criteria : '',
    qualified: strings(answers[FIELDS.qualified]),
    channel: stringRecord(answers[FIELDS.channel]),
    nextStep: stringRecord(answers[FIELDS.nextStep]),
  };
}
