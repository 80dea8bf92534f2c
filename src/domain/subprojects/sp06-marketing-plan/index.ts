import { defineSubproject } from '../define';
import { contentSchema } from './content';
import { keyAnswers } from './key';
import { describeEvidence, scoreMarketingPlan } from './score';

/**
 * 6. Marketing plan (营销方案设计): the advisor drafts and submits the plan; the
 * manager approves it, and with it the budget.
 */
export const marketingPlan = defineSubproject({
  id: 'sp06-marketing-plan',
  number: 6,
  group: 'develop-interact',
  leadRoles: ['advisor', 'manager'],
  defaultPoints: 10,
  generated: false,
  contentSchema,
  gates: { submit: ['advisor'], approve: ['manager'] },
  score: scoreMarketingPlan,
  keyAnswers,
  describeEvidence,
});
