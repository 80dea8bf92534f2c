import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import { ROLES, type Role } from '../../../domain/roles';
import type { Scenario } from '../../../domain/scenario';

/** The three private role briefs as tabs (arrow keys move between them, as WAI-ARIA tabs do). */
export function RoleBriefs({ briefs }: { briefs: Scenario['roleBriefs'] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [active, setActive] = useState<Role>('manager');
  const brief = briefs[active];

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = ROLES[(ROLES.indexOf(active) + step + ROLES.length) % ROLES.length] ?? 'manager';
    setActive(next);
    document.getElementById(`role-tab-${next}`)?.focus();
  };

  return (
    <section id="roles" aria-labelledby="roles-title">
      <h2 id="roles-title">{t('scenario.roleBriefs')}</h2>
      <p className="muted">{t('scenario.roleBriefsNote')}</p>
      <div role="tablist" aria-label={t('scenario.roleBriefs')} className="tabs" onKeyDown={onKeyDown}>
        {ROLES.map((role) => (
          <button
            key={role}
            id={`role-tab-${role}`}
            type="button"
            role="tab"
            aria-selected={role === active}
            aria-controls="role-panel"
            tabIndex={role === active ? 0 : -1}
            onClick={() => setActive(role)}
          >
            {t(`roles.${role}`)}
          </button>
        ))}
      </div>
      <div id="role-panel" role="tabpanel" aria-labelledby={`role-tab-${active}`} className="tab-panel">
        <h3>{t('scenario.mission')}</h3>
        <p>{localized(brief.mission)}</p>
        <h3>{t('scenario.privateFacts')}</h3>
        <ul>
          {brief.privateFacts.map((fact, index) => (
            <li key={index}>{localized(fact)}</li>
          ))}
        </ul>
        <h3>{t('scenario.responsibilities')}</h3>
        <ul>
          {brief.responsibilities.map((item, index) => (
            <li key={index}>{localized(item)}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
