import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { ProblemList } from '../../components/ProblemList';
import { useLocalized } from '../../components/useLocalized';
import { removeScenarioFile, db } from '../../storage';
import type { CatalogItem } from './useScenarioCatalog';

/** One scenario in the library; an invalid file shows its problems in place of the summary. */
export function ScenarioCard({ item }: { item: CatalogItem }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const originLabel = t(item.origin === 'bundled' ? 'library.bundled' : 'library.imported');

  if (item.state === 'unreadable') {
    return (
      <article className="card card-invalid" role="alert">
        <p>{t('library.loadFailed', { file: item.fileName, reason: item.reason })}</p>
      </article>
    );
  }
  if (item.state === 'invalid') {
    return (
      <article className="card card-invalid" role="alert" data-testid={`invalid-${item.fileName}`}>
        <h2>{t('library.invalidTitle', { file: item.fileName })}</h2>
        <p>{t('library.invalidIntro', { count: item.problems.length })}</p>
        <ProblemList problems={item.problems} />
      </article>
    );
  }

  const { scenario } = item;
  const title = localized(scenario.title);
  const points = scenario.subprojects.reduce((sum, slot) => sum + slot.points, 0);
  const remove = async () => {
    if (window.confirm(t('library.removeConfirm', { title }))) await removeScenarioFile(db, scenario.id);
  };
  return (
    <article className="card" data-testid={`scenario-${scenario.id}`}>
      <p className="card-meta">
        <span className="tag">{localized(scenario.dossier.company.industry)}</span>
        <span>{originLabel}</span>
        <span>{t('library.version', { version: scenario.version })}</span>
      </p>
      <h2>{title}</h2>
      <p>{localized(scenario.summary)}</p>
      <p className="card-meta">
        <span>{t('library.problemsCount', { count: scenario.dossier.problems.length })}</span>
        <span>{t('library.subprojectsTotal', { points })}</span>
      </p>
      <p className="actions">
        <Link className="button" to={paths.scenario(scenario.id)}>
          {t('library.open')}
        </Link>
        {item.origin === 'imported' && (
          <button type="button" className="secondary" onClick={() => void remove()}>
            {t('library.remove')}
          </button>
        )}
      </p>
    </article>
  );
}
