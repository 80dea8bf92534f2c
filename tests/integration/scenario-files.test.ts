import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addScenarioFile,
  createDatabase,
  listScenarioFiles,
  removeScenarioFile,
  saveLanguage,
  loadLanguage,
  type SimulatorDatabase,
} from '../../src/storage';

const minimal = readFileSync('tests/fixtures/minimal-scenario.json', 'utf8');
let database: SimulatorDatabase;
let counter = 0;

beforeEach(() => {
  database = createDatabase(`scenario-files-${(counter += 1)}`);
});
afterEach(async () => {
  database.close();
  await database.delete();
});

describe('instructor scenario files', () => {
  it('stores a valid file and lists it', async () => {
    const result = await addScenarioFile(database, 'bakery.json', minimal, ['car-market'], 1000);
    expect(result).toMatchObject({ ok: true, replaced: false, row: { id: 'test-bakery', version: '1.0.0' } });
    expect((await listScenarioFiles(database)).map((row) => row.id)).toEqual(['test-bakery']);
  });

  it('refuses an invalid file with its problems and leaves stored files untouched', async () => {
    await addScenarioFile(database, 'bakery.json', minimal, [], 1000);
    const broken = minimal.replace('"version": "1.0.0"', '"version": "one"');
    const result = await addScenarioFile(database, 'bakery.json', broken, [], 2000);
    expect(result).toMatchObject({ ok: false, reason: 'invalid', problems: [{ path: 'version' }] });
    const [stored] = await listScenarioFiles(database);
    expect(stored?.source).toBe(minimal);
  });

  it('refuses a file that would shadow a bundled scenario', async () => {
    const result = await addScenarioFile(database, 'x.json', minimal, ['test-bakery']);
    expect(result).toEqual({ ok: false, reason: 'bundledId', id: 'test-bakery' });
    expect(await listScenarioFiles(database)).toEqual([]);
  });

  it('replaces an earlier copy of the same scenario and can remove it', async () => {
    await addScenarioFile(database, 'a.json', minimal, [], 1);
    const again = await addScenarioFile(database, 'b.json', minimal, [], 2);
    expect(again).toMatchObject({ ok: true, replaced: true });
    expect(await listScenarioFiles(database)).toHaveLength(1);
    await removeScenarioFile(database, 'test-bakery');
    expect(await listScenarioFiles(database)).toEqual([]);
  });
});

describe('language setting', () => {
  it('remembers the chosen language and ignores an unknown stored value', async () => {
    expect(await loadLanguage(database)).toBe('zh-CN');
    await saveLanguage(database, 'en');
    expect(await loadLanguage(database)).toBe('en');
    await database.settings.put({ key: 'language', value: 'klingon' });
    expect(await loadLanguage(database)).toBe('zh-CN');
  });
});
