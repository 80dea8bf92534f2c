/**
 * Test scaffolding shared by the sub-project 3 tests: the content of every
 * bundled scenario and the answer a perfect team would give. Not used by the app.
 */
import { readFileSync } from 'node:fs';
import { contentSchema, type Content } from './content';

const SCENARIOS = ['car-market', 'securities-firm', 'textile-sme'] as const;

/** Sub-project 3's content of a scenario file, checked by its schema. */
export function scenarioContent(file: string): Content {
  const scenario = JSON.parse(readFileSync(file, 'utf8')) as { subprojects: { id: string; content?: unknown }[] };
  return contentSchema.parse(scenario.subprojects.find((slot) => slot.id === 'sp03-prospecting')?.content);
}

/** The three course scenarios and the bakery fixture, by name. */
export function allContents(): [string, Content][] {
  return [
    ...SCENARIOS.map((name): [string, Content] => [name, scenarioContent(`scenarios/${name}.json`)]),
    ['test-bakery', scenarioContent('tests/fixtures/minimal-scenario.json')],
  ];
}

export { keyAnswers, LONG_CRITERIA } from './key';
