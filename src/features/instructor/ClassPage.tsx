import { useTranslation } from 'react-i18next';
import { Link, NavLink, useParams } from 'react-router';
import { CLASS_TABS, paths, type ClassTab } from '../../app/paths';
import { useLocalized } from '../../components/useLocalized';
import { useClassData } from '../classes/useClassData';
import { DashboardTab } from './DashboardTab';
import { ExchangeTab } from './ExchangeTab';
import { ExportsTab } from './ExportsTab';
import { RosterTab } from './RosterTab';
import { ScheduleTab } from './ScheduleTab';
import { TeamsTab } from './TeamsTab';

/** One class: roster, teams and roles, schedule, dashboard and exports as tabs (each its own address). */
export function ClassPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { classId = '', tab } = useParams();
  const { loading, data } = useClassData(classId);
  if (loading) return null;
  if (!data) {
    return (
      <div className="page">
        <p role="alert">{t('classPage.notFound')}</p>
        <Link to={paths.instructor()}>{t('instructor.title')}</Link>
      </div>
    );
  }
  const active: ClassTab = CLASS_TABS.includes(tab as ClassTab) ? (tab as ClassTab) : 'roster';
  const { bundle, scenario } = data;
  return (
    <div className="page">
      <p>
        <Link to={paths.instructor()}>← {t('instructor.title')}</Link>
      </p>
      <h1>{bundle.classSession.name}</h1>
      <p className="card-meta">
        <span>
          {t('classPage.scenario', {
            title: scenario ? localized(scenario.title) : bundle.classSession.scenarioId,
            version: bundle.classSession.scenarioVersion,
          })}
        </span>
        <span>{t('classPage.seed', { seed: bundle.classSession.seed })}</span>
      </p>
      <nav className="tab-links" aria-label={bundle.classSession.name}>
        {CLASS_TABS.map((key) => (
          <NavLink key={key} to={paths.classPage(classId, key)} aria-current={key === active ? 'page' : undefined}>
            {t(`classPage.tabs.${key}`)}
          </NavLink>
        ))}
      </nav>
      {active === 'roster' && <RosterTab bundle={bundle} />}
      {active === 'teams' && <TeamsTab bundle={bundle} />}
      {active === 'schedule' && scenario && <ScheduleTab bundle={bundle} scenario={scenario} />}
      {active === 'dashboard' && <DashboardTab data={data} />}
      {active === 'exports' && <ExportsTab data={data} />}
      {active === 'exchange' && <ExchangeTab data={data} />}
    </div>
  );
}
