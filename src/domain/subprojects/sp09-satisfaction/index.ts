import { defineSubproject } from '../define';
import { contentSchema } from './content';

/** 9. Satisfaction survey (客户满意度调查) ★ generated per team */
export const satisfaction = defineSubproject({
  id: 'sp09-satisfaction',
  number: 9,
  group: 'satisfy-serve',
  leadRoles: ['specialist', 'advisor'],
  defaultPoints: 10,
  generated: true,
  contentSchema,
});
