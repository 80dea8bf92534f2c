import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { DeviceStatus } from '../components/DeviceStatus';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { paths } from './paths';

export function Layout() {
  const { t } = useTranslation();
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <NavLink to={paths.start()} className="brand">
          <img src="/favicon.svg" alt="" width={32} height={32} />
          <span>{t('app.name')}</span>
        </NavLink>
        <nav aria-label={t('nav.main')}>
          <NavLink to={paths.start()} end>
            {t('nav.start')}
          </NavLink>
          <NavLink to={paths.instructor()}>{t('nav.instructor')}</NavLink>
          <NavLink to={paths.teamEntry()}>{t('nav.team')}</NavLink>
          <NavLink to={paths.library()}>{t('nav.library')}</NavLink>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <DeviceStatus />
      </footer>
    </div>
  );
}
