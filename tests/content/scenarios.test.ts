/**
 * Content checks for every scenario file shipped in scenarios/: valid against
 * the schema, bilingual everywhere, and the committed JSON Schema up to date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioJsonSchema } from '../../src/domain/scenario';

const SCHEMA_FILE = 'scenario.schema.json';
const scenarioFiles = readdirSync('scenarios').filter((name) => name.endsWith('.json') && name !== SCHEMA_FILE);
const CJK = /[\u3400-\u9fff]/;

/** Every { zh, en } pair in a JSON value, with its path. */
function bilingualTexts(value: unknown, path = ''): { path: string; zh: unknown; en: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => bilingualTexts(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = 'zh' in record || 'en' in record ? [{ path, zh: record['zh'], en: record['en'] }] : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, child]) => bilingualTexts(child, path ? `${path}.${key}` : key)),
  ];
}

describe('bundled scenarios', () => {
  it('ships the three course scenarios', () => {
    expect(scenarioFiles.sort()).toEqual(['car-market.json', 'securities-firm.json', 'textile-sme.json']);
  });

  describe.each(scenarioFiles)('%s', (file) => {
    const source = readFileSync(join('scenarios', file), 'utf8');

    it('validates against the scenario schema', () => {
      const result = parseScenario(source);
      expect(result.ok ? [] : result.problems).toEqual([]);
      if (result.ok) expect(`${result.scenario.id}.json`).toBe(file);
    });

    it('gives every Chinese text its English twin and vice versa', () => {
      const texts = bilingualTexts(JSON.parse(source));
      expect(texts.length).toBeGreaterThan(100);
      const faults = texts.flatMap(({ path, zh, en }) => {
        const found: string[] = [];
        // A unit such as "%" is the same in both languages; anything with words must be Chinese.
        const symbolsOnly = typeof zh === 'string' && zh === en && /^[\p{P}\p{S}\d\s]+$/u.test(zh);
        if (typeof zh !== 'string' || (!CJK.test(zh) && !symbolsOnly)) found.push(`${path}.zh is not Chinese text`);
        if (typeof en !== 'string' || en.trim() === '') found.push(`${path}.en is missing`);
        else if (CJK.test(en)) found.push(`${path}.en contains Chinese characters`);
        return found;
      });
      expect(faults).toEqual([]);
    });

    it('says it is adapted from a published case', () => {
      const scenario = JSON.parse(source) as { source: { adaptedFrom: { zh: string; en: string } } };
      expect(scenario.source.adaptedFrom.en.toLowerCase()).toMatch(/adapted|based on/);
      expect(scenario.source.adaptedFrom.zh).toMatch(/改编|根据|基于/);
    });

    it('contains none of the spam scraped into the seed documents', () => {
      expect(source).not.toMatch(/米乐|m6官网|官网登录|体育|娱乐平台|彩票|casino|bet365/i);
    });
  });
});

describe('scenario.schema.json', () => {
  it('is the schema generated from the zod schema (run `npm run schema:generate` if this fails)', () => {
    const committed = JSON.parse(readFileSync(join('scenarios', SCHEMA_FILE), 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });
});
