import { defineSubproject } from '../define';
import { contentSchema } from './content';

/** 11. Churn warning & retention (客户流失预警与挽回) ★ generated per team */
export const churn = defineSubproject({
  id: 'sp11-churn',
  number: 11,
  group: 'retain',
  leadRoles: ['specialist', 'advisor', 'manager'],
  defaultPoints: 8,
  generated: true,
  contentSchema,
});
