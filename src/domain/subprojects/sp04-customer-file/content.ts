import { z } from 'zod';
import { localizedTextSchema as text, type LocalizedText } from '../../scenario/text';
import { reportDuplicateIds } from '../../scenario/checks';

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/** The fields of a customer record the team fills in, in the order a form shows them. */
export const RECORD_FIELDS = ['name', 'phone', 'place', 'interest', 'type', 'scope'] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];
export const SCOPES = ['narrow', 'broad'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * Placeholders a note template may use. {name} is required in every template
 * (a note always says who it is about); the others may be left out, which is
 * how the raw material gets its gaps.
 */
export const PLACEHOLDERS = ['name', 'phone', 'place', 'interest', 'cue', 'date'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
/** The facts a customer's notes must reveal between them, so the truth is knowable. */
export const FACTS = ['phone', 'place', 'interest', 'cue'] as const satisfies readonly Placeholder[];

/** The placeholders used in one template text, e.g. '{name} 来电' → ['name']. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))];
}

const option = z.object({ id: idSchema, label: text }).strict();

/**
 * Sub-project 4, customer information file (客户信息档案) ★: the scenario's part.
 * The generator draws each team's customers from these banks and writes the raw
 * notes (call notes, visit notes, a trade-fair sign-up sheet…) from the
 * templates; the team turns the notes into one clean record per customer.
 */
export const contentSchema = z
  .object({
    customerTypes: z
      .array(
        z
          .object({
            id: idSchema,
            label: text,
            scope: z
              .enum(SCOPES)
              .describe(
                'narrow: end buyers/users; broad: also intermediaries, partners, suppliers, internal customers.',
              ),
            description: text.describe('Shown to the team; must not give the scope away.'),
            weight: z
              .number()
              .min(0.1)
              .max(10)
              .describe('How often such customers come up, relative to the other types.'),
            cues: z
              .array(text)
              .min(1)
              .describe('Short phrases a note uses to describe such a customer ({cue}), without naming the type.'),
          })
          .strict(),
      )
      .min(4),
    interests: z
      .array(
        option.extend({ types: z.array(idSchema).min(1).describe('Customer types that ask about this.') }).strict(),
      )
      .min(4),
    places: z.array(option).min(4),
    noteKinds: z
      .array(
        z
          .object({
            id: idSchema,
            label: text,
            templates: z
              .array(text)
              .min(1)
              .describe('Note texts with {name} and some of {phone} {place} {interest} {cue} {date}.'),
          })
          .strict(),
      )
      .min(2),
    period: z.object({ from: isoDate, to: isoDate }).strict().describe('The dates the notes were written between.'),
    conflictRule: text.describe('Tells the team how to settle conflicting notes; the scorer applies latest-date-wins.'),
    customerCount: z.object({ min: z.number().int().min(4), max: z.number().int().max(30) }).strict(),
    requiredFields: z.array(z.enum(RECORD_FIELDS)).min(1),
  })
  .strict()
  .superRefine((content, ctx) => {
    reportDuplicateIds(content.customerTypes, ['customerTypes'], ctx);
    reportDuplicateIds(content.interests, ['interests'], ctx);
    reportDuplicateIds(content.places, ['places'], ctx);
    reportDuplicateIds(content.noteKinds, ['noteKinds'], ctx);

    const typeIds = new Set(content.customerTypes.map((type) => type.id));
    content.interests.forEach((interest, index) =>
      interest.types.forEach((type, typeIndex) => {
        if (!typeIds.has(type))
          ctx.addIssue({
            code: 'custom',
            path: ['interests', index, 'types', typeIndex],
            message: `unknown customer type "${type}"`,
          });
      }),
    );
    content.customerTypes.forEach((type, index) => {
      if (!content.interests.some((interest) => interest.types.includes(type.id)))
        ctx.addIssue({
          code: 'custom',
          path: ['customerTypes', index],
          message: `no interest lists customer type "${type.id}"`,
        });
    });
    for (const scope of SCOPES)
      if (!content.customerTypes.some((type) => type.scope === scope))
        ctx.addIssue({ code: 'custom', path: ['customerTypes'], message: `needs at least one ${scope} customer type` });

    let complete = false;
    let gaps = false;
    content.noteKinds.forEach((kind, kindIndex) =>
      kind.templates.forEach((template, index) => {
        const path = ['noteKinds', kindIndex, 'templates', index];
        const problem = templateProblem(template);
        if (problem) ctx.addIssue({ code: 'custom', path, message: problem });
        const used = placeholdersOf(template.zh);
        if (FACTS.every((fact) => used.includes(fact))) complete = true;
        else gaps = true;
      }),
    );
    if (!complete)
      ctx.addIssue({
        code: 'custom',
        path: ['noteKinds'],
        message: 'needs a template with all of {phone} {place} {interest} {cue}',
      });
    if (!gaps)
      ctx.addIssue({ code: 'custom', path: ['noteKinds'], message: 'needs a template that leaves a field out' });
    if (
      !content.noteKinds.some((kind) =>
        kind.templates.some((template) => placeholdersOf(template.zh).includes('phone')),
      )
    )
      ctx.addIssue({ code: 'custom', path: ['noteKinds'], message: 'needs a template with {phone}' });

    if (content.period.from > content.period.to)
      ctx.addIssue({ code: 'custom', path: ['period', 'to'], message: 'the period ends before it starts' });
    else if (daysBetween(content.period.from, content.period.to) < 30)
      ctx.addIssue({ code: 'custom', path: ['period', 'to'], message: 'the period must span at least 30 days' });
    if (content.customerCount.min > content.customerCount.max)
      ctx.addIssue({ code: 'custom', path: ['customerCount', 'max'], message: 'max is below min' });
    if (!content.requiredFields.includes('name'))
      ctx.addIssue({ code: 'custom', path: ['requiredFields'], message: 'the name must be a required field' });
  });

export type Content = z.infer<typeof contentSchema>;

/** What is wrong with one bilingual template, or undefined. */
function templateProblem(template: LocalizedText): string | undefined {
  const zh = placeholdersOf(template.zh).sort();
  const en = placeholdersOf(template.en).sort();
  const unknown = [...zh, ...en].filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length > 0) return `unknown placeholder {${unknown[0]}}`;
  if (!zh.includes('name')) return 'every template needs {name}';
  if (zh.join() !== en.join()) return 'the zh and en texts must use the same placeholders';
  return undefined;
}

/** Whole days from one ISO date to another (UTC, so no time zone shifts a day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
