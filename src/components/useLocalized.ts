import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../domain/scenario';
import { scenarioLanguage } from '../i18n';

/** Returns a function that shows scenario text ({ zh, en }) in the interface language. */
export function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const language = scenarioLanguage(i18n.language);
  return useCallback((text: LocalizedText) => text[language], [language]);
}
