import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDatabase,
  LATEST_SCHEMA_VERSION,
  loadLanguage,
  SCHEMA_VERSIONS,
  type SimulatorDatabase,
} from '../../src/storage';

let opened: SimulatorDatabase[] = [];
let counter = 0;
/** Each test gets its own database so nothing leaks between them. */
const uniqueName = () => `upgrade-test-${(counter += 1)}`;
const open = (name: string, upTo?: number) => {
  const database = createDatabase(name, upTo);
  opened.push(database);
  return database;
};

afterEach(async () => {
  for (const database of opened) {
    database.close();
    await database.delete();
  }
  opened = [];
});

describe('database schema versions', () => {
  it('declares versions in ascending order with a date each', () => {
    const numbers = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const entry of SCHEMA_VERSIONS) expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(SCHEMA_VERSIONS.slice(0, -1).map((entry) => entry.version))(
    'upgrades a database left by version %i to the latest without losing data',
    async (oldVersion) => {
      const name = uniqueName();
      const old = open(name, oldVersion);
      await old.table('settings').put({ key: 'language', value: 'en' });
      expect(old.verno).toBe(oldVersion);
      old.close();

      const current = open(name);
      await current.open();
      expect(current.verno).toBe(LATEST_SCHEMA_VERSION);
      expect(await loadLanguage(current)).toBe('en');
      expect(current.tables.map((table) => table.name)).toEqual(
        expect.arrayContaining(['scenarioFiles', 'settings', 'classes', 'actions']),
      );
      await current.scenarioFiles.put({ id: 'x', version: '1.0.0', fileName: 'x.json', source: '{}', importedAt: 1 });
      expect(await current.scenarioFiles.count()).toBe(1);
    },
  );

  it('opens a fresh database at the latest version', async () => {
    const fresh = open(uniqueName());
    await fresh.open();
    expect(fresh.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await loadLanguage(fresh)).toBe('zh-CN');
  });
});
