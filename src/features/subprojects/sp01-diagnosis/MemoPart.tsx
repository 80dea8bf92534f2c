import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import { textLength } from '../../../domain/subprojects/answer-values';
import type { Content } from '../../../domain/subprojects/sp01-diagnosis/content';
import { useDraft } from '../useDraft';

/** One part of the memo, with a live count against its required length. */
export function MemoPart({
  part,
  stored,
  editable,
  onSave,
}: {
  part: Content['memoParts'][number];
  stored: string;
  editable: boolean;
  onSave: (text: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { draft, change, flush } = useDraft(stored, onSave);
  const length = textLength(draft);
  const short = length < part.minChars;
  const hintId = `memo-${part.id}-hint`;
  return (
    <label className="field">
      <span>{localized(part.label)}</span>
      <span className="muted">{localized(part.prompt)}</span>
      <textarea
        rows={4}
        value={draft}
        readOnly={!editable}
        aria-describedby={hintId}
        aria-invalid={editable && short && draft !== ''}
        onChange={(event) => change(event.target.value)}
        onBlur={() => void flush()}
      />
      <span id={hintId} className={short ? 'field-error' : 'muted'}>
        {short ? t('sp01.memoShort', { length, min: part.minChars }) : t('sp01.memoOk', { length })}
      </span>
    </label>
  );
}
