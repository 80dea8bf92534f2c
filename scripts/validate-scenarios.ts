/**
 * Validates scenario files and prints every problem with its JSON path.
 * Usage: npm run validate:scenarios -- scenarios/car-market.json [more files…]
 * With no arguments it checks every *.json scenario in scenarios/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../src/domain/scenario';

const SCHEMA_FILE = 'scenario.schema.json';

function defaultFiles(): string[] {
  return readdirSync('scenarios')
    .filter((name) => name.endsWith('.json') && name !== SCHEMA_FILE)
    .map((name) => join('scenarios', name));
}

const files = process.argv.slice(2).filter((arg) => arg !== '--');
let failed = 0;
for (const file of files.length > 0 ? files : defaultFiles()) {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    failed += 1;
    console.error(`✗ ${file}\n  cannot read: ${(error as Error).message}`);
    continue;
  }
  const result = parseScenario(source);
  if (result.ok) {
    console.log(`✓ ${file} (${result.scenario.id} ${result.scenario.version})`);
  } else {
    failed += 1;
    console.error(`✗ ${file}: ${result.problems.length} problem(s)`);
    for (const problem of result.problems) console.error(`  ${problem.path}: ${problem.message}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
