import { defineSubproject } from '../define';
import { contentSchema } from './content';

/** 4. Customer information file (客户信息档案) ★ generated per team */
export const customerFile = defineSubproject({
  id: 'sp04-customer-file',
  number: 4,
  group: 'identify',
  leadRoles: ['specialist'],
  defaultPoints: 8,
  generated: true,
  contentSchema,
});
