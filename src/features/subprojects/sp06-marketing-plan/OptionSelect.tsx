import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import type { LocalizedText } from '../../../domain/scenario/text';

/** A labelled choice among scenario items (channel, offer, KPI), '' while none is chosen. */
export function OptionSelect(props: {
  label: string;
  value: string | undefined;
  options: readonly { id: string; label: LocalizedText }[];
  disabled: boolean;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <label className="field">
      <span>{props.label}</span>
      <select
        value={props.value ?? ''}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value="">{t('sp06.choose')}</option>
        {props.options.map((option) => (
          <option key={option.id} value={option.id}>
            {localized(option.label)}
          </option>
        ))}
      </select>
    </label>
  );
}
