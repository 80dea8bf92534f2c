/** Writes scenarios/scenario.schema.json from the zod schema (a test fails when it is stale). */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/domain/scenario';

const target = 'scenarios/scenario.schema.json';
writeFileSync(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
