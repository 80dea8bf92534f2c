import { defineSubproject } from '../define';
import { contentSchema } from './content';
import { keyAnswers } from './key';
import { describeEvidence, scoreDiagnosis } from './score';

/** 1. Business diagnosis (企业CRM诊断): the manager leads and submits. */
export const diagnosis = defineSubproject({
  id: 'sp01-diagnosis',
  number: 1,
  group: 'understand-crm',
  leadRoles: ['manager'],
  defaultPoints: 6,
  generated: false,
  contentSchema,
  gates: { submit: ['manager'] },
  score: scoreDiagnosis,
  keyAnswers,
  describeEvidence,
});
