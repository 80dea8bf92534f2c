import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import type { LocalizedText } from '../../../domain/scenario/text';
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
        <CostTable
          caption={t('sp06.channelsTitle')}
          costHeader={t('sp06.costPerContact')}
          rows={content.channels.map((channel) => ({ ...channel, cost: channel.costPerContact }))}
        />
        <CostTable
          caption={t('sp06.offersTitle')}
          costHeader={t('sp06.costPerResponse')}
          rows={content.offers.map((offer) => ({ ...offer, cost: offer.costPerResponse }))}
        />
      </div>
    </section>
  );
}

/** Channels or offers: name, description and the cost the team can see. */
function CostTable(props: {
  caption: string;
  costHeader: string;
  rows: readonly { id: string; label: LocalizedText; description: LocalizedText; cost: number }[];
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const format = useFormat();
  return (
    <div className="sp06-table-scroll">
      <table className="compact">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sp06.name')}</th>
            <th scope="col">{t('sp06.description')}</th>
            <th scope="col">{props.costHeader}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{localized(row.label)}</th>
              <td>{localized(row.description)}</td>
              <td className="numeric nowrap">{t('sp06.money', { value: format.unitCost(row.cost) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
