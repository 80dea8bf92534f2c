import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../storage';
import { en } from './en';
import { zhCN } from './zh-CN';

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

/**
 * Starts i18next with the remembered language. Chinese is the fallback, so a
 * key missing in English would show Chinese rather than a raw key (and the
 * resource test makes sure no key is missing).
 */
export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  // Screen readers and fonts follow <html lang>; keep it in step with every switch.
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return i18next;
}

/** The scenario text language ({ zh, en }) that matches an interface language. */
export function scenarioLanguage(language: string): 'zh' | 'en' {
  return language.startsWith('zh') ? 'zh' : 'en';
}
