import { describe, expect, it } from 'vitest';
import { FIELD_LABELS } from '../../../domain/subprojects/sp04-customer-file/review';
import { RECORD_FIELDS } from '../../../domain/subprojects/sp04-customer-file/content';
import { en, zhCN } from '../../../i18n/subprojects/sp04';
import { problemOf } from './validation';

describe('sub-project 4 checks as you type', () => {
  it('asks for required fields, a full name and an 11-digit mobile number starting with 1', () => {
    expect(problemOf('name', ' ', true)).toEqual({ key: 'sp04.required' });
    expect(problemOf('place', '', false)).toBeUndefined();
    for (const polite of ['王先生', '李女士', 'Mr Wang', 'ms. li'])
      expect(problemOf('name', polite, true)?.key).toBe('sp04.fullName');
    for (const full of ['王建国', '欧阳先锋', 'Wang Jianguo']) expect(problemOf('name', full, true)).toBeUndefined();
    expect(problemOf('phone', '138 2047', true)).toEqual({ key: 'sp04.phoneDigits', count: 7 });
    expect(problemOf('phone', '238-2047-5531', true)).toEqual({ key: 'sp04.phoneStart' });
    expect(problemOf('phone', '138 2047 5531', true)).toBeUndefined();
  });

  it('names fields in evidence with the same words as the form', () => {
    for (const field of RECORD_FIELDS) {
      expect(FIELD_LABELS[field].zh).toBe(zhCN.fields[field]);
      expect(FIELD_LABELS[field].en).toBe(en.fields[field].toLowerCase());
    }
  });
});
