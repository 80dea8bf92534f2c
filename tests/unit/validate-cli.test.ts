import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function validate(...files: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-scenarios.ts', ...files], {
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run validate:scenarios', () => {
  it('prints every problem of every file with its JSON path and exits non-zero', () => {
    const { status, output } = validate(
      'tests/fixtures/invalid/several-problems.json',
      'tests/fixtures/minimal-scenario.json',
    );
    expect(status).toBe(1);
    expect(output).toContain('✗ tests/fixtures/invalid/several-problems.json: 4 problem(s)');
    expect(output).toContain('subprojects[4].points: expected number, received string');
    expect(output).toContain('title.en:');
    expect(output).toContain('dossier.people[0].title:');
    expect(output).toContain('glossary[0].id:');
    expect(output).toContain('✓ tests/fixtures/minimal-scenario.json');
  }, 30_000);

  it('exits zero when every file is valid and reports a missing file', () => {
    expect(validate('tests/fixtures/minimal-scenario.json').status).toBe(0);
    const missing = validate('tests/fixtures/nope.json');
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('cannot read');
  }, 30_000);
});
