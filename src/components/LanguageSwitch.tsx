import { useTranslation } from 'react-i18next';
import { db, saveLanguage, UI_LANGUAGES, type UiLanguage } from '../storage';

const LABEL_KEYS = { 'zh-CN': 'language.zh', en: 'language.en' } as const;

/** Two buttons, 中文 | English; the choice is saved to IndexedDB and survives a reload. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const choose = async (language: UiLanguage) => {
    await i18n.changeLanguage(language);
    await saveLanguage(db, language);
  };
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {UI_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => void choose(language)}
        >
          {t(LABEL_KEYS[language])}
        </button>
      ))}
    </div>
  );
}
