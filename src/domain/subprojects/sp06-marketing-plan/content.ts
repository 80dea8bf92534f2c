import { z } from 'zod';

/**
 * This sub-project's part of a scenario file: Marketing plan (营销方案设计).
 * Empty until the sub-project's own issue defines its option banks and
 * generator parameters; strict so that a typo in a key is reported, not ignored.
 */
export const contentSchema = z.object({}).strict();
export type Content = z.infer<typeof contentSchema>;
