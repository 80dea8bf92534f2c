import { defineSubproject } from '../define';
import { contentSchema } from './content';

/** 6. Marketing plan (营销方案设计) */
export const marketingPlan = defineSubproject({
  id: 'sp06-marketing-plan',
  number: 6,
  group: 'develop-interact',
  leadRoles: ['advisor', 'manager'],
  defaultPoints: 10,
  generated: false,
  contentSchema,
});
