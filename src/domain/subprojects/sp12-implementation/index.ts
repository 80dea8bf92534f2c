import { defineSubproject } from '../define';
import { contentSchema } from './content';

/** 12. Implementation plan & review (CRM实施方案与绩效评估) */
export const implementation = defineSubproject({
  id: 'sp12-implementation',
  number: 12,
  group: 'implement-review',
  leadRoles: ['manager', 'specialist', 'advisor'],
  defaultPoints: 8,
  generated: false,
  contentSchema,
});
