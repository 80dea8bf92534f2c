import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import type { Content } from '../../../domain/subprojects/sp03-prospecting/content';
import type { Lead } from '../../../domain/subprojects/sp03-prospecting/generate';
import type { LeadSort } from './leadView';
import { LeadRow } from './LeadRow';
import type { useLeadText } from './useLeadText';

export interface LeadTableProps {
  readonly content: Content;
  readonly leads: readonly Lead[];
  readonly qualified: readonly string[];
  readonly channel: Readonly<Record<string, string>>;
  readonly nextStep: Readonly<Record<string, string>>;
  readonly editable: boolean;
  readonly text: ReturnType<typeof useLeadText>;
  /** The key, once the attempt is scored. */
  readonly answerKey?: ReadonlySet<string> | undefined;
  readonly sort: LeadSort;
  readonly onSort: (sort: LeadSort) => void;
  readonly onMark: (id: string, marked: boolean) => void;
  readonly onChoose: (field: 'channel' | 'nextStep', id: string, value: string) => void;
}

/** The lead list: a sortable heading per column, one row per lead. */
export function LeadTable(props: LeadTableProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { content, leads, channel, nextStep, sort, onSort } = props;
  const marked = new Set(props.qualified);
  const heading = (column: string, label: string, className?: string) => {
    const active = sort.column === column;
    return (
      <th
        key={column}
        scope="col"
        className={className}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      >
        <button
          type="button"
          className="sort-button"
          title={t('sp03.sortBy', { column: label })}
          onClick={() => onSort({ column, descending: active && !sort.descending })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="lead-table-wrap">
      <table className="lead-table">
        <thead>
          <tr>
            <th scope="col">{t('sp03.columns.qualified')}</th>
            {heading('id', t('sp03.columns.lead'))}
            {content.attributes.map((attribute) =>
              heading(
                attribute.id,
                attribute.kind === 'number'
                  ? t('sp03.columnWithUnit', { label: localized(attribute.label), unit: localized(attribute.unit) })
                  : localized(attribute.label),
                attribute.kind === 'number' ? 'number' : undefined,
              ),
            )}
            {heading('preferred', t('sp03.columns.preferred'))}
            <th scope="col">{t('sp03.columns.followUp')}</th>
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <LeadRow
              key={lead.id}
              content={content}
              lead={lead}
              marked={marked.has(lead.id)}
              channel={channel[lead.id]}
              step={nextStep[lead.id]}
              editable={props.editable}
              text={props.text}
              inKey={props.answerKey?.has(lead.id)}
              onMark={(marked) => props.onMark(lead.id, marked)}
              onChannel={(value) => props.onChoose('channel', lead.id, value)}
              onStep={(value) => props.onChoose('nextStep', lead.id, value)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
