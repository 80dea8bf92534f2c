import { defineSubproject } from '../define';
import { contentSchema } from './content';

/** 10. Complaint handling (客户投诉处理) */
export const complaints = defineSubproject({
  id: 'sp10-complaints',
  number: 10,
  group: 'satisfy-serve',
  leadRoles: ['advisor', 'specialist', 'manager'],
  defaultPoints: 10,
  generated: false,
  contentSchema,
});
