import { phoneDigits } from '../../../domain/generate';
import type { RecordField } from '../../../domain/subprojects/sp04-customer-file/content';

/** What is wrong with a field as typed, as an i18n key and its parameters; undefined when it is fine. */
export function problemOf(field: RecordField, value: string, required: boolean) {
  if (value.trim() === '') return required ? { key: 'sp04.required' as const } : undefined;
  if (field === 'name' && /^(.{1,2}(先生|女士|小姐|老板|总|经理)|(mr|ms|mrs|miss)\.? ?\S+)$/i.test(value.trim()))
    return { key: 'sp04.fullName' as const };
  if (field === 'phone') {
    const digits = phoneDigits(value);
    if (digits.length !== 11) return { key: 'sp04.phoneDigits' as const, count: digits.length };
    if (!digits.startsWith('1')) return { key: 'sp04.phoneStart' as const };
  }
  return undefined;
}
