import { z } from 'zod';
import { localizedTextSchema as text } from '../../scenario/text';
import { COMPANY_CORES } from './names';

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens');

/** Four ascending cut-points split a measure into scores 1–5. */
const cutsSchema = z
  .array(z.number().nonnegative())
  .length(4)
  .refine((cuts) => cuts.every((cut, index) => index === 0 || cut > (cuts[index - 1] ?? -Infinity)), {
    message: 'cut-points must be strictly ascending',
  });

/**
 * How one RFM measure becomes a score 1–5, stated to the students word for word:
 * - thresholds: R (days since the last purchase) scores 5 when days ≤ cut 1, 4 when ≤ cut 2, … 1 above cut 4;
 *   F (orders) and M (revenue) score 1 + the number of cut-points the value reaches (value ≥ cut).
 * - quintiles: score = 1 + floor(5 × (customers with a strictly worse value) / n).
 */
const dimensionSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('thresholds'), cuts: cutsSchema }).strict(),
  z.object({ method: z.literal('quintiles') }).strict(),
]);
export type DimensionMethod = z.infer<typeof dimensionSchema>;

const rangeSchema = z
  .tuple([z.number().int().min(1).max(5), z.number().int().min(1).max(5)])
  .describe('Inclusive score range [from, to] on the 1–5 scale.');

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/**
 * Sub-project 5, value analysis & segmentation (客户价值分析与分级) ★: the
 * scenario's part. How the team's transaction history is generated, the
 * declared RFM, ABC and lifetime-value methods, the R×F segments, and the
 * treatment bank with the policy that judges the team's choices.
 */
export const contentSchema = z
  .object({
    labels: z
      .object({
        customer: text.describe('What a customer is called here, e.g. 购车客户 / car buyer.'),
        transaction: text.describe('What one record is, e.g. 订单 / order.'),
        currency: text.describe('Unit of the amounts, e.g. 元 / yuan.'),
      })
      .strict(),
    data: z
      .object({
        customerCount: z.object({ min: z.number().int().min(40), max: z.number().int().max(800) }).strict(),
        months: z.number().int().min(12).max(24),
        endDate: dateSchema.describe('The "today" of the analysis: the last day of the period; R counts days to it.'),
        orderValue: z
          .object({
            typical: z.number().positive().describe('Median amount of one record.'),
            roundTo: z.number().int().positive().describe('Amounts are whole multiples of this.'),
          })
          .strict(),
        ordersPerCustomer: z
          .object({ typical: z.number().min(1), max: z.number().int().min(2) })
          .strict()
          .describe('Median and largest number of records of one customer in the period.'),
        lapsedShare: z.number().min(0).max(0.6).describe('Share of customers who stopped buying long ago.'),
        companyNames: z
          .object({ places: z.array(text).min(3), suffixes: z.array(text).min(2) })
          .strict()
          .optional()
          .describe('Business customers get company names (place + name + suffix); people names when absent.'),
      })
      .strict(),
    rfm: z.object({ r: dimensionSchema, f: dimensionSchema, m: dimensionSchema }).strict(),
    abc: z
      .object({ a: z.number().gt(0).lt(100), b: z.number().gt(0).lt(100) })
      .strict()
      .describe('Cut-offs in % of cumulative revenue, customers sorted by revenue (descending).'),
    clv: z
      .object({
        marginRate: z.number().gt(0).max(1),
        retentionRate: z.number().gt(0).lt(1),
        discountRate: z.number().min(0).max(1),
        topCount: z.number().int().min(3).max(20),
      })
      .strict(),
    segments: z
      .array(
        z
          .object({
            id: idSchema,
            label: text,
            description: text,
            rule: z.object({ r: rangeSchema, f: rangeSchema }).strict(),
            treatments: z.array(idSchema).min(1).describe('Treatments that fit this segment (the key).'),
          })
          .strict(),
      )
      .min(3),
    treatments: z.array(z.object({ id: idSchema, label: text }).strict()).min(5),
    policy: z
      .object({
        statements: z.array(text).min(1).describe('The treatment policy as the team reads it.'),
        aClassTreatment: idSchema.describe('Every segment holding an A-class customer must include this treatment.'),
      })
      .strict(),
  })
  .strict()
  .superRefine((content, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (content.data.customerCount.min > content.data.customerCount.max)
      issue(['data', 'customerCount'], 'min must not exceed max');
    const companies = content.data.companyNames;
    // Distinct names are drawn at random, so leave plenty of room: twice the largest customer count.
    if (
      companies &&
      companies.places.length * COMPANY_CORES * companies.suffixes.length < 2 * content.data.customerCount.max
    )
      issue(['data', 'companyNames'], 'too few places and suffixes for that many distinct company names');
    if (content.abc.a >= content.abc.b) issue(['abc', 'b'], 'the B cut-off must be above the A cut-off');
    if (content.data.ordersPerCustomer.typical > content.data.ordersPerCustomer.max)
      issue(['data', 'ordersPerCustomer', 'typical'], 'the typical number of records must not exceed the maximum');
    // Every R×F cell belongs to exactly one segment, so each customer has one segment.
    const owner = new Map<string, number>();
    content.segments.forEach((segment, index) => {
      const [r0, r1] = segment.rule.r;
      const [f0, f1] = segment.rule.f;
      if (r0 > r1) issue(['segments', index, 'rule', 'r'], 'range must go from low to high');
      if (f0 > f1) issue(['segments', index, 'rule', 'f'], 'range must go from low to high');
      for (let r = r0; r <= r1; r += 1)
        for (let f = f0; f <= f1; f += 1) {
          const other = owner.get(`${r}-${f}`);
          if (other !== undefined)
            issue(
              ['segments', index, 'rule'],
              `cell R${r} F${f} is already in segment "${content.segments[other]?.id}"`,
            );
          else owner.set(`${r}-${f}`, index);
        }
    });
    const uncovered: string[] = [];
    for (let r = 1; r <= 5; r += 1)
      for (let f = 1; f <= 5; f += 1) if (!owner.has(`${r}-${f}`)) uncovered.push(`R${r} F${f}`);
    if (uncovered.length > 0) issue(['segments'], `no segment covers ${uncovered.join(', ')}`);
    const ids = new Set<string>();
    // The results file names segments by label, so two segments may not share one in either language.
    const labels = new Set<string>();
    content.segments.forEach((segment, index) => {
      if (ids.has(segment.id)) issue(['segments', index, 'id'], `duplicate segment id "${segment.id}"`);
      ids.add(segment.id);
      for (const language of ['zh', 'en'] as const) {
        const label = segment.label[language].trim();
        if (labels.has(`${language}:${label}`))
          issue(['segments', index, 'label', language], `another segment is already called "${label}"`);
        labels.add(`${language}:${label}`);
      }
    });
    const treatmentIds = new Set<string>();
    content.treatments.forEach((treatment, index) => {
      if (treatmentIds.has(treatment.id))
        issue(['treatments', index, 'id'], `duplicate treatment id "${treatment.id}"`);
      treatmentIds.add(treatment.id);
    });
    const used = new Set<string>();
    content.segments.forEach((segment, index) =>
      segment.treatments.forEach((id, position) => {
        used.add(id);
        if (!treatmentIds.has(id)) issue(['segments', index, 'treatments', position], `unknown treatment "${id}"`);
      }),
    );
    if (!treatmentIds.has(content.policy.aClassTreatment))
      issue(['policy', 'aClassTreatment'], `unknown treatment "${content.policy.aClassTreatment}"`);
    used.add(content.policy.aClassTreatment);
    const distractors = content.treatments.filter((treatment) => !used.has(treatment.id)).length;
    if (distractors < 2)
      issue(['treatments'], `needs at least 2 distractor treatments (fitting no segment), found ${distractors}`);
  });

export type Content = z.infer<typeof contentSchema>;
export type Segment = Content['segments'][number];
