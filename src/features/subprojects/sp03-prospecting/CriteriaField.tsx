import { useTranslation } from 'react-i18next';
import { textLength } from '../../../domain/subprojects/answer-values';
import { useDraft } from '../useDraft';

/** The team's written qualification criteria, saved after a pause, on blur and when the page goes. */
export function CriteriaField({
  stored,
  minChars,
  editable,
  onSave,
}: {
  stored: string;
  minChars: number;
  editable: boolean;
  onSave: (text: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { draft, change, flush } = useDraft(stored, onSave);
  const length = textLength(draft);
  const short = length < minChars;
  return (
    <label className="field">
      <span>{t('sp03.criteriaLabel')}</span>
      <textarea
        rows={4}
        value={draft}
        readOnly={!editable}
        aria-describedby="sp03-criteria-hint"
        aria-invalid={editable && short && draft !== ''}
        onChange={(event) => change(event.target.value)}
        onBlur={() => void flush()}
      />
      <span id="sp03-criteria-hint" className={short ? 'field-error' : 'muted'}>
        {short ? t('sp03.criteriaShort', { length, min: minChars }) : t('sp03.criteriaOk', { length })}
      </span>
    </label>
  );
}
