import { defineSubproject } from '../define';
import { contentSchema } from './content';

/** 5. Value analysis & segmentation (客户价值分析与分级) ★ generated per team */
export const segmentation = defineSubproject({
  id: 'sp05-segmentation',
  number: 5,
  group: 'differentiate',
  leadRoles: ['specialist', 'manager'],
  defaultPoints: 10,
  generated: true,
  contentSchema,
});
