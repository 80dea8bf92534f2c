import { defineSubproject } from '../define';
import { contentSchema } from './content';
import { keyAnswers } from './key';
import { describeEvidence, scoreCustomerFile } from './score';

export { generate } from './generate';

/** 4. Customer information file (客户信息档案) ★ generated per team: the specialist builds the file and submits. */
export const customerFile = defineSubproject({
  id: 'sp04-customer-file',
  number: 4,
  group: 'identify',
  leadRoles: ['specialist'],
  defaultPoints: 8,
  generated: true,
  contentSchema,
  gates: { submit: ['specialist'] },
  score: scoreCustomerFile,
  keyAnswers,
  describeEvidence,
});
