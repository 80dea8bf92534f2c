import { useTranslation } from 'react-i18next';

/**
 * What a person sees instead of a white page: a plain message, the way back,
 * and the technical detail folded away for whoever supports the lab.
 */
export function ErrorPanel({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <section className="error-panel" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.text')}</p>
      <p className="actions">
        <button type="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
        <a href="/">{t('error.home')}</a>
      </p>
      <details>
        <summary>{t('error.details')}</summary>
        <pre>{detail}</pre>
      </details>
    </section>
  );
}
