import { z } from 'zod';
import { ROLES } from '../roles';
import { PROJECT_GROUPS } from '../subprojects/define';
import { SUBPROJECTS } from '../subprojects/registry';
import { localizedTextSchema as text } from './text';
import { reportDuplicateIds } from './checks';

/** The scenario file format this code reads; older files are migrated (see migrations.ts). */
export const CURRENT_SCHEMA_VERSION = 1;

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens, e.g. "car-market"');

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': case facts are often only known to the year. */
const dateSchema = z
  .string()
  .regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

const timelineEventSchema = z
  .object({ id: idSchema, date: dateSchema, text })
  .strict()
  .describe('A dated fact of the case.');

const figureSchema = z
  .object({
    id: idSchema,
    label: text,
    value: z.number().finite(),
    unit: text,
    asOf: dateSchema.optional(),
  })
  .strict()
  .describe('A number of the case with its unit, e.g. 20000 m².');

const personSchema = z.object({ id: idSchema, name: text, title: text, description: text }).strict();

const problemSchema = z.object({ id: idSchema, title: text, description: text }).strict();

const customerGroupSchema = z
  .object({ id: idSchema, name: text, description: text })
  .strict()
  .describe('A kind of customer the company serves, e.g. dealers (B2B tenants) or car buyers.');

const dossierSchema = z
  .object({
    company: z
      .object({ name: text, location: text, founded: z.number().int().min(1800).max(2100).optional(), industry: text })
      .strict(),
    background: z.array(text).min(1).describe('Paragraphs of the case background, in reading order.'),
    timeline: z.array(timelineEventSchema).min(1),
    figures: z.array(figureSchema).min(1),
    people: z.array(personSchema).min(1),
    customerGroups: z.array(customerGroupSchema).min(1),
    problems: z.array(problemSchema).min(1),
  })
  .strict();

const roleBriefSchema = z
  .object({
    mission: text.describe('One paragraph: what this role is there to do in the case.'),
    privateFacts: z.array(text).min(1).describe('What only this role knows at the start.'),
    responsibilities: z.array(text).min(1),
  })
  .strict();

const glossaryEntrySchema = z.object({ id: idSchema, term: text, definition: text }).strict();

/** One slot per sub-project: the visible frame is common, `content` is the sub-project's own. */
const slotSchemas = SUBPROJECTS.map((definition) =>
  z
    .object({
      id: z.literal(definition.id),
      name: text,
      group: z.enum(PROJECT_GROUPS),
      leadRoles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
      points: z.number().int().min(0).max(100).describe('Default points; an instructor may re-weight per class.'),
      content: definition.contentSchema.optional(),
    })
    .strict(),
);

const [firstSlot, ...otherSlots] = slotSchemas;
// The registry has twelve entries; the guard keeps the tuple type non-empty for zod.
if (!firstSlot) throw new Error('sub-project registry is empty');
const slotSchema = z.discriminatedUnion('id', [firstSlot, ...otherSlots]);

const scenarioObjectSchema = z
  .object({
    $schema: z.string().optional().describe('Path to scenario.schema.json, for editor validation.'),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    id: idSchema,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
    title: text,
    summary: text,
    source: z
      .object({ adaptedFrom: text, note: text.optional() })
      .strict()
      .describe('Where the case comes from: it is adapted from a published case.'),
    dossier: dossierSchema,
    roleBriefs: z.object({ manager: roleBriefSchema, specialist: roleBriefSchema, advisor: roleBriefSchema }).strict(),
    glossary: z.array(glossaryEntrySchema).min(1),
    subprojects: z.array(slotSchema),
  })
  .strict();

/**
 * The whole scenario file. Field errors are all reported in one pass; the
 * cross-reference rules run once the fields themselves are well formed.
 */
export const scenarioSchema = scenarioObjectSchema.superRefine(checkCrossReferences);

export type Scenario = z.infer<typeof scenarioObjectSchema>;
export type ScenarioSlot = Scenario['subprojects'][number];

/** Rules the per-field schema cannot express: slot order and totals, unique ids. */
function checkCrossReferences(value: Scenario, ctx: z.RefinementCtx): void {
  const slots = value.subprojects;
  if (slots.length !== SUBPROJECTS.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['subprojects'],
      message: `must list all ${SUBPROJECTS.length} sub-projects, found ${slots.length}`,
    });
  }
  SUBPROJECTS.forEach((definition, index) => {
    const slot = slots[index];
    if (slot && slot.id !== definition.id) {
      ctx.addIssue({
        code: 'custom',
        path: ['subprojects', index, 'id'],
        message: `expected "${definition.id}" at position ${index} (sub-projects are listed in course order)`,
      });
    }
  });
  const total = slots.reduce((sum, slot) => sum + slot.points, 0);
  if (slots.length === SUBPROJECTS.length && total !== 100) {
    ctx.addIssue({ code: 'custom', path: ['subprojects'], message: `points must sum to 100, found ${total}` });
  }
  slots.forEach((slot, index) => {
    if (new Set(slot.leadRoles).size !== slot.leadRoles.length) {
      ctx.addIssue({ code: 'custom', path: ['subprojects', index, 'leadRoles'], message: 'lists a role twice' });
    }
  });
  const dossier = value.dossier;
  for (const [key, list] of [
    ['timeline', dossier.timeline],
    ['figures', dossier.figures],
    ['people', dossier.people],
    ['customerGroups', dossier.customerGroups],
    ['problems', dossier.problems],
  ] as const) {
    reportDuplicateIds(list, ['dossier', key], ctx);
  }
  reportDuplicateIds(value.glossary, ['glossary'], ctx);
}
