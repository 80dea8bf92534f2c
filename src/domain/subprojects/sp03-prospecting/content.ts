import { z } from 'zod';
import { localizedTextSchema as text } from '../../scenario/text';
import { checkContent } from './content-checks';

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens');
const option = z.object({ id: idSchema, label: text }).strict();

const categoryAttribute = z
  .object({
    id: idSchema,
    label: text.describe('Column heading in the lead table.'),
    kind: z.literal('category'),
    values: z
      .array(
        z
          .object({
            id: idSchema,
            label: text,
            phrase: text
              .optional()
              .describe('How a lead with this value is described in its note, e.g. "runs a small taxi firm".'),
          })
          .strict(),
      )
      .min(2),
  })
  .strict();

const numberAttribute = z
  .object({
    id: idSchema,
    label: text.describe('Column heading in the lead table.'),
    kind: z.literal('number'),
    min: z.number(),
    max: z.number(),
    step: z.number().positive().describe('Generated values lie on the grid min, min + step, …, max.'),
    unit: text.describe('Shown after the number, e.g. { "zh": "万元", "en": "×10k yuan" }.'),
    phrase: text
      .optional()
      .describe(
        'Note text with {value} for the number, e.g. { "zh": "预算约{value}万元", "en": "budget about {value}" }.',
      ),
  })
  .strict();

const attributeSchema = z.discriminatedUnion('kind', [categoryAttribute, numberAttribute]);

const conditionSchema = z
  .object({
    attribute: idSchema.describe('Id of the attribute the condition reads.'),
    oneOf: z.array(idSchema).min(1).optional().describe('Category attributes: the value ids that qualify.'),
    atLeast: z.number().optional().describe('Number attributes: the smallest value that qualifies.'),
    atMost: z.number().optional().describe('Number attributes: the largest value that qualifies.'),
  })
  .strict();

const baseSchema = z
  .object({
    idealCustomer: z
      .array(text)
      .min(1)
      .describe(
        'Paragraphs the team reads: the ideal customer in business words. A careful reader must be able to derive every condition of `rule` from it.',
      ),
    leadKind: z
      .enum(['person', 'firm'])
      .describe('"person": leads are private people; "firm": leads are companies, named with a contact person.'),
    firmNames: z
      .object({
        stems: z
          .array(text)
          .min(5)
          .describe('Distinctive parts of company names, e.g. { "zh": "华美", "en": "Huamei" }.'),
        kinds: z
          .array(text)
          .min(1)
          .describe('Company-type endings, e.g. { "zh": "服饰有限公司", "en": "Garments Co." }.'),
      })
      .strict()
      .optional()
      .describe('Required when leadKind is "firm": stems × kinds must give at least poolSize.max names.'),
    attributes: z.array(attributeSchema).min(3).max(6),
    rule: z
      .array(conditionSchema)
      .min(1)
      .describe('Hidden: a lead is qualified when it meets every condition. Never shown before scoring.'),
    sources: z.array(option).min(2).describe('Where leads came from (trade fair, website form, referral …).'),
    channels: z.array(option).min(2).describe('Contact channels; every lead states one as its preference.'),
    channelFits: z
      .record(idSchema, z.array(idSchema))
      .optional()
      .describe('Preferred channel id → other channel ids such a lead also accepts.'),
    interests: z
      .array(text)
      .min(3)
      .describe('Short remarks the generator puts into lead notes, e.g. "asked about SUVs".'),
    nextSteps: z
      .array(
        z
          .object({
            id: idSchema,
            label: text,
            appropriate: z.boolean().describe('False for a distractor a careless team would plausibly pick.'),
            feedback: text.describe('Shown after scoring: why this is, or is not, a good next step.'),
          })
          .strict(),
      )
      .min(4),
    poolSize: z
      .object({ min: z.number().int().min(30).max(60), max: z.number().int().min(30).max(60) })
      .strict()
      .describe('Number of leads per team, drawn between min and max.'),
    qualifiedShare: z
      .object({ min: z.number().min(0.1).max(0.7), max: z.number().min(0.1).max(0.7) })
      .strict()
      .describe('Share of qualified leads per team, drawn between min and max.'),
    criteriaMinChars: z
      .number()
      .int()
      .min(10)
      .max(500)
      .describe('Letters and digits the written qualification criteria need at least.'),
  })
  .strict();

/** The content before its cross-checks: what `checkContent` reads. */
export type BaseContent = z.infer<typeof baseSchema>;
/**
 * Sub-project 3, prospecting (寻找潜在客户): the scenario's part. The team reads
 * the ideal-customer description, which hides `rule`; the generator draws each
 * team's lead pool from `attributes`, `sources` and `channels` so that about
 * `qualifiedShare` of the leads meet every condition and most of the others
 * miss exactly one. The key is the rule applied to the generated leads.
 */
export const contentSchema = baseSchema.superRefine(checkContent);
export type Content = z.infer<typeof contentSchema>;
export type Attribute = Content['attributes'][number];
export type Condition = Content['rule'][number];
