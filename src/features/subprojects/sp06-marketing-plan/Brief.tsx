import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import type { Content } from '../../../domain/subprojects/sp06-marketing-plan/content';
import { useFormat } from './format';

/** The assignment: budget, period, and the channels and offers with their visible costs. */
export function Brief({ content }: { content: Content }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const format = useFormat();
  return (
    <section className="panel" aria-labelledby="sp06-brief">
      <h2 id="sp06-brief">{t('sp06.briefTitle')}</h2>
      <p>{t('sp06.briefHelp')}</p>
      <dl className="sp06-facts">
        <dt>{t('sp06.budget')}</dt>
        <dd data-testid="sp06-budget-total">{t('sp06.money', { value: format.money(content.budget) })}</dd>
        <dt>{t('sp06.period')}</dt>
        <dd>{localized(content.campaign.label)}</dd>
      </dl>
      <p className="notice">{t('sp06.budgetRule')}</p>
      <div className="sp06-references">
        <div className="sp06-table-scroll">
          <table className="compact">
            <caption>{t('sp06.channelsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sp06.name')}</th>
                <th scope="col">{t('sp06.description')}</th>
                <th scope="col">{t('sp06.costPerContact')}</th>
              </tr>
            </thead>
            <tbody>
              {content.channels.map((channel) => (
                <tr key={channel.id}>
                  <th scope="row">{localized(channel.label)}</th>
                  <td>{localized(channel.description)}</td>
                  <td className="numeric nowrap">
                    {t('sp06.money', { value: format.unitCost(channel.costPerContact) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="sp06-table-scroll">
          <table className="compact">
            <caption>{t('sp06.offersTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sp06.name')}</th>
                <th scope="col">{t('sp06.description')}</th>
                <th scope="col">{t('sp06.costPerResponse')}</th>
              </tr>
            </thead>
            <tbody>
              {content.offers.map((offer) => (
                <tr key={offer.id}>
                  <th scope="row">{localized(offer.label)}</th>
                  <td>{localized(offer.description)}</td>
                  <td className="numeric nowrap">
                    {t('sp06.money', { value: format.unitCost(offer.costPerResponse) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
