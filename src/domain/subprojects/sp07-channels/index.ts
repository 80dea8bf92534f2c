import { defineSubproject } from '../define';
import { contentSchema } from './content';

/** 7. Channels & service blueprint (接触渠道与服务流程) */
export const channels = defineSubproject({
  id: 'sp07-channels',
  number: 7,
  group: 'develop-interact',
  leadRoles: ['manager', 'specialist'],
  defaultPoints: 6,
  generated: false,
  contentSchema,
});
