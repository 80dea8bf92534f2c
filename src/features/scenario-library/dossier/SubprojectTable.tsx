import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import type { Scenario } from '../../../domain/scenario';
import { findSubproject } from '../../../domain/subprojects/registry';

export function SubprojectTable({ slots }: { slots: Scenario['subprojects'] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const total = slots.reduce((sum, slot) => sum + slot.points, 0);
  return (
    <section id="subprojects" aria-labelledby="subprojects-title">
      <h2 id="subprojects-title">{t('scenario.subprojects')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('scenario.number')}</th>
            <th scope="col">{t('scenario.subproject')}</th>
            <th scope="col">{t('scenario.group')}</th>
            <th scope="col">{t('scenario.leadRoles')}</th>
            <th scope="col" className="numeric">
              {t('scenario.points')}
            </th>
          </tr>
        </thead>
        <tbody>
          {slots.map((slot, index) => (
            <tr key={slot.id}>
              <td>{index + 1}</td>
              <td>
                {localized(slot.name)}
                {findSubproject(slot.id)?.generated && (
                  <span className="tag" title={t('scenario.generated')}>
                    ★ {t('scenario.generated')}
                  </span>
                )}
              </td>
              <td>{t(`groups.${slot.group}`)}</td>
              <td>{slot.leadRoles.map((role) => t(`roles.${role}`)).join('、')}</td>
              <td className="numeric">{slot.points}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {t('scenario.total')}
            </th>
            <td className="numeric">{total}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
