import { defineSubproject } from '../define';
import { contentSchema } from './content';
import { keyAnswers } from './key';
import { describeEvidence, scoreProspecting } from './score';

export { generate } from './generate';

/** 3. Prospecting (寻找潜在客户) ★ generated per team: the advisor or the specialist hands the list in. */
export const prospecting = defineSubproject({
  id: 'sp03-prospecting',
  number: 3,
  group: 'identify',
  leadRoles: ['advisor', 'specialist'],
  defaultPoints: 8,
  generated: true,
  contentSchema,
  gates: { submit: ['advisor', 'specialist'] },
  score: scoreProspecting,
  keyAnswers,
  describeEvidence,
});
