/**
 * Batch re-score for graders, with the same domain code as the app:
 *   npm run score -- class-pack.json team-1.json team-2.json … --out scores.csv
 * The class pack (exported by the instructor) supplies the class seed, weights,
 * deadlines and policies; each submission supplies a team's action log. Scores
 * in files are never trusted: every one is recomputed. Options: --no-bom, --lang en.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkClassPack, checkSubmission, FORMAT_PREFIX } from '../src/domain/exchange';
import { toCsv } from '../src/domain/export/csv';
import { parseScenario, type Scenario } from '../src/domain/scenario';
import { gradeTeam } from '../src/domain/scoring/team-grades';
import { classRules } from '../src/domain/session/rules';

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
const bom = !args.includes('--no-bom');
const language = args.includes('--lang') && args[args.indexOf('--lang') + 1] === 'en' ? 'en' : 'zh';
const files = args.filter(
  (arg, index) => !arg.startsWith('--') && index !== outIndex + 1 && args[index - 1] !== '--lang',
);
if (!out || files.length === 0)
  fail('usage: npm run score -- class-pack.json submission.json [more…] --out scores.csv [--no-bom] [--lang en]');

const texts = files.map((file) => {
  try {
    return { file, text: readFileSync(file, 'utf8') };
  } catch (error) {
    return fail(`${file}: cannot read (${(error as Error).message})`);
  }
});
const kindOf = (text: string) => {
  try {
    return String((JSON.parse(text.replace(/^\uFEFF/, '')) as { format?: string }).format ?? '').replace(
      FORMAT_PREFIX,
      '',
    );
  } catch {
    return '';
  }
};
const packs = texts.filter(({ text }) => kindOf(text) === 'class-pack');
if (packs.length !== 1)
  fail(`give exactly one class pack file (found ${packs.length}); the instructor exports it from the class page`);

const installed = new Map<string, Scenario>();
for (const name of readdirSync('scenarios').filter(
  (file) => file.endsWith('.json') && file !== 'scenario.schema.json',
)) {
  const result = parseScenario(readFileSync(join('scenarios', name), 'utf8'));
  if (result.ok) installed.set(result.scenario.id, result.scenario);
}

const packCheck = await checkClassPack(packs[0]!.text, (id) => installed.get(id)?.version);
if (!packCheck.ok) fail(`${packs[0]!.file}: ${packCheck.code}`);
const { classSession, teams } = packCheck.pack;
const scenario = installed.get(classSession.scenarioId)!;
const rules = classRules(classSession);

const header = [
  language === 'zh' ? '小组' : 'Team',
  ...classSession.subprojects.map((entry, index) => {
    const slot = scenario.subprojects.find((candidate) => candidate.id === entry.id);
    return `${String(index + 1).padStart(2, '0')} ${slot ? slot.name[language] : entry.id}`;
  }),
  language === 'zh' ? '合计' : 'Total',
];
const rows: (string | number | null)[][] = [];
let refused = 0;
for (const { file, text } of texts.filter(({ text }) => kindOf(text) !== 'class-pack')) {
  const checked = await checkSubmission(text, {
    classSession,
    teamIds: teams.map((team) => team.id),
    installedScenarioVersion: scenario.version,
    storedActions: async () => [],
    rules,
  });
  if (!checked.ok || checked.kind !== 'newer') {
    refused += 1;
    console.error(`✗ ${file}: ${checked.ok ? 'empty log' : checked.code}`);
    continue;
  }
  const grades = gradeTeam({ scenario, classSession, teamId: checked.teamId, actions: checked.actions });
  const total = Math.round(grades.reduce((sum, grade) => sum + (grade.final ?? 0), 0) * 100) / 100;
  const team = teams.find((candidate) => candidate.id === checked.teamId)!;
  rows.push([team.number, ...grades.map((grade) => grade.final), total]);
  console.log(`✓ ${file}: team ${team.number}, ${total} points`);
}
rows.sort((a, b) => Number(a[0]) - Number(b[0]));
writeFileSync(out, toCsv([header, ...rows], { bom }));
console.log(`wrote ${out} (${rows.length} team(s)${refused > 0 ? `, ${refused} file(s) refused` : ''})`);
process.exitCode = refused > 0 ? 1 : 0;
