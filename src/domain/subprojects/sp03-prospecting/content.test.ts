import { describe, expect, it } from 'vitest';
import { fixtureContent, scenarioContent } from '../../../../tests/fixtures/scoring';
import { contentSchema } from './content';

const bakery = fixtureContent(2, contentSchema);
const paths = (content: unknown) => {
  const result = contentSchema.safeParse(content);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('sub-project 3 content rules', () => {
  it('accepts the bundled content', () => {
    expect(paths(bakery)).toEqual([]);
    expect(paths(scenarioContent('scenarios/textile-sme.json', 'sp03-prospecting', contentSchema))).toEqual([]);
  });

  it('reports a rule that names an unknown attribute or value, or leaves nobody on one side, at its path', () => {
    const broken = structuredClone(bakery) as { rule: Record<string, unknown>[] };
    broken.rule[0] = { attribute: 'type', oneOf: ['household', 'castle'] };
    broken.rule[1] = { attribute: 'distance', atMost: 100 };
    broken.rule[2] = { attribute: 'mood', atLeast: 1 };
    expect(paths(broken)).toEqual([
      'rule.0.oneOf.1: attribute "type" has no value "castle"',
      'rule.1: every value between 0.5 and 8 meets this condition',
      'rule.2.attribute: unknown attribute "mood"',
    ]);
  });

  it('reports conditions of the wrong kind and a rule that lists every value', () => {
    const broken = structuredClone(bakery) as { rule: Record<string, unknown>[] };
    broken.rule[0] = { attribute: 'type', atLeast: 2 };
    broken.rule[1] = { attribute: 'distance', oneOf: ['near'] };
    broken.rule[2] = { attribute: 'type', oneOf: ['household', 'office', 'school'] };
    expect(paths(broken)).toEqual([
      'rule.0: category attribute "type" needs oneOf',
      'rule.1.oneOf: number attribute "distance" takes atLeast/atMost, not oneOf',
      'rule.2.attribute: attribute "type" has two conditions; merge them',
      'rule.2.oneOf: oneOf lists every value, so no lead could fail this condition',
    ]);
  });

  it('checks channels, next steps, duplicates, pool size and firm names', () => {
    const broken = structuredClone(
      scenarioContent('scenarios/textile-sme.json', 'sp03-prospecting', contentSchema),
    ) as Record<string, unknown> & {
      channelFits: Record<string, string[]>;
      nextSteps: { appropriate: boolean }[];
      sources: { id: string }[];
      firmNames: { stems: unknown[] };
      poolSize: { min: number; max: number };
    };
    broken.channelFits['fax'] = ['phone'];
    broken.channelFits['phone'] = ['pigeon'];
    broken.nextSteps.forEach((step, index) => (step.appropriate = index === 0));
    broken.sources[1]!.id = broken.sources[0]!.id;
    broken.firmNames.stems = broken.firmNames.stems.slice(0, 5);
    broken.poolSize = { min: 50, max: 40 };
    expect(paths(broken)).toEqual([
      'sources.1.id: duplicate id "trade-fair"',
      'channelFits.phone.0: unknown channel "pigeon"',
      'channelFits.fax: unknown channel "fax"',
      'nextSteps: needs at least 2 appropriate next steps, found 1',
      'poolSize.min: min is greater than max',
      'firmNames.stems: stems × kinds give 20 names, fewer than poolSize.max (40)',
    ]);
  });
});
