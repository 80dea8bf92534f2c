import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import type { Scenario } from '../../../domain/scenario';

/** Terms in the interface language, with the other language beside them for bilingual classes. */
export function GlossarySection({ glossary }: { glossary: Scenario['glossary'] }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const other = i18n.language.startsWith('zh') ? 'en' : 'zh';
  return (
    <section id="glossary" aria-labelledby="glossary-title">
      <h2 id="glossary-title">{t('scenario.glossary')}</h2>
      <dl className="glossary">
        {glossary.map((entry) => (
          <div key={entry.id}>
            <dt>
              {localized(entry.term)}{' '}
              <span className="muted" lang={other === 'zh' ? 'zh-CN' : 'en'}>
                {entry.term[other]}
              </span>
            </dt>
            <dd>{localized(entry.definition)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
