import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassPack, createSubmission } from '../../src/domain/exchange';
import type { Action } from '../../src/domain/session/actions';
import { newClassSession } from '../../src/domain/session/class';
import { parseScenario } from '../../src/domain/scenario';

const parsed = parseScenario(readFileSync('scenarios/textile-sme.json', 'utf8'));
if (!parsed.ok) throw new Error('textile-sme must be valid');
const classSession = newClassSession({
  id: 'class-cli',
  name: 'CLI',
  scenario: parsed.scenario,
  seed: 'CLI-SEED',
  createdAt: 0,
  roleMode: 'fixed',
  resubmission: { allowed: false, counts: 'last' },
  openAll: true,
});
const teams = [1, 2].map((n) => ({ id: `team-${n}`, number: n, memberIds: [`s${n}a`, `s${n}b`, `s${n}c`] }));
const submitted = (teamId: string): Action[] => [
  {
    id: `${teamId}-1`,
    classId: classSession.id,
    teamId,
    subprojectId: 'sp07-channels',
    studentId: 'x',
    role: 'manager',
    at: 1,
    type: 'subproject.submit',
  },
];

describe('npm run score', () => {
  it('re-scores submissions with the class pack and writes one row per team', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'score-'));
    const write = (name: string, value: unknown) => {
      writeFileSync(join(dir, name), JSON.stringify(value));
      return join(dir, name);
    };
    const pack = write(
      'pack.json',
      await createClassPack({ classSession, students: [], teams, roleAssignments: {}, exportedAt: 1 }),
    );
    const team2 = write(
      'team-2.json',
      await createSubmission({ classSession, teamId: 'team-2', actions: submitted('team-2'), exportedAt: 2 }),
    );
    const team1 = write(
      'team-1.json',
      await createSubmission({ classSession, teamId: 'team-1', actions: submitted('team-1'), exportedAt: 2 }),
    );
    const foreign = write(
      'foreign.json',
      await createSubmission({
        classSession: { ...classSession, id: 'other' },
        teamId: 'team-1',
        actions: [],
        exportedAt: 2,
      }),
    );
    const out = join(dir, 'scores.csv');

    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/score.ts', pack, team2, team1, foreign, '--out', out],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toContain('foreign.json: exchange.wrongClass');
    expect(run.status).toBe(1);
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFF小组,01 企业CRM诊断,02 /);
    expect(lines[0]).toMatch(/,合计$/);
    // Sub-project 7 has no scorer yet: process credit only (1 of 11 points) of its 6.
    expect(lines[1]).toBe('1,,,,,,,0.55,,,,,,0.55');
    expect(lines[2]).toBe('2,,,,,,,0.55,,,,,,0.55');
  }, 30_000);

  it('explains what it needs when the class pack is missing', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/score.ts', 'tests/fixtures/minimal-scenario.json', '--out', '/tmp/x.csv'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('give exactly one class pack file');
  }, 30_000);
});
