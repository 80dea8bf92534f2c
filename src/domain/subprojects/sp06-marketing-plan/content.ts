import { z } from 'zod';
import { localizedTextSchema as text } from '../../scenario/text';
import { checkContent } from './content-checks';

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'must be a real calendar date');
const money = z.number().positive().finite();

export const VALUE_TIERS = ['high', 'medium', 'low'] as const;
export type ValueTier = (typeof VALUE_TIERS)[number];

/**
 * Sub-project 6, marketing plan (营销方案设计): the scenario's part.
 * Visible to the team: the campaign budget and period, the customer segments
 * with their size, value tier and margin per response, the channels with their
 * cost per contact, the offers with their cost per response, and a bank of
 * objectives (KPIs) in which vague ones hide among measurable ones.
 * Hidden until scoring: the response model (a base response rate per segment,
 * scaled by a multiplier per channel and per offer), from which the app works
 * out the team's expected outcome and the best plan the budget allows.
 */
export const contentSchema = z
  .object({
    budget: z
      .number()
      .int()
      .positive()
      .describe('Total campaign budget in yuan; it pays for reaching customers (channel cost per contact).'),
    campaign: z
      .object({
        label: text.describe('The campaign as the team sees it, e.g. "2009 spring campaign (April–June)".'),
        start: isoDate,
        end: isoDate,
      })
      .strict()
      .describe('Objectives must be dated inside this period.'),
    segments: z
      .array(
        z
          .object({
            id: idSchema,
            label: text,
            description: text.describe('Who they are and how they like to be approached: the clues for a good plan.'),
            size: z.number().int().positive().describe('Customers the campaign can reach in this segment.'),
            valueTier: z.enum(VALUE_TIERS),
            marginPerResponse: money.describe('Contribution in yuan from one customer who responds.'),
          })
          .strict(),
      )
      .min(3)
      .max(6),
    channels: z
      .array(z.object({ id: idSchema, label: text, description: text, costPerContact: money }).strict())
      .min(2)
      .max(6),
    offers: z
      .array(
        z
          .object({
            id: idSchema,
            label: text,
            description: text,
            costPerResponse: z.number().min(0).finite().describe('Cost in yuan of honouring the offer once.'),
          })
          .strict(),
      )
      .min(2)
      .max(6),
    responseModel: z
      .array(
        z
          .object({
            segment: idSchema,
            baseRate: z
              .number()
              .positive()
              .max(1)
              .describe('Share of contacted customers who respond, before multipliers.'),
            channels: z.record(z.string(), z.number().positive().finite()).describe('Multiplier per channel id.'),
            offers: z.record(z.string(), z.number().positive().finite()).describe('Multiplier per offer id.'),
          })
          .strict(),
      )
      .describe(
        'Hidden from the team until scoring: one row per segment, with a multiplier for every channel and offer.',
      ),
    kpis: z
      .array(
        z
          .object({
            id: idSchema,
            label: text,
            measurable: z.boolean().describe('False for a vague aim that cannot be counted (a distractor).'),
            unit: text.nullable().describe('The unit of a measurable KPI; null for a vague one.'),
            feedback: text.describe('Shown after scoring: why this objective is, or is not, measurable.'),
          })
          .strict(),
      )
      .min(4),
    minObjectives: z.number().int().min(1).max(5).describe('How many measurable objectives a complete plan states.'),
  })
  .strict()
  .superRefine(checkContent);

export type Content = z.infer<typeof contentSchema>;
export type Segment = Content['segments'][number];
export type Channel = Content['channels'][number];
export type Offer = Content['offers'][number];
export type Kpi = Content['kpis'][number];
