import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../domain/scenario/text';
import { OptionSelect } from '../OptionSelect';

/** A labelled choice among scenario items (channel, offer, KPI), '' while none is chosen. */
export function LabelledOptionSelect(props: {
  label: string;
  value: string | undefined;
  options: readonly { id: string; label: LocalizedText }[];
  disabled: boolean;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>{props.label}</span>
      <OptionSelect
        value={props.value ?? ''}
        placeholder={t('sp06.choose')}
        options={props.options}
        disabled={props.disabled}
        onChange={props.onChange}
      />
    </label>
  );
}
