import { z } from 'zod';
import { localizedTextSchema as text } from '../../scenario/text';

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens');

/**
 * Sub-project 1, business diagnosis (企业CRM诊断): the scenario's part.
 * An option bank of problem statements — the company's real CRM problems and
 * distractors a careless reader would pick — each real one with the CRM levers
 * that address it, a lever bank with distractor levers, and the parts of the
 * memo to the general manager. Every option carries the feedback shown after
 * scoring, so the score teaches.
 */
export const contentSchema = z
  .object({
    problems: z
      .array(
        z
          .object({
            id: idSchema,
            text: text.describe('The statement as the team sees it in the list.'),
            real: z.boolean().describe('True for a real CRM problem of this company; false for a distractor.'),
            levers: z
              .array(idSchema)
              .describe('Ids of the levers that address a real problem (any one counts); empty for a distractor.'),
            feedback: text.describe(
              'Shown after scoring: why this is, or is not, one of the company’s CRM problems (cite the dossier).',
            ),
          })
          .strict(),
      )
      .min(6),
    levers: z.array(z.object({ id: idSchema, text: text }).strict()).min(4),
    memoParts: z
      .array(
        z
          .object({
            id: idSchema,
            label: text,
            prompt: text.describe('What this part of the memo should say.'),
            minChars: z.number().int().min(10).max(2000),
          })
          .strict(),
      )
      .min(2)
      .max(6),
  })
  .strict()
  .superRefine((content, ctx) => {
    const leverIds = new Set(content.levers.map((lever) => lever.id));
    const seen = new Set<string>();
    content.problems.forEach((problem, index) => {
      if (seen.has(problem.id))
        ctx.addIssue({ code: 'custom', path: ['problems', index, 'id'], message: `duplicate id "${problem.id}"` });
      seen.add(problem.id);
      if (problem.real && problem.levers.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['problems', index, 'levers'],
          message: 'a real problem needs at least one lever',
        });
      }
      if (!problem.real && problem.levers.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['problems', index, 'levers'], message: 'a distractor has no levers' });
      }
      problem.levers.forEach((lever, leverIndex) => {
        if (!leverIds.has(lever))
          ctx.addIssue({
            code: 'custom',
            path: ['problems', index, 'levers', leverIndex],
            message: `unknown lever "${lever}"`,
          });
      });
    });
    const real = content.problems.filter((problem) => problem.real).length;
    if (real < 3)
      ctx.addIssue({ code: 'custom', path: ['problems'], message: `needs at least 3 real problems, found ${real}` });
    if (content.problems.length - real < 2)
      ctx.addIssue({ code: 'custom', path: ['problems'], message: 'needs at least 2 distractors' });
    const usedLevers = new Set(content.problems.flatMap((problem) => problem.levers));
    if (content.levers.length - usedLevers.size < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['levers'],
        message: 'needs at least 2 distractor levers that address no real problem',
      });
  });

export type Content = z.infer<typeof contentSchema>;
