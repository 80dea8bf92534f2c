/**
 * Authoring aid: puts one sub-project's `content` into scenario files.
 *   npx tsx scripts/set-content.ts sp03-prospecting part.json scenarios/car-market.json
 * The part file holds the content object. Reads, replaces and writes each scenario
 * in one step, then formats it with Prettier, so several authors can fill
 * different sub-projects of the same file one after another.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

const [subprojectId, partFile, ...scenarioFiles] = process.argv.slice(2);
if (!subprojectId || !partFile || scenarioFiles.length === 0) {
  console.error('usage: tsx scripts/set-content.ts <sub-project id> <content.json> <scenario.json>…');
  process.exit(2);
}
const content: unknown = JSON.parse(readFileSync(partFile, 'utf8'));
for (const file of scenarioFiles) {
  const scenario = JSON.parse(readFileSync(file, 'utf8')) as { subprojects: { id: string; content?: unknown }[] };
  const slot = scenario.subprojects.find((candidate) => candidate.id === subprojectId);
  if (!slot) {
    console.error(`${file}: no sub-project "${subprojectId}"`);
    process.exit(1);
  }
  slot.content = content;
  writeFileSync(
    file,
    await format(JSON.stringify(scenario, null, 2), { ...(await resolveConfig(file)), filepath: file }),
  );
  console.log(`${file}: content of ${subprojectId} set`);
}
