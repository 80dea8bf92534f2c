import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { totalOf } from '../../scoring/criterion';
import type { Answers } from '../../session/replay';
import { finalAttempt, fixtureContent, scenarioContent } from '../../../../tests/fixtures/scoring';
import { FIELDS, recordsJson, type TeamRecord } from './answers';
import { contentSchema, type Content } from './content';
import { generate } from './generate';
import { keyRecords } from './key';
import { describeEvidence, MAX, scoreCustomerFile } from './score';

const content: Content = fixtureContent(3, contentSchema);
const SEED = 'bakery/class-1/team-1';
const full = MAX.merge + MAX.fields + MAX.required + MAX.classification + MAX.coverage;
const score = (answers: Answers, teamSeed = SEED) =>
  scoreCustomerFile({ content, teamSeed, answers, attempt: finalAttempt(answers) });
const byId = (answers: Answers, teamSeed = SEED) =>
  Object.fromEntries(score(answers, teamSeed).map((criterion) => [criterion.id, criterion]));
const asAnswers = (records: readonly TeamRecord[]): Answers => ({ [FIELDS.records]: recordsJson(records) });

const data = generate(content, SEED);
const key = keyRecords(data);

describe('sub-project 4 scoring', () => {
  it('gives the key full points, in either language and any phone format', () => {
    expect(totalOf(score(asAnswers(key)))).toEqual({ earned: full, max: full, pendingMax: 0 });
    const english = key.map((record, index) => ({
      ...record,
      name: data.customers[index]!.name.full.en.toUpperCase(),
      phone: record.phone.replace(/-/g, ' '),
    }));
    expect(totalOf(score(asAnswers(english))).earned).toBe(full);
  });

  it('scores an empty or malformed submission zero without errors', () => {
    expect(totalOf(score({})).earned).toBe(0);
    expect(totalOf(score({ records: [] })).earned).toBe(0);
    for (const garbage of [
      'x',
      3,
      { R1: 'a' },
      [null, 'R1', { id: 7 }, { id: 'R1', notes: 'N01' }],
      [{ id: 'R1', notes: [1, 'N999'], name: 5 }],
    ])
      expect(totalOf(score({ records: garbage })).earned).toBe(0);
  });

  it('names unmerged duplicates, mixed records, the old phone number and the polite name as evidence', () => {
    const conflict = data.customers.find((customer) => customer.oldPhone)!;
    const [a, b] = data.customers.filter((customer) => customer !== conflict);
    const records = key.map((record) => ({ ...record }));
    const at = (customer: typeof conflict) => records.findIndex((record) => record.notes[0] === customer.notes[0]);
    // The conflicting customer keeps the old number; customer a is split; customer b is called 王先生.
    records[at(conflict)] = { ...records[at(conflict)]!, phone: conflict.oldPhone! };
    const aRecord = records[at(a!)]!;
    records[at(a!)] = { ...aRecord, notes: aRecord.notes.slice(0, 1) };
    records.push({ ...aRecord, id: 'R99', notes: aRecord.notes.slice(1) });
    records[at(b!)] = { ...records[at(b!)]!, name: b!.name.polite.zh };
    const criteria = byId(asAnswers(records));
    expect(criteria['customerFile.merge']?.evidence).toContainEqual({ ref: `customer:${a!.id}`, verdict: 'wrong' });
    const duplicated = data.customers.filter((customer) => customer.notes.length > 1).length;
    expect(criteria['customerFile.merge']?.explanation.params).toMatchObject({ merged: duplicated - 1, duplicated });
    expect(criteria['customerFile.fields']?.evidence).toHaveLength(2);
    expect(criteria['customerFile.fields']?.evidence).toEqual(
      expect.arrayContaining([
        { ref: `field:${records[at(conflict)]!.id}:phone:${conflict.id}`, verdict: 'wrong' },
        { ref: `field:${records[at(b!)]!.id}:name:${b!.id}`, verdict: 'wrong' },
      ]),
    );
    expect(criteria['customerFile.fields']?.explanation.params).toEqual({
      right: 4 * (data.customers.length + 1) - 2,
      fields: 4 * (data.customers.length + 1),
      uncovered: 0,
    });
    expect(criteria['customerFile.coverage']?.earned).toBe(MAX.coverage);

    const mixed = key.filter((record) => record.id !== 'R2').map((record) => ({ ...record }));
    mixed[0] = { ...mixed[0]!, notes: [...mixed[0]!.notes, ...key[1]!.notes] };
    const mixedCriteria = byId(asAnswers(mixed));
    expect(mixedCriteria['customerFile.merge']?.evidence).toContainEqual({
      ref: `record:R1:${data.customers[0]!.id}+${data.customers[1]!.id}`,
      verdict: 'wrong',
    });
    expect(mixedCriteria['customerFile.coverage']?.evidence).toEqual([
      { ref: `customer:${data.customers[1]!.id}`, verdict: 'missing' },
    ]);

    // A customer left out entirely is a coverage gap, named once there, not a merging mistake.
    const dropped = byId(asAnswers(key.slice(1)));
    expect(dropped['customerFile.merge']?.evidence).toEqual([]);
    expect(byId({})['customerFile.merge']?.explanation.params['merged']).toBe(0);
    expect(dropped['customerFile.fields']?.evidence).toEqual([]);
    expect(dropped['customerFile.fields']?.explanation.params['uncovered']).toBe(1);
    expect(dropped['customerFile.coverage']?.evidence).toEqual([
      { ref: `customer:${data.customers[0]!.id}`, verdict: 'missing' },
    ]);
  });

  it('counts required fields over every record and every customer, and a phone only when it has 11 digits', () => {
    const records = key.map((record, index) => (index === 0 ? { ...record, phone: '138-0000', type: '' } : record));
    const criteria = byId(asAnswers(records));
    expect(criteria['customerFile.required']?.evidence).toEqual([
      { ref: 'field:R1:phone', verdict: 'wrong' },
      { ref: 'field:R1:type', verdict: 'missing' },
    ]);
    expect(criteria['customerFile.classification']?.evidence).toEqual([
      { ref: `field:R1:type:${data.customers[0]!.id}`, verdict: 'missing' },
    ]);
  });

  it('gives a team that copies another team’s file few points', () => {
    const other = keyRecords(generate(content, 'bakery/class-1/team-2'));
    expect(totalOf(score(asAnswers(other))).earned).toBeLessThan(full * 0.4);
    expect(totalOf(score(asAnswers(key), 'bakery/class-1/team-2')).earned).toBeLessThan(full * 0.4);
  });

  it('gives the key full points and random files few points, for any team seed', () => {
    const index = fc.nat({ max: 99 });
    const record = fc.record({
      notes: fc.array(index, { maxLength: 4 }),
      name: index,
      phone: index,
      place: index,
      interest: index,
      type: index,
      scope: fc.constantFrom('', 'narrow', 'broad'),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.array(record, { maxLength: 10 }), (seed, drawn) => {
        const team = generate(content, seed);
        expect(totalOf(score(asAnswers(keyRecords(team)), seed)).earned).toBe(full);
        // Random picks from the team's own notes, names, numbers and option lists ('' when the index runs past).
        const at = <T>(list: readonly T[], i: number) => list[i % (list.length + 2)];
        const records = drawn.map((entry, i) => ({
          id: `R${i + 1}`,
          notes: entry.notes.map((n) => team.notes[n % team.notes.length]!.id),
          name: at(team.customers, entry.name)?.name.full.zh ?? '',
          phone: at(team.customers, entry.phone)?.phone ?? '',
          place: at(content.places, entry.place)?.id ?? '',
          interest: at(content.interests, entry.interest)?.id ?? '',
          type: at(content.customerTypes, entry.type)?.id ?? '',
          scope: entry.scope,
        }));
        const criteria = score(asAnswers(records), seed);
        for (const criterion of criteria) expect(criterion.earned).toBeLessThanOrEqual(criterion.max);
        expect(totalOf(criteria).earned).toBeLessThan(full * 0.5);
        expect(score(asAnswers(records), seed)).toEqual(criteria);
      }),
      { numRuns: 150 },
    );
  });

  it.each(['car-market', 'securities-firm', 'textile-sme'])('in %s: the key scores full, a copied file low', (id) => {
    const real = scenarioContent(`scenarios/${id}.json`, 'sp04-customer-file', contentSchema);
    const run = (records: readonly TeamRecord[], teamSeed: string) =>
      totalOf(scoreCustomerFile({ content: real, teamSeed, answers: asAnswers(records), attempt: finalAttempt({}) }));
    const own = keyRecords(generate(real, `${id}/team-1`));
    expect(run(own, `${id}/team-1`).earned).toBe(full);
    expect(run(own, `${id}/team-2`).earned).toBeLessThan(full * 0.3);
  });

  it('generates and scores a team in a few milliseconds', () => {
    const started = performance.now();
    for (let team = 0; team < 20; team += 1) {
      const seed = `speed/team-${team}`;
      score(asAnswers(keyRecords(generate(content, seed))), seed);
    }
    // Generous, because lab machines and CI runners are shared; typical is 2–3 ms.
    expect((performance.now() - started) / 20).toBeLessThan(15);
  });

  it('names evidence in the words on screen', () => {
    const customer = data.customers[0]!;
    expect(describeEvidence(content, `field:R3:phone:${customer.id}`, SEED)).toEqual({
      zh: `R3 · 电话（${customer.name.full.zh}）`,
      en: `R3 · phone (${customer.name.full.en})`,
    });
    expect(describeEvidence(content, 'field:R3:type', SEED)?.zh).toBe('R3 · 客户类型');
    expect(describeEvidence(content, `customer:${customer.id}`, SEED)?.zh).toBe(
      `${customer.name.full.zh}（${customer.notes.join('、')}）`,
    );
    expect(describeEvidence(content, `record:R2:C01+C02`, SEED)?.en).toBe(
      `R2 (${data.customers[0]!.name.full.en} + ${data.customers[1]!.name.full.en})`,
    );
    expect(describeEvidence(content, 'record:R7', SEED)?.zh).toBe('R7');
    expect(describeEvidence(content, 'nonsense', SEED)).toBeUndefined();
  });
});

describe('sub-project 4 content rules', () => {
  it('reports an author’s mistakes with their JSON paths', () => {
    const broken = structuredClone(content) as any;
    broken.interests[0].types.push('ghost');
    broken.noteKinds[0].templates[1].en = 'Called about {interest}; phone {phone}.';
    broken.noteKinds[1].templates[0].zh = '{name}说{mood}';
    broken.period.to = '2024-02-01';
    broken.customerTypes = broken.customerTypes.map((type: { scope: string }) => ({ ...type, scope: 'narrow' }));
    const result = contentSchema.safeParse(broken);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'interests.0.types.2',
      'customerTypes',
      'noteKinds.0.templates.1',
      'noteKinds.1.templates.0',
      'period.to',
    ]);
  });
});
