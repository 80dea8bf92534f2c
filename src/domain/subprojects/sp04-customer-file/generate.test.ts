import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phoneDigits } from '../../generate';
import { allContents } from '../../../../tests/fixtures/scoring';
import { contentSchema, type Content } from './content';
import { generate, type CustomerFileData } from './generate';

const contents = allContents('sp04-customer-file', contentSchema);
const carMarket = contents[0]![1];

/** Checks everything the exercise promises about one team's raw material. */
function expectSound(content: Content, data: CustomerFileData) {
  const { customers, notes } = data;
  expect(customers.length).toBeGreaterThanOrEqual(content.customerCount.min);
  expect(customers.length).toBeLessThanOrEqual(content.customerCount.max);
  if (customers.length >= 10) {
    expect(notes.length).toBeGreaterThanOrEqual(30);
    expect(notes.length).toBeLessThanOrEqual(50);
  }
  expect(notes.map((note) => note.id)).toEqual(notes.map((_, index) => `N${String(index + 1).padStart(2, '0')}`));
  expect(new Set(customers.map((customer) => customer.name.full.zh)).size).toBe(customers.length);
  const allPhones = customers.flatMap((customer) => [
    customer.phone,
    ...(customer.oldPhone ? [customer.oldPhone] : []),
  ]);
  expect(new Set(allPhones).size).toBe(allPhones.length);
  const duplicated = customers.filter((customer) => customer.notes.length > 1);
  expect(duplicated.length / customers.length).toBeGreaterThanOrEqual(0.3);
  expect(customers.filter((customer) => customer.oldPhone).length).toBeGreaterThanOrEqual(2);
  expect(new Set(customers.map((customer) => customer.scope))).toEqual(new Set(['narrow', 'broad']));

  for (const customer of customers) {
    expect(customer.notes.length).toBeGreaterThanOrEqual(1);
    expect(customer.notes.length).toBeLessThanOrEqual(3);
    const own = customer.notes.map((id) => notes.find((note) => note.id === id)!);
    expect(own.every((note) => note.customer === customer.id)).toBe(true);
    expect(new Set(own.map((note) => note.date)).size).toBe(own.length);
    const type = content.customerTypes.find((candidate) => candidate.id === customer.type)!;
    const place = content.places.find((candidate) => candidate.id === customer.place)!;
    const interest = content.interests.find((candidate) => candidate.id === customer.interest)!;
    expect(interest.types).toContain(customer.type);
    for (const language of ['zh', 'en'] as const) {
      const texts = own.map((note) => note.text[language]);
      // The truth is knowable: the full name, the place, the interest and a cue to the type appear somewhere.
      expect(texts.some((text) => text.includes(customer.name.full[language]))).toBe(true);
      expect(texts.some((text) => text.includes(place.label[language]))).toBe(true);
      expect(texts.some((text) => text.includes(interest.label[language]))).toBe(true);
      expect(texts.some((text) => type.cues.some((cue) => text.includes(cue[language])))).toBe(true);
      expect(texts.every((text) => !/\{\w+\}/.test(text))).toBe(true);
    }
    // Latest-date-wins gives the current number.
    const withPhone = [...own].sort((a, b) => a.date.localeCompare(b.date)).filter((note) => note.phone);
    expect(phoneDigits(withPhone.at(-1)!.phone!)).toBe(phoneDigits(customer.phone));
    if (customer.oldPhone) expect(phoneDigits(withPhone[0]!.phone!)).toBe(phoneDigits(customer.oldPhone));
    // A note that only says 王先生 carries a number a full-name note of the same customer also shows.
    for (const note of own.filter((candidate) => candidate.nameForm === 'polite')) {
      expect(note.phone).toBeDefined();
      expect(
        own.some(
          (other) => other.nameForm === 'full' && other.phone && phoneDigits(other.phone) === phoneDigits(note.phone!),
        ),
      ).toBe(true);
    }
  }
}

describe('sub-project 4 generator', () => {
  it.each(contents)('gives %s a sound, knowable file for any team seed', (_, content) => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), (seed) => expectSound(content, generate(content, seed))),
      { numRuns: 60 },
    );
  });

  it('is the same for one team and different for two teams', () => {
    const first = generate(carMarket, 'class-1/team-1');
    expect(generate(structuredClone(carMarket), 'class-1/team-1')).toEqual(first);
    const other = generate(carMarket, 'class-1/team-2');
    expect(other.customers.map((customer) => customer.name.full.zh)).not.toEqual(
      first.customers.map((customer) => customer.name.full.zh),
    );
  });

  it('duplicates name a customer differently: 王先生 with a phone, or another number format', () => {
    const data = generate(carMarket, 'formats');
    const polite = data.notes.filter((note) => note.nameForm === 'polite');
    expect(polite.length).toBeGreaterThan(0);
    expect(polite[0]!.text.zh).toMatch(/(先生|女士)/);
    const formats = new Set(data.notes.flatMap((note) => (note.phone ? [note.phone.replace(/\d/g, '9')] : [])));
    expect(formats.size).toBeGreaterThan(1);
  });
});
