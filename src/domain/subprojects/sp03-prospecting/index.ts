import { defineSubproject } from '../define';
import { contentSchema } from './content';

/** 3. Prospecting (寻找潜在客户) ★ generated per team */
export const prospecting = defineSubproject({
  id: 'sp03-prospecting',
  number: 3,
  group: 'identify',
  leadRoles: ['advisor', 'specialist'],
  defaultPoints: 8,
  generated: true,
  contentSchema,
});
