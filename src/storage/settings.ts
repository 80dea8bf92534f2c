import type { SimulatorDatabase } from './db';

export type UiLanguage = 'zh-CN' | 'en';
export const UI_LANGUAGES: readonly UiLanguage[] = ['zh-CN', 'en'];
export const DEFAULT_LANGUAGE: UiLanguage = 'zh-CN';

function isUiLanguage(value: unknown): value is UiLanguage {
  return UI_LANGUAGES.includes(value as UiLanguage);
}

/** The remembered interface language; Chinese when none was chosen or the stored one is unknown. */
export async function loadLanguage(database: SimulatorDatabase): Promise<UiLanguage> {
  const row = await database.settings.get('language');
  return isUiLanguage(row?.value) ? row.value : DEFAULT_LANGUAGE;
}

export async function saveLanguage(database: SimulatorDatabase, language: UiLanguage): Promise<void> {
  await database.settings.put({ key: 'language', value: language });
}
