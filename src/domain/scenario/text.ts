import { z } from 'zod';

/**
 * Bilingual text: every string a person reads in a scenario carries both
 * languages, so the UI never falls back to one language in the middle of a page.
 * @example { "zh": "客户投诉居高不下", "en": "Complaints remain high" }
 */
export const localizedTextSchema = z
  .object({
    zh: z.string().trim().min(1, 'Chinese text (zh) must not be empty'),
    en: z.string().trim().min(1, 'English text (en) must not be empty'),
  })
  .strict()
  .meta({ id: 'LocalizedText', description: 'Bilingual text shown to people: { "zh": "…", "en": "…" }' });

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Language = keyof LocalizedText;
export const LANGUAGES: readonly Language[] = ['zh', 'en'];

/** Picks the text in the requested language. */
export function pick(text: LocalizedText, language: Language): string {
  return text[language];
}
