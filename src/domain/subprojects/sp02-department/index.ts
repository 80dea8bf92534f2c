import { defineSubproject } from '../define';
import { contentSchema } from './content';

/** 2. CRM department & job design (客户服务部门与岗位设计) */
export const department = defineSubproject({
  id: 'sp02-department',
  number: 2,
  group: 'understand-crm',
  leadRoles: ['manager'],
  defaultPoints: 8,
  generated: false,
  contentSchema,
});
