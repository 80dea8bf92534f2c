import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { distinctNames, mobileNumber, personName, phoneDigits } from './names';

describe('generated names and phone numbers', () => {
  it('are the same for the same seed and differ between seeds', () => {
    const a = distinctNames(createRandom('a'), 20).map((name) => name.full.zh);
    expect(distinctNames(createRandom('a'), 20).map((name) => name.full.zh)).toEqual(a);
    expect(distinctNames(createRandom('b'), 20).map((name) => name.full.zh)).not.toEqual(a);
  });

  it('never repeats a full name in one list', () => {
    const names = distinctNames(createRandom('many'), 300).map((name) => name.full.zh);
    expect(new Set(names).size).toBe(300);
  });

  it('renders the same person in both languages', () => {
    const name = personName(createRandom('x'));
    expect(name.full.zh.startsWith(name.surname.zh)).toBe(true);
    expect(name.full.en.startsWith(name.surname.en)).toBe(true);
    expect(name.polite.zh).toMatch(/^(.)(先生|女士)$/);
  });

  it('gives women and men names that suit the polite form', () => {
    const random = createRandom('gender');
    const female = new Set('芳娜敏静丽艳秀霞桂欣婷雪梅玲红琳慧颖');
    for (let i = 0; i < 200; i += 1) {
      const name = personName(random);
      expect(female.has(name.full.zh.slice(-1))).toBe(name.gender === 'female');
    }
  });

  it('writes 11-digit mobile numbers that compare by digits', () => {
    const number = mobileNumber(createRandom('p'));
    expect(number).toMatch(/^1\d{2}-\d{4}-\d{4}$/);
    expect(phoneDigits(number)).toHaveLength(11);
    expect(phoneDigits('138 2047 5531')).toBe(phoneDigits('138-2047-5531'));
  });
});
