import { useTranslation } from 'react-i18next';
import { ScenarioCard } from '../../features/scenario-library/ScenarioCard';
import { ScenarioImport } from '../../features/scenario-library/ScenarioImport';
import { useScenarioCatalog } from '../../features/scenario-library/useScenarioCatalog';

export function LibraryPage() {
  const { t } = useTranslation();
  const { loading, items } = useScenarioCatalog();
  return (
    <div className="page">
      <h1>{t('library.title')}</h1>
      <p className="lead">{t('library.intro')}</p>
      {loading ? (
        <p aria-busy="true">{t('library.loading')}</p>
      ) : (
        <div className="card-grid" data-testid="scenario-list">
          {items.map((item) => (
            <ScenarioCard key={item.key} item={item} />
          ))}
        </div>
      )}
      <ScenarioImport />
    </div>
  );
}
