import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { totalOf } from '../../scoring/criterion';
import type { Answers } from '../../session/replay';
import {
  allContents,
  finalAttempt,
  fixtureContent,
  expectBoundedAndRepeatable,
} from '../../../../tests/fixtures/scoring';
import { contentSchema, type Content } from './content';
import { generate } from './generate';
import { allQualifiedF1, describeEvidence, MAX, scoreProspecting } from './score';
import { keyAnswers, LONG_CRITERIA } from './key';

const FULL = MAX.qualified + MAX.followUp + MAX.channelFit + MAX.nextSteps + MAX.criteria;
const bakery: Content = fixtureContent(2, contentSchema);
const contents = allContents('sp03-prospecting', contentSchema);

const score = (answers: Answers, teamSeed = 'seed', content: Content = bakery) =>
  scoreProspecting({ content, teamSeed, answers, attempt: finalAttempt(answers) });
const byId = (answers: Answers, teamSeed = 'seed', content: Content = bakery) =>
  Object.fromEntries(score(answers, teamSeed, content).map((criterion) => [criterion.id, criterion]));
const earned = (answers: Answers, teamSeed = 'seed', content: Content = bakery) =>
  totalOf(score(answers, teamSeed, content)).earned;

/** Every lead qualified, each with its preferred channel and a good next step: effort without judgement. */
function qualifyEverything(content: Content, teamSeed: string): Answers {
  const { leads } = generate(content, teamSeed);
  const step = content.nextSteps.find((candidate) => candidate.appropriate)!.id;
  return {
    criteria: LONG_CRITERIA,
    qualified: leads.map((lead) => lead.id),
    channel: Object.fromEntries(leads.map((lead) => [lead.id, lead.channel])),
    nextStep: Object.fromEntries(leads.map((lead) => [lead.id, step])),
  };
}

describe('sub-project 3 scoring', () => {
  it('gives full points to the answer built from the key, for any team seed and scenario', () => {
    for (const [, content] of contents) {
      fc.assert(
        fc.property(fc.string({ maxLength: 16 }), (seed) => {
          expect(totalOf(score(keyAnswers(content, seed), seed, content))).toEqual({
            earned: FULL,
            max: FULL,
            pendingMax: 0,
          });
        }),
        { numRuns: 25 },
      );
    }
  });

  it('scores an empty submission and garbage-typed answers zero without errors', () => {
    expect(earned({})).toBe(0);
    expect(earned({ criteria: 42, qualified: 'L01', channel: ['phone'], nextStep: null })).toBe(0);
    expect(earned({ qualified: [1, null, { id: 'L01' }], channel: { L01: 3 }, nextStep: 'x' })).toBe(0);
    expect(earned({ qualified: ['L99', 'nope'], channel: { L99: 'phone' } })).toBe(0);
  });

  it('does not reward qualifying every lead, even with complete follow-up', () => {
    for (const [name, content] of contents) {
      for (const seed of ['t1', 't2', 't3']) {
        const criteria = byId(qualifyEverything(content, seed), seed, content);
        expect(criteria['prospecting.qualified']?.earned, name).toBe(0);
        expect(earned(qualifyEverything(content, seed), seed, content) / FULL, name).toBeLessThan(0.45);
      }
    }
  });

  it('scores a team that copies another team’s answers badly', () => {
    for (const [name, content] of contents) {
      let sum = 0;
      const teams = 12;
      for (let team = 0; team < teams; team += 1) {
        const copied = keyAnswers(content, `class|team-${team}`);
        sum += earned(copied, `class|team-${team + 1}`, content) / FULL;
      }
      expect(sum / teams, name).toBeLessThan(0.4);
    }
  });

  it('scores random ticking low', () => {
    const [, content] = contents[0]!;
    let sum = 0;
    const runs = 150;
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.double({ min: 0, max: 1, noNaN: true }), (seed, density) => {
        const { leads } = generate(content, seed);
        const random = keyAnswers(content, seed);
        const picked = leads.filter((_, index) => ((index * 7919 + seed.length * 31) % 100) / 100 < density);
        const answers = { ...random, qualified: picked.map((lead) => lead.id) };
        sum += earned(answers, seed, content) / FULL;
      }),
      { numRuns: runs, seed: 3 },
    );
    expect(sum / runs).toBeLessThan(0.35);
  });

  it('keeps every criterion within its maximum and is deterministic for random answers', () => {
    const { leads } = generate(bakery, 'seed');
    const ids = [...leads.map((lead) => lead.id), 'L99'];
    const channels = [...bakery.channels.map((channel) => channel.id), 'fax'];
    const steps = [...bakery.nextSteps.map((step) => step.id), 'nothing'];
    const answers = fc.record({
      criteria: fc.string({ maxLength: 60 }),
      qualified: fc.subarray(ids),
      channel: fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...channels)),
      nextStep: fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...steps)),
    });
    fc.assert(
      fc.property(answers, (generated) => {
        expectBoundedAndRepeatable(() => score(generated));
      }),
    );
  });

  it('names the missed leads and, for wrongly qualified ones, the condition they fail', () => {
    const { leads, key } = generate(bakery, 'seed');
    const missed = key[0]!;
    const wrong = leads.find((lead) => !key.includes(lead.id))!;
    const answers = { ...keyAnswers(bakery, 'seed'), qualified: [...key.slice(1), wrong.id] };
    const qualified = byId(answers)['prospecting.qualified']!;
    expect(qualified.evidence[0]).toEqual({ ref: `lead:${missed}`, verdict: 'missing' });
    expect(qualified.evidence[1]?.verdict).toBe('extra');
    expect(qualified.evidence[1]?.ref).toMatch(new RegExp(`^lead:${wrong.id}\\|attr:(type|distance|orders)$`));
    expect(qualified.explanation.params).toMatchObject({ found: key.length - 1, key: key.length, extra: 1 });
    expect(qualified.earned).toBeLessThan(MAX.qualified);
    expect(qualified.earned).toBeGreaterThan(MAX.qualified * 0.6);
  });

  it('asks for a channel and a next step on every qualified lead', () => {
    const answers = keyAnswers(bakery, 'seed');
    const [first, second] = answers['qualified'] as string[];
    const channel = { ...(answers['channel'] as Record<string, string>) };
    delete channel[first!];
    const nextStep = { ...(answers['nextStep'] as Record<string, string>), [second!]: 'unknown-step' };
    const criteria = byId({ ...answers, channel, nextStep });
    expect(criteria['prospecting.followUp']?.evidence).toEqual([
      { ref: `lead:${first}`, verdict: 'missing' },
      { ref: `lead:${second}`, verdict: 'missing' },
    ]);
    expect(criteria['prospecting.channelFit']?.evidence).toEqual([{ ref: `lead:${first}`, verdict: 'missing' }]);
  });

  it('accepts the preferred channel or one the scenario says such leads accept, and flags others', () => {
    const { leads, key } = generate(bakery, 'seed');
    const phoneLead = leads.find((lead) => key.includes(lead.id) && lead.channel === 'phone');
    const otherLead = leads.find((lead) => key.includes(lead.id) && lead.channel === 'in-store');
    expect(phoneLead && otherLead).toBeTruthy();
    const answers = keyAnswers(bakery, 'seed');
    const channel = { ...(answers['channel'] as Record<string, string>), [phoneLead!.id]: 'wechat' };
    expect(byId({ ...answers, channel })['prospecting.channelFit']?.earned).toBe(MAX.channelFit);
    channel[otherLead!.id] = 'phone';
    const fit = byId({ ...answers, channel })['prospecting.channelFit']!;
    expect(fit.evidence).toEqual([{ ref: `lead:${otherLead!.id}|channel:phone`, verdict: 'wrong' }]);
  });

  it('credits follow-up only on real prospects and names an inappropriate next step', () => {
    const { leads, key } = generate(bakery, 'seed');
    const answers = keyAnswers(bakery, 'seed');
    const wrong = leads.filter((lead) => !key.includes(lead.id)).map((lead) => lead.id);
    const padded = {
      ...answers,
      qualified: [...key, ...wrong.slice(0, key.length)],
      channel: { ...(answers['channel'] as object), ...Object.fromEntries(wrong.map((id) => [id, 'phone'])) },
      nextStep: { ...(answers['nextStep'] as object), [key[0]!]: 'flyer' },
    };
    const criteria = byId(padded);
    expect(criteria['prospecting.channelFit']?.explanation.params).toMatchObject({ fit: key.length });
    expect(criteria['prospecting.channelFit']?.earned).toBeCloseTo(MAX.channelFit / 2, 1);
    expect(criteria['prospecting.nextSteps']?.evidence).toEqual([
      { ref: `lead:${key[0]}|step:flyer`, verdict: 'wrong' },
    ]);
  });

  it('wants written criteria of the required length, counting letters and digits only', () => {
    expect(byId({ criteria: '家庭和公司，三公里内' })['prospecting.criteria']?.explanation).toEqual({
      key: 'sp03.criteria.criteriaShort',
      params: { length: 9, min: 20 },
    });
    expect(byId({ criteria: LONG_CRITERIA })['prospecting.criteria']?.earned).toBe(MAX.criteria);
  });

  it('measures F1 above the qualify-everything baseline', () => {
    expect(allQualifiedF1(40, 16)).toBeCloseTo(0.5714, 3);
    expect(allQualifiedF1(0, 0)).toBe(0);
  });

  it('waits for content when a scenario has none', () => {
    const criteria = scoreProspecting({ content: undefined, teamSeed: 's', answers: {}, attempt: finalAttempt({}) });
    expect(criteria).toHaveLength(1);
    expect(criteria[0]?.status).toBe('pending');
    expect(criteria[0]?.max).toBe(FULL);
  });
});

describe('sub-project 3 evidence names', () => {
  it('names a lead as in the table, with the attribute, channel or step that decided', () => {
    const lead = generate(bakery, 'seed').leads[6]!;
    expect(describeEvidence(bakery, 'lead:L07', 'seed')).toEqual({
      zh: `L07 ${lead.name.full.zh}`,
      en: `L07 ${lead.name.full.en}`,
    });
    expect(describeEvidence(bakery, 'lead:L07|attr:distance', 'seed')?.zh).toBe(`L07 ${lead.name.full.zh} · 距离`);
    expect(describeEvidence(bakery, 'lead:L07|channel:wechat', 'seed')?.en).toBe(`L07 ${lead.name.full.en} · WeChat`);
    expect(describeEvidence(bakery, 'lead:L07|step:flyer', 'seed')?.en).toContain('flyer');
    expect(describeEvidence(bakery, 'lead:L99', 'seed')).toBeUndefined();
    expect(describeEvidence(bakery, 'problem:x', 'seed')).toBeUndefined();
  });

  it('names a firm lead by company and contact person', () => {
    const textile = contents.find(([name]) => name === 'textile-sme')![1];
    const lead = generate(textile, 'seed').leads[0]!;
    expect(describeEvidence(textile, 'lead:L01', 'seed')?.zh).toBe(`L01 ${lead.firm!.zh}（${lead.name.full.zh}）`);
  });
});
