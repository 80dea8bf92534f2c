import { defineSubproject } from '../define';
import { contentSchema } from './content';
import { keyAnswers } from './key';
import { describeEvidence, scoreSegmentation } from './score';

export { generate } from './generate';

/**
 * 5. Value analysis & segmentation (客户价值分析与分级) ★ generated per team:
 * the specialist submits the analysis, the manager approves it.
 */
export const segmentation = defineSubproject({
  id: 'sp05-segmentation',
  number: 5,
  group: 'differentiate',
  leadRoles: ['specialist', 'manager'],
  defaultPoints: 10,
  generated: true,
  contentSchema,
  gates: { submit: ['specialist'], approve: ['manager'] },
  score: scoreSegmentation,
  keyAnswers,
  describeEvidence,
});
