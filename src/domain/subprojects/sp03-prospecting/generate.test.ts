import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allContents, fixtureContent } from '../../../../tests/fixtures/scoring';
import { contentSchema } from './content';
import { generate } from './generate';
import { failedConditions, gridValues } from './rule';

const contents = allContents('sp03-prospecting', contentSchema);

describe('sub-project 3 lead generator', () => {
  it.each(contents)(
    '%s: draws 30–60 leads with distinct names, the key by the rule, most misses near',
    (_, content) => {
      fc.assert(
        fc.property(fc.string({ minLength: 1, maxLength: 20 }), (seed) => {
          const { leads, key } = generate(content, seed);
          expect(leads.length).toBeGreaterThanOrEqual(content.poolSize.min);
          expect(leads.length).toBeLessThanOrEqual(content.poolSize.max);
          expect(leads.map((lead) => lead.id)).toEqual(
            leads.map((_, index) => `L${String(index + 1).padStart(2, '0')}`),
          );
          const names = leads.map((lead) => lead.firm?.zh ?? lead.name.full.zh);
          expect(new Set(names).size).toBe(leads.length);
          const failures = leads.map((lead) => failedConditions(content.rule, lead.values).length);
          expect(key).toEqual(leads.filter((_, index) => failures[index] === 0).map((lead) => lead.id));
          const share = key.length / leads.length;
          expect(share).toBeGreaterThanOrEqual(content.qualifiedShare.min - 1.5 / leads.length);
          expect(share).toBeLessThanOrEqual(content.qualifiedShare.max + 1.5 / leads.length);
          const unqualified = failures.filter((count) => count > 0);
          expect(unqualified.filter((count) => count === 1).length / unqualified.length).toBeGreaterThanOrEqual(0.7);
        }),
        { numRuns: 40 },
      );
    },
  );

  it.each(contents)('%s: every condition decides some near misses, and values stay on their grid', (_, content) => {
    const { leads } = generate(content, 'grid-check');
    for (const condition of content.rule) {
      const decided = leads.filter((lead) => {
        const failed = failedConditions(content.rule, lead.values);
        return failed.length === 1 && failed[0] === condition;
      });
      expect(decided.length, condition.attribute).toBeGreaterThanOrEqual(2);
    }
    for (const attribute of content.attributes) {
      const allowed: readonly unknown[] =
        attribute.kind === 'category' ? attribute.values.map((value) => value.id) : gridValues(attribute);
      for (const lead of leads) expect(allowed).toContain(lead.values[attribute.id]);
    }
    for (const lead of leads) {
      expect(content.channels.map((channel) => channel.id)).toContain(lead.channel);
      expect(content.sources.map((source) => source.id)).toContain(lead.source);
      expect(lead.note.zh).not.toContain('{value}');
      expect(lead.note.en).not.toMatch(/[\u3400-\u9fff]/);
    }
  });

  it('gives one team the same data every time and two teams different data', () => {
    const content = fixtureContent(2, contentSchema);
    // A fresh copy of the content defeats the cache, so this checks the generator itself.
    const again = structuredClone(content);
    expect(generate(again, 'class-1|team-1')).toEqual(generate(content, 'class-1|team-1'));
    const one = generate(content, 'class-1|team-1');
    const two = generate(content, 'class-1|team-2');
    expect(two.leads.map((lead) => lead.values)).not.toEqual(one.leads.map((lead) => lead.values));
    expect(two.key).not.toEqual(one.key);
  });

  it('names firm leads after a company with a contact person', () => {
    const textile = contents.find(([name]) => name === 'textile-sme')?.[1];
    const lead = textile && generate(textile, 'firm')?.leads[0];
    expect(lead?.firm?.zh).toMatch(/有限公司$/);
    expect(lead?.firm?.en).toMatch(/Co\., Ltd\.$/);
  });

  it('generates a team pool in well under a few milliseconds', () => {
    const [, content] = contents[0]!;
    generate(structuredClone(content), 'warm-up');
    const samples = Array.from({ length: 15 }, (_, index) => {
      const copy = structuredClone(content);
      const start = performance.now();
      generate(copy, `speed-${index}`);
      return performance.now() - start;
    }).sort((a, b) => a - b);
    expect(samples[7]).toBeLessThan(10);
  });
});

describe('number grid', () => {
  it('lists min to max by step without floating-point noise', () => {
    expect(gridValues({ min: 0.5, max: 2, step: 0.5 })).toEqual([0.5, 1, 1.5, 2]);
    expect(gridValues({ min: 0.1, max: 0.4, step: 0.1 })).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(gridValues({ min: 3, max: 1, step: 1 })).toEqual([]);
  });
});
