import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, validateScenario } from './parse';
import { formatPath } from './problems';

const minimalSource = readFileSync('tests/fixtures/minimal-scenario.json', 'utf8');
/** A fresh, valid scenario object for each test to break in its own way. */
const valid = (): Record<string, any> => JSON.parse(minimalSource);
const paths = (raw: unknown): string[] => {
  const result = validateScenario(raw);
  return result.ok ? [] : result.problems.map((problem) => problem.path);
};

describe('validateScenario', () => {
  it('accepts a valid scenario and returns typed data', () => {
    const result = parseScenario(minimalSource);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.scenario.subprojects).toHaveLength(12);
  });

  it('reports every problem of a file with several, each at its JSON path', () => {
    const scenario = valid();
    scenario.subprojects[4].points = 'ten';
    scenario.title.en = '';
    delete scenario.dossier.people[0].title;
    scenario.roleBriefs.advisor.privateFacts = [];
    scenario.glossary[0].id = 'Not An Id';
    scenario.dossier.timeline[0].date = '2015-13';
    const result = validateScenario(scenario);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).toEqual([
      'title.en',
      'dossier.timeline[0].date',
      'dossier.people[0].title',
      'roleBriefs.advisor.privateFacts',
      'glossary[0].id',
      'subprojects[4].points',
    ]);
    expect(result.problems.find((problem) => problem.path === 'subprojects[4].points')?.message).toMatch(
      /expected number/,
    );
  });

  it('names unknown keys one by one so typos are easy to find', () => {
    const scenario = valid();
    scenario.dossier.probelms = [];
    scenario.subprojects[0].pionts = 6;
    expect(paths(scenario)).toEqual(['dossier.probelms', 'subprojects[0].pionts']);
  });

  it('reports an unknown sub-project id at its id', () => {
    const scenario = valid();
    scenario.subprojects[2].id = 'sp03-prospects';
    const result = validateScenario(scenario);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'subprojects[2].id', message: 'not a known sub-project id' },
    ]);
  });

  it('checks order, count and the 100-point total once the fields are well formed', () => {
    const reordered = valid();
    [reordered.subprojects[0], reordered.subprojects[1]] = [reordered.subprojects[1], reordered.subprojects[0]];
    expect(paths(reordered)).toEqual(['subprojects[0].id', 'subprojects[1].id']);

    const missing = valid();
    missing.subprojects.pop();
    expect(paths(missing)).toEqual(['subprojects']);

    const heavy = valid();
    heavy.subprojects[0].points = 7;
    const result = validateScenario(heavy);
    expect(result.ok ? '' : result.problems[0]?.message).toBe('points must sum to 100, found 101');
  });

  it('reports duplicate ids and repeated lead roles', () => {
    const scenario = valid();
    scenario.dossier.problems.push({ ...scenario.dossier.problems[0] });
    scenario.subprojects[1].leadRoles = ['manager', 'manager'];
    expect(paths(scenario)).toEqual(['subprojects[1].leadRoles', 'dossier.problems[1].id']);
  });

  it('refuses a file from a newer app version with a clear message', () => {
    const scenario = valid();
    scenario.schemaVersion = 2;
    const result = validateScenario(scenario);
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(/newer than this app understands/);
  });

  it('reports a file that is not an object at the root', () => {
    expect(paths([])).toEqual(['(root)']);
    expect(paths(null)).toEqual(['(root)']);
  });
});

describe('parseScenario', () => {
  it('locates a JSON syntax error by line and column', () => {
    const broken = minimalSource.replace('"version": "1.0.0",', '"version": "1.0.0"');
    const result = parseScenario(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(/^not valid JSON at line 6, column \d+/);
  });

  it('never throws on garbage', () => {
    expect(parseScenario('').ok).toBe(false);
    expect(parseScenario('{').ok).toBe(false);
  });
});

describe('formatPath', () => {
  it('writes paths as people do', () => {
    expect(formatPath(['subprojects', 4, 'points'])).toBe('subprojects[4].points');
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['$schema'])).toBe('$schema');
    expect(formatPath(['a', 'odd key'])).toBe('a["odd key"]');
  });
});
