import { z } from 'zod';
import { ROLES } from '../../roles';
import { localizedTextSchema as text } from '../../scenario/text';

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens');

/**
 * Sub-project 2, CRM department & job design (客户服务部门与岗位设计): the
 * scenario's part. Where the CRM department reports (one right answer among
 * plausible wrong ones), a duty bank — real duties grouped into the areas the
 * department must cover, each with the role(s) that should own it, plus
 * distractor duties that belong to other departments — and the fields every
 * job description needs.
 */
export const contentSchema = z
  .object({
    reportingLines: z.array(z.object({ id: idSchema, text, correct: z.boolean(), feedback: text }).strict()).min(3),
    areas: z.array(z.object({ id: idSchema, label: text }).strict()).min(3),
    duties: z
      .array(
        z
          .object({
            id: idSchema,
            text,
            area: idSchema.nullable().describe('The area a real duty belongs to; null for a distractor duty.'),
            owners: z
              .array(z.enum(ROLES))
              .describe('Roles that may own a real duty (any one counts); empty for a distractor.'),
            feedback: text,
          })
          .strict(),
      )
      .min(8),
    jobMinChars: z
      .number()
      .int()
      .min(2)
      .max(200)
      .describe('Least letters per job-description field to count as filled.'),
  })
  .strict()
  .superRefine((content, ctx) => {
    const correct = content.reportingLines.filter((line) => line.correct).length;
    if (correct !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['reportingLines'],
        message: `exactly one reporting line must be correct, found ${correct}`,
      });
    const areaIds = new Set(content.areas.map((area) => area.id));
    const covered = new Set<string>();
    content.duties.forEach((duty, index) => {
      if (duty.area === null && duty.owners.length > 0)
        ctx.addIssue({ code: 'custom', path: ['duties', index, 'owners'], message: 'a distractor duty has no owners' });
      if (duty.area !== null && duty.owners.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['duties', index, 'owners'],
          message: 'a real duty needs at least one owner role',
        });
      if (duty.area !== null && !areaIds.has(duty.area))
        ctx.addIssue({ code: 'custom', path: ['duties', index, 'area'], message: `unknown area "${duty.area}"` });
      if (duty.area !== null) covered.add(duty.area);
    });
    content.areas.forEach((area, index) => {
      if (!covered.has(area.id))
        ctx.addIssue({ code: 'custom', path: ['areas', index], message: `no duty belongs to area "${area.id}"` });
    });
    if (content.duties.filter((duty) => duty.area === null).length < 3)
      ctx.addIssue({ code: 'custom', path: ['duties'], message: 'needs at least 3 distractor duties' });
  });

export type Content = z.infer<typeof contentSchema>;

/** The fields every job description has (职务说明书), in the order a form shows them. */
export const JOB_FIELDS = [
  'title',
  'department',
  'reportsTo',
  'duties',
  'authority',
  'qualifications',
  'kpis',
] as const;
export type JobField = (typeof JOB_FIELDS)[number];
