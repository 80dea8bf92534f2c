import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PROJECT_GROUPS } from '../../domain/subprojects/define';
import { SUBPROJECTS } from '../../domain/subprojects/registry';
import { paths } from '../paths';

export function StartPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('start.title')}</h1>
      <p className="lead">{t('start.intro')}</p>
      <div className="choice-grid">
        <section className="card choice" aria-labelledby="instructor-title">
          <h2 id="instructor-title">{t('start.instructorTitle')}</h2>
          <p>{t('start.instructorText')}</p>
          <p className="actions">
            <Link className="button" to={paths.instructor()}>
              {t('start.instructorAction')}
            </Link>
            <Link className="button secondary" to={paths.library()}>
              {t('nav.library')}
            </Link>
          </p>
        </section>
        <section className="card choice" aria-labelledby="team-title">
          <h2 id="team-title">{t('start.teamTitle')}</h2>
          <p>{t('start.teamText')}</p>
          <Link className="button" to={paths.teamEntry()}>
            {t('start.teamAction')}
          </Link>
        </section>
      </div>
      <section aria-labelledby="process-title">
        <h2 id="process-title">{t('start.processTitle')}</h2>
        <ol className="process">
          {PROJECT_GROUPS.map((group) => (
            <li key={group}>
              <strong>{t(`groups.${group}`)}</strong>
              <ul>
                {SUBPROJECTS.filter((definition) => definition.group === group).map((definition) => (
                  <li key={definition.id}>
                    {definition.number}. {t(`subprojects.${definition.id}`)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
