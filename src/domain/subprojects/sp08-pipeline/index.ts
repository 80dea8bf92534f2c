import { defineSubproject } from '../define';
import { contentSchema } from './content';

/** 8. Sales pipeline (销售机会管理) ★ generated per team */
export const pipeline = defineSubproject({
  id: 'sp08-pipeline',
  number: 8,
  group: 'develop-interact',
  leadRoles: ['advisor', 'specialist'],
  defaultPoints: 8,
  generated: true,
  contentSchema,
});
