import { defineSubproject } from '../define';
import { contentSchema } from './content';
import { keyAnswers } from './key';
import { describeEvidence, scoreDepartment } from './score';

/** 2. CRM department & job design (客户服务部门与岗位设计): the manager leads and submits. */
export const department = defineSubproject({
  id: 'sp02-department',
  number: 2,
  group: 'understand-crm',
  leadRoles: ['manager'],
  defaultPoints: 8,
  generated: false,
  contentSchema,
  gates: { submit: ['manager'] },
  score: scoreDepartment,
  keyAnswers,
  describeEvidence,
});
