import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import type { Content } from '../../../domain/subprojects/sp03-prospecting/content';
import { isFiltered, NO_FILTERS, type LeadFilters } from './leadView';
import { OptionSelect } from '../OptionSelect';

/** Narrows the lead table by judgement, source and every category attribute. */
export function LeadFiltersBar({
  content,
  filters,
  onChange,
  shown,
  total,
}: {
  content: Content;
  filters: LeadFilters;
  onChange: (filters: LeadFilters) => void;
  shown: number;
  total: number;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <fieldset className="lead-filters">
      <legend>{t('sp03.filters.legend')}</legend>
      <label>
        <span>{t('sp03.filters.status')}</span>
        <select
          value={filters.status}
          onChange={(event) => onChange({ ...filters, status: event.target.value as LeadFilters['status'] })}
        >
          <option value="">{t('sp03.filters.all')}</option>
          <option value="marked">{t('sp03.filters.marked')}</option>
          <option value="unmarked">{t('sp03.filters.unmarked')}</option>
        </select>
      </label>
      {content.attributes.map((attribute) =>
        attribute.kind === 'category' ? (
          <label key={attribute.id}>
            <span>{localized(attribute.label)}</span>
            <OptionSelect
              value={filters.values[attribute.id] ?? ''}
              placeholder={t('sp03.filters.all')}
              options={attribute.values}
              onChange={(value) => onChange({ ...filters, values: { ...filters.values, [attribute.id]: value } })}
            />
          </label>
        ) : null,
      )}
      <label>
        <span>{t('sp03.filters.source')}</span>
        <OptionSelect
          value={filters.source}
          placeholder={t('sp03.filters.all')}
          options={content.sources}
          onChange={(source) => onChange({ ...filters, source })}
        />
      </label>
      <span className="muted" aria-live="polite">
        {t('sp03.filters.showing', { shown, total })}
      </span>
      {isFiltered(filters) && (
        <button type="button" className="secondary" onClick={() => onChange(NO_FILTERS)}>
          {t('sp03.filters.clear')}
        </button>
      )}
    </fieldset>
  );
}
