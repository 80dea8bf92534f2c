import { z } from 'zod';

/**
 * This sub-project's part of a scenario file: Channels & service blueprint (接触渠道与服务流程).
 * Empty until the sub-project's own issue defines its option banks and
 * generator parameters; strict so that a typo in a key is reported, not ignored.
 */
export const contentSchema = z.object({}).strict();
export type Content = z.infer<typeof contentSchema>;
