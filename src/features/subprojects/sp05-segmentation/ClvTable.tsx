import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import {
  normaliseCustomer,
  parseAmount,
  type ClvRow,
  type ResultRow,
} from '../../../domain/subprojects/sp05-segmentation/answers';
import type { Content } from '../../../domain/subprojects/sp05-segmentation/content';
import type { SegmentationData } from '../../../domain/subprojects/sp05-segmentation/generate';
import { byRevenue } from '../../../domain/subprojects/sp05-segmentation/method';
import { useDraft } from '../useDraft';

type SetCell = (index: number, field: keyof ClvRow, text: string) => Promise<void>;

function Cell(props: {
  label: string;
  stored: string;
  editable: boolean;
  error: string | undefined;
  numeric?: boolean;
  onSave: (text: string) => Promise<void>;
}) {
  const { draft, change, flush } = useDraft(props.stored, props.onSave);
  return (
    <>
      <input
        type="text"
        aria-label={props.label}
        inputMode={props.numeric ? 'decimal' : undefined}
        value={draft}
        disabled={!props.editable}
        aria-invalid={props.error !== undefined}
        onChange={(event) => change(event.target.value)}
        onBlur={() => void flush()}
        size={props.numeric ? 14 : 8}
      />
      {props.error && <span className="field-error"> {props.error}</span>}
    </>
  );
}

/** The lifetime value of each top customer: who they are (by the team's own ranking) and the amount. */
export function ClvTable(props: {
  content: Content;
  data: SegmentationData;
  rows: readonly ClvRow[];
  results: Readonly<Record<string, ResultRow>>;
  editable: boolean;
  scored: boolean;
  setCell: SetCell;
  fill: (ids: string[]) => Promise<void>;
}) {
  const { content, data, editable } = props;
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const top = content.clv.topCount;
  const rows = Array.from({ length: top }, (_, index) => props.rows[index] ?? { customer: '', value: '' });
  const ids = rows.map((row) => normaliseCustomer(row.customer));
  const keyTop = new Map(props.data.key.top.map((entry) => [entry.customer, entry.clv]));
  // The team's own top customers by its revenue column, ranked only when the button is pressed.
  const fillFromResults = () =>
    props.fill(
      byRevenue(Object.entries(props.results).map(([customer, row]) => ({ customer, revenue: row.revenue })))
        .slice(0, top)
        .map((row) => row.customer),
    );
  const money = (value: number) => value.toLocaleString(i18n.language, { maximumFractionDigits: 0 });

  return (
    <section className="panel" aria-labelledby="sp05-clv">
      <h2 id="sp05-clv">{t('sp05.clv.title')}</h2>
      <p className="muted">{t('sp05.clv.help', { top, currency: localized(content.labels.currency) })}</p>
      {editable && Object.keys(props.results).length > 0 && (
        <p className="actions">
          <button type="button" className="secondary" onClick={() => void fillFromResults()}>
            {t('sp05.clv.fillFromResults', { top })}
          </button>
        </p>
      )}
      <table className="compact sp05-clv">
        <thead>
          <tr>
            <th scope="col">{t('sp05.clv.rank')}</th>
            <th scope="col">{t('sp05.clv.customer')}</th>
            <th scope="col">{t('sp05.clv.value')}</th>
            {props.scored && <th scope="col">{t('sp05.results.key')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const id = ids[index] ?? '';
            const customer = data.customerById.get(id);
            const idError =
              row.customer.trim() === ''
                ? undefined
                : !customer
                  ? t('sp05.clv.unknownCustomer')
                  : ids.indexOf(id) !== index
                    ? t('sp05.clv.duplicate')
                    : undefined;
            const valueError =
              row.value.trim() !== '' && parseAmount(row.value) === undefined ? t('sp05.clv.notNumber') : undefined;
            const keyValue = keyTop.get(id);
            return (
              <tr key={index}>
                <td>{index + 1}</td>
                <td>
                  <Cell
                    label={`${t('sp05.clv.customer')} ${index + 1}`}
                    stored={row.customer}
                    editable={editable}
                    error={idError}
                    onSave={(text) => props.setCell(index, 'customer', text)}
                  />
                  {customer && <span className="muted"> {localized(customer.name)}</span>}
                </td>
                <td>
                  <Cell
                    label={`${t('sp05.clv.value')} ${index + 1}`}
                    stored={row.value}
                    editable={editable}
                    error={valueError}
                    numeric
                    onSave={(text) => props.setCell(index, 'value', text)}
                  />
                </td>
                {props.scored && (
                  <td>
                    {keyValue !== undefined
                      ? t('sp05.clv.keyValue', { value: money(keyValue) })
                      : customer && t('sp05.clv.notTop', { top })}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {props.scored && (
        <p data-testid="sp05-clv-key">
          {t('sp05.clv.keyTop', { top })}{' '}
          {data.key.top
            .map((entry) => {
              const name = data.customerById.get(entry.customer)?.name;
              return `${entry.customer} ${name ? localized(name) : ''} ${money(entry.clv)}`;
            })
            .join(t('criteria.evidenceSeparator'))}
        </p>
      )}
    </section>
  );
}
