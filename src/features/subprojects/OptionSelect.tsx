import { useLocalized } from '../../components/useLocalized';
import type { LocalizedText } from '../../domain/scenario/text';

/** A select of scenario options after a first option, `placeholder`, that stands for '' (none chosen). */
export function OptionSelect({
  value,
  placeholder,
  options,
  onChange,
  label,
  disabled,
}: {
  value: string;
  placeholder: string;
  options: readonly { readonly id: string; readonly label: LocalizedText }[];
  onChange: (value: string) => void;
  /** The accessible name, when no visible label wraps the select. */
  label?: string;
  disabled?: boolean;
}) {
  const localized = useLocalized();
  return (
    <select aria-label={label} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
      <option value="">{placeholder}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {localized(option.label)}
        </option>
      ))}
    </select>
  );
}
