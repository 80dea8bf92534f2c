import type { Answers } from '../../session/replay';
import { FIELDS, recordsJson, type TeamRecord } from './answers';
import type { Content } from './content';
import { generate, type CustomerFileData } from './generate';

/** The file a careful specialist builds: one record per customer with all its notes, the full name and the latest number. */
export function keyRecords(data: CustomerFileData): TeamRecord[] {
  return data.customers.map((customer, index) => ({
    id: `R${index + 1}`,
    notes: customer.notes,
    name: customer.name.full.zh,
    phone: customer.phone,
    place: customer.place,
    interest: customer.interest,
    type: customer.type,
    scope: customer.scope,
  }));
}

/** The key as stored answers, from the team's generated data. */
export function keyAnswers(content: Content, teamSeed: string): Answers {
  return { [FIELDS.records]: recordsJson(keyRecords(generate(content, teamSeed))) };
}
