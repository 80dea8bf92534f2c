import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import type { TeamRecord } from '../../../domain/subprojects/sp04-customer-file/answers';
import { SCOPES, type Content, type RecordField } from '../../../domain/subprojects/sp04-customer-file/content';
import type { RecordReview } from '../../../domain/subprojects/sp04-customer-file/review';
import { useDraft } from '../useDraft';
import { problemOf } from './validation';

interface Props {
  readonly record: TeamRecord;
  readonly content: Content;
  readonly editable: boolean;
  /** After scoring: how this record fared against the true customer. */
  readonly review: RecordReview | undefined;
  readonly onSet: (field: RecordField, value: string) => Promise<void>;
  readonly onTakeOut: (noteId: string) => void;
  readonly onRemove: () => void;
}

/** One customer record: its source notes, the six fields with checks as you type, and after scoring the truth. */
export function RecordCard({ record, content, editable, review, onSet, onTakeOut, onRemove }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const label = (field: RecordField) =>
    `${t(`sp04.fields.${field}`)}${content.requiredFields.includes(field) ? ' *' : ''}`;
  const options: Record<'place' | 'interest' | 'type' | 'scope', { id: string; text: string }[]> = {
    place: content.places.map((place) => ({ id: place.id, text: localized(place.label) })),
    interest: content.interests.map((interest) => ({ id: interest.id, text: localized(interest.label) })),
    type: content.customerTypes.map((type) => ({ id: type.id, text: localized(type.label) })),
    scope: SCOPES.map((scope) => ({ id: scope, text: t(`sp04.scopes.${scope}`) })),
  };
  const customer = review?.customer;
  const truth = (field: RecordField): string => {
    if (!customer) return '';
    if (field === 'name') return localized(customer.name.full);
    if (field === 'phone') return customer.phone;
    return options[field].find((option) => option.id === customer[field])?.text ?? customer[field];
  };
  const feedback = (field: RecordField) => {
    if (!review || !customer) return null;
    const verdict = review.verdicts[field];
    return verdict === 'correct' ? (
      <span className="ok-text small">✓ {t('sp04.feedback.right')}</span>
    ) : (
      <span className="field-error small">✗ {t('sp04.feedback.shouldBe', { value: truth(field) })}</span>
    );
  };
  const problem = (field: RecordField, value: string) => {
    const found = editable ? problemOf(field, value, content.requiredFields.includes(field)) : undefined;
    return found ? (
      <span className="field-error small">{t(found.key, { count: 'count' in found ? found.count : 0 })}</span>
    ) : null;
  };

  return (
    <fieldset className="sp04-record" data-testid={`record-${record.id}`}>
      <legend>{t('sp04.record', { id: record.id })}</legend>
      <div className="sp04-sources">
        <span className="muted small">{t('sp04.sources')}:</span>
        {record.notes.map((note) => (
          <span key={note} className="tag">
            {note}
            {editable && (
              <button
                type="button"
                className="link-button sp04-chip-x"
                aria-label={t('sp04.takeOut', { note, record: record.id })}
                onClick={() => onTakeOut(note)}
              >
                ×
              </button>
            )}
          </span>
        ))}
        {editable && (
          <button type="button" className="link-button sp04-remove" onClick={onRemove}>
            {t('sp04.removeRecord', { id: record.id })}
          </button>
        )}
      </div>
      {record.notes.length === 0 && <p className="field-error small">{t('sp04.noSources')}</p>}
      {review && (
        <div className="small">
          <p className={customer ? 'muted' : 'field-error'}>
            {customer
              ? t('sp04.feedback.customer', { name: localized(customer.name.full) })
              : t('sp04.feedback.noCustomer')}
          </p>
          {review.mixedWith.length > 0 && (
            <p className="field-error">
              {t('sp04.feedback.mixed', {
                names: review.mixedWith.map((other) => localized(other.name.full)).join('、'),
              })}
            </p>
          )}
          {review.secondary && <p className="field-error">{t('sp04.feedback.secondary')}</p>}
        </div>
      )}
      <div className="sp04-fields">
        {(['name', 'phone'] as const).map((field) => (
          <TextField
            key={field}
            label={label(field)}
            stored={record[field]}
            editable={editable}
            inputMode={field === 'phone' ? 'tel' : 'text'}
            invalid={(text) => editable && problemOf(field, text, false) !== undefined}
            problem={(text) => problem(field, text)}
            onSave={(text) => onSet(field, text)}
            after={feedback(field)}
          />
        ))}
        {(['place', 'interest', 'type', 'scope'] as const).map((field) => (
          <label key={field} className="field">
            <span>{label(field)}</span>
            <select
              value={record[field]}
              disabled={!editable}
              aria-invalid={editable && content.requiredFields.includes(field) && record[field] === ''}
              onChange={(event) => void onSet(field, event.target.value)}
            >
              <option value="">{t('sp04.choose')}</option>
              {options[field].map((option) => (
                <option key={option.id} value={option.id}>
                  {option.text}
                </option>
              ))}
            </select>
            {problem(field, record[field])}
            {feedback(field)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function TextField(props: {
  label: string;
  stored: string;
  editable: boolean;
  inputMode: 'tel' | 'text';
  invalid: (text: string) => boolean;
  problem: (text: string) => ReactNode;
  onSave: (text: string) => Promise<void>;
  after: ReactNode;
}) {
  const { draft, change, flush } = useDraft(props.stored, props.onSave);
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        value={draft}
        readOnly={!props.editable}
        inputMode={props.inputMode}
        aria-invalid={props.invalid(draft)}
        onChange={(event) => change(event.target.value)}
        onBlur={() => void flush()}
      />
      {props.problem(draft)}
      {props.after}
    </label>
  );
}
