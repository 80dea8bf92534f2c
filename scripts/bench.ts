/**
 * Speed figures, printed, never asserted (the lab machines are shared and noisy):
 * medians over repeated runs of the work a class does most.
 *   npm run bench
 */
import { readFileSync } from 'node:fs';
import { createRandom, deriveTeamSeed } from '../src/domain/random';
import { parseScenario } from '../src/domain/scenario';
import { gradeTeam } from '../src/domain/scoring/team-grades';
import type { Action } from '../src/domain/session/actions';
import { newClassSession } from '../src/domain/session/class';
import { replay } from '../src/domain/session/replay';
import { DEFAULT_GATES } from '../src/domain/session/lifecycle';
import type { SubprojectDefinition } from '../src/domain/subprojects/define';
import { SUBPROJECTS } from '../src/domain/subprojects/registry';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function measure(label: string, runs: number, work: () => void): void {
  for (let i = 0; i < 3; i += 1) work(); // warm-up
  const samples = Array.from({ length: runs }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  });
  console.log(
    `${label.padEnd(72)} median ${median(samples).toFixed(2).padStart(8)} ms  (min ${Math.min(...samples).toFixed(2)}, max ${Math.max(...samples).toFixed(2)}, ${runs} runs)`,
  );
}

const parsed = parseScenario(readFileSync('scenarios/car-market.json', 'utf8'));
if (!parsed.ok) throw new Error('car-market.json is invalid');
const scenario = parsed.scenario;
const created = newClassSession({
  id: 'bench',
  name: 'bench',
  scenario,
  seed: 'BENCH-SEED',
  createdAt: 0,
  latePenaltyPercent: 10,
  openAll: true,
});
// A deadline on every sub-project, so the late-penalty path is part of the measurement.
const classSession = { ...created, subprojects: created.subprojects.map((entry) => ({ ...entry, deadline: 10_000 })) };

/** A busy team: 40 edits per sub-project, a resubmission in every other one: 12 × ~43 records. */
function teamLog(teamId: string): Action[] {
  const random = createRandom(`bench/${teamId}`);
  const log: Action[] = [];
  let at = 0;
  classSession.subprojects.forEach((entry, index) => {
    const base = () => ({
      id: `${teamId}-${log.length}`,
      classId: classSession.id,
      teamId,
      subprojectId: entry.id,
      studentId: `s${random.int(1, 5)}`,
      role: 'manager' as const,
      at: (at += random.int(1, 30)),
    });
    for (let edit = 0; edit < 40; edit += 1)
      log.push({ ...base(), type: 'answer.set', field: 'notes', before: null, after: `draft ${edit}` });
    log.push({ ...base(), type: 'subproject.submit' });
    if (index % 2 === 0) log.push({ ...base(), type: 'subproject.reopen' }, { ...base(), type: 'subproject.submit' });
  });
  return log;
}

const teams = Array.from({ length: 10 }, (_, i) => ({ id: `team-${i + 1}`, log: teamLog(`team-${i + 1}`) }));
const records = teams.reduce((sum, team) => sum + team.log.length, 0);
console.log(`Class of 40 students in 10 teams, ${records} log records in all.\n`);

measure('replay one team log (≈500 records)', 50, () =>
  replay(teams[0]!.log, { gatesOf: () => DEFAULT_GATES, resubmission: classSession.resubmission }),
);
measure('grade one team, 12 sub-projects', 50, () =>
  gradeTeam({ scenario, classSession, teamId: 'team-1', actions: teams[0]!.log }),
);
measure('grade the whole class (10 teams × 12 sub-projects)', 20, () => {
  for (const team of teams) gradeTeam({ scenario, classSession, teamId: team.id, actions: team.log });
});
measure('derive 40 team seeds and draw 1,000 numbers each', 20, () => {
  for (let i = 0; i < 40; i += 1) {
    const random = createRandom(deriveTeamSeed(scenario.id, classSession.seed, `team-${i}`));
    for (let n = 0; n < 1000; n += 1) random.next();
  }
});
measure('validate a scenario file (car-market.json)', 20, () =>
  parseScenario(readFileSync('scenarios/car-market.json', 'utf8')),
);

// Sub-projects 1–6 for a team never seen before: a fresh seed every run, so the
// generators' cache never helps and each run pays for generating the team's data.
const firstSix = (SUBPROJECTS as readonly SubprojectDefinition[]).filter((definition) => definition.number <= 6);
let freshTeam = 0;
for (const file of ['car-market', 'securities-firm', 'textile-sme']) {
  const loaded = parseScenario(readFileSync(`scenarios/${file}.json`, 'utf8'));
  if (!loaded.ok) throw new Error(`${file}.json is invalid`);
  const slots = firstSix.map((definition) => ({
    definition,
    content: loaded.scenario.subprojects.find((slot) => slot.id === definition.id)?.content,
  }));
  measure(`generate + score sub-projects 1–6, key answers (${file})`, 50, () => {
    const teamSeed = deriveTeamSeed(file, 'BENCH-SEED', `fresh-${(freshTeam += 1)}`);
    for (const { definition, content } of slots) {
      if (content === undefined || !definition.score || !definition.keyAnswers) continue;
      const answers = definition.keyAnswers(content, teamSeed);
      const attempt = {
        number: 1,
        answers,
        submittedAt: 1,
        submittedBy: { studentId: 's', role: 'manager' as const },
        final: true,
      };
      definition.score({ content, teamSeed, answers, attempt });
    }
  });
}
