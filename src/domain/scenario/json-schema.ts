import { z } from 'zod';
import { scenarioSchema } from './schema';

/**
 * The JSON Schema (draft 2020-12) that scenario authors' editors use. The
 * cross-reference rules (order, totals, unique ids) are only in the app's
 * validator; the schema covers fields and types.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: 'https://crm-classroom-simulator.local/scenario.schema.json',
    title: 'CRM classroom simulator scenario',
  };
}
