import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../../components/download';
import { useLocalized } from '../../../components/useLocalized';
import { toCsv } from '../../../domain/export/csv';
import type { Content } from '../../../domain/subprojects/sp05-segmentation/content';
import type { SegmentationData } from '../../../domain/subprojects/sp05-segmentation/generate';
import { RESULT_COLUMNS } from '../../../domain/subprojects/sp05-segmentation/results';

const PAGE_SIZE = 25;

/** The team's generated transactions: a summary, a paged table with a filter, and CSV downloads. */
export function DataPanel({ content, data }: { content: Content; data: SegmentationData }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const [page, setPage] = useState(0);
  const [filter, setFilter] = useState('');
  const wanted = filter.trim().toLowerCase();
  // The filter matches customers (id or name in either language), then keeps their transactions; paging reuses it.
  const rows = useMemo(() => {
    if (wanted === '') return data.transactions;
    const matching = new Set(
      data.customers
        .filter((customer) =>
          [customer.id, customer.name.zh, customer.name.en].some((text) => text.toLowerCase().includes(wanted)),
        )
        .map((customer) => customer.id),
    );
    return data.transactions.filter((transaction) => matching.has(transaction.customer));
  }, [data, wanted]);
  const nameOf = (customer: string) => localized(data.customerById.get(customer)?.name ?? { zh: '', en: '' });
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const currency = localized(content.labels.currency);

  const downloadTransactions = () =>
    downloadText(
      'transactions.csv',
      toCsv([
        ['date', 'customer', 'name', 'amount'],
        ...data.transactions.map((transaction) => [
          transaction.date,
          transaction.customer,
          nameOf(transaction.customer),
          transaction.amount,
        ]),
      ]),
    );
  const downloadTemplate = () =>
    downloadText('results.csv', toCsv([[...RESULT_COLUMNS], ...data.customers.map((customer) => [customer.id])]));

  return (
    <section className="panel" aria-labelledby="sp05-data">
      <h2 id="sp05-data">{t('sp05.data.title')}</h2>
      <p data-testid="sp05-summary">
        {t('sp05.data.summary', {
          customers: data.customers.length,
          customer: localized(content.labels.customer),
          transactions: data.transactions.length,
          transaction: localized(content.labels.transaction),
          start: data.start,
          end: data.end,
        })}
      </p>
      <p className="muted">{t('sp05.data.note')}</p>
      <p className="actions">
        <button type="button" onClick={downloadTransactions}>
          {t('sp05.data.download')}
        </button>
        <button type="button" className="secondary" onClick={downloadTemplate}>
          {t('sp05.data.template')}
        </button>
      </p>
      <label className="field">
        {t('sp05.data.filter')}
        <input
          type="search"
          value={filter}
          onChange={(event) => {
            setFilter(event.target.value);
            setPage(0);
          }}
        />
      </label>
      <div className="sp05-scroll">
        <table className="compact sp05-transactions" aria-label={t('sp05.data.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('sp05.data.date')}</th>
              <th scope="col">{t('sp05.data.customerId')}</th>
              <th scope="col">{t('sp05.data.name')}</th>
              <th scope="col" className="numeric">
                {t('sp05.data.amount', { currency })}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE).map((transaction, index) => (
              <tr key={`${current}-${index}`}>
                <td>{transaction.date}</td>
                <td>{transaction.customer}</td>
                <td>{nameOf(transaction.customer)}</td>
                <td className="numeric">{transaction.amount.toLocaleString(i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="sp05-pager">
        <button type="button" className="secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
          {t('sp05.data.previous')}
        </button>
        <span>{t('sp05.data.page', { page: current + 1, pages })}</span>
        <button
          type="button"
          className="secondary"
          disabled={current >= pages - 1}
          onClick={() => setPage(current + 1)}
        >
          {t('sp05.data.next')}
        </button>
      </p>
    </section>
  );
}
