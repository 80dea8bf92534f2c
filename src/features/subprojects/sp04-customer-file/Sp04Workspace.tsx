import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import {
  applyEdit,
  edits,
  FIELDS,
  noteHolders,
  readRecords,
  type TeamRecord,
} from '../../../domain/subprojects/sp04-customer-file/answers';
import type { Content, RecordField } from '../../../domain/subprojects/sp04-customer-file/content';
import { generate } from '../../../domain/subprojects/sp04-customer-file/generate';
import { knownRecords, reviewFile } from '../../../domain/subprojects/sp04-customer-file/review';
import type { WorkspaceProps } from '../types';
import { useShownAnswer } from '../useShownAnswer';
import { NoteCard } from './NoteCard';
import { RecordCard } from './RecordCard';
import './sp04.css';

type Edit = (records: readonly TeamRecord[]) => readonly TeamRecord[];

/**
 * Sub-project 4: turn the team's generated raw notes into one clean record per
 * customer — merge duplicates, settle conflicts by the scenario's rule, fill and
 * classify. Every change is saved at once; after scoring each field shows the truth.
 */
export default function Sp04Workspace({ content, answers, editable, save, teamSeed, result }: WorkspaceProps<Content>) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const data = useMemo(() => (content ? generate(content, teamSeed) : undefined), [content, teamSeed]);
  const [records, showRecords] = useShownAnswer(answers, readRecords(answers));
  const [onlyUnfiled, setOnlyUnfiled] = useState(false);
  const [byDate, setByDate] = useState(false);
  const review = useMemo(
    () => (data && result ? reviewFile(data, knownRecords(data, result.attempt.answers)) : undefined),
    [data, result],
  );
  const reviewOf = useMemo(() => new Map(review?.records.map((entry) => [entry.record.id, entry])), [review]);
  if (!content || !data) return <p className="notice">{t('sp04.noContent')}</p>;

  const apply = (edit: Edit) => {
    showRecords([...edit(records)]);
    void save(FIELDS.records, (previous) => applyEdit(previous, edit));
  };
  const setField = (recordId: string, field: RecordField, value: string) => {
    const edit = edits.set(recordId, field, value);
    // Text fields keep their own draft; only choices need showing before the database answers.
    if (field !== 'name' && field !== 'phone') showRecords([...edit(records)]);
    return save(FIELDS.records, (previous) => applyEdit(previous, edit));
  };
  const holderOf = noteHolders(records);
  const unfiled = data.notes.filter((note) => !holderOf.has(note.id)).length;
  const shownNotes = data.notes
    .filter((note) => !onlyUnfiled || !holderOf.has(note.id))
    .sort((a, b) => (byDate ? a.date.localeCompare(b.date) || a.id.localeCompare(b.id) : a.id.localeCompare(b.id)));

  return (
    <div className="workspace" data-testid="sp04-workspace">
      <section className="panel">
        <p>{t('sp04.intro')}</p>
        <p className="notice">
          <strong>{t('sp04.conflictRule')}:</strong> {localized(content.conflictRule)}
        </p>
        <p className="muted">{t('sp04.scopeHelp')}</p>
        <details>
          <summary>{t('sp04.typesTitle')}</summary>
          <dl className="sp04-types">
            {content.customerTypes.map((type) => (
              <div key={type.id}>
                <dt>{localized(type.label)}</dt>
                <dd>{localized(type.description)}</dd>
              </div>
            ))}
          </dl>
        </details>
      </section>

      <div className="sp04-columns">
        <section className="panel sp04-notes" aria-labelledby="sp04-notes">
          <h2 id="sp04-notes">{t('sp04.notesTitle')}</h2>
          <p className={unfiled > 0 ? 'field-error' : 'ok-text'} data-testid="sp04-unfiled">
            {unfiled > 0
              ? t('sp04.unfiled', { count: unfiled, total: data.notes.length })
              : t('sp04.allFiled', { total: data.notes.length })}
          </p>
          <div className="inline small">
            <label className="choice-line">
              <input type="checkbox" checked={onlyUnfiled} onChange={(event) => setOnlyUnfiled(event.target.checked)} />
              {t('sp04.onlyUnfiled')}
            </label>
            <label className="choice-line">
              {t('sp04.sortBy')}
              <select value={byDate ? 'date' : 'id'} onChange={(event) => setByDate(event.target.value === 'date')}>
                <option value="id">{t('sp04.sortById')}</option>
                <option value="date">{t('sp04.sortByDate')}</option>
              </select>
            </label>
          </div>
          <ul className="sp04-note-list">
            {shownNotes.map((note) => (
              <NoteCard
                key={note.id}
                note={note}
                content={content}
                records={records}
                holder={holderOf.get(note.id)}
                editable={editable}
                owner={review ? data.ownerOf.get(note.id) : undefined}
                onCreate={() => apply(edits.create(note.id))}
                onFile={(recordId) => apply(edits.attach(note.id, recordId))}
              />
            ))}
          </ul>
        </section>

        <section className="panel sp04-records" aria-labelledby="sp04-records">
          <h2 id="sp04-records">{t('sp04.recordsTitle')}</h2>
          <p className="muted">
            {t('sp04.recordsHelp')} {records.length > 0 && t('sp04.recordCount', { count: records.length })}
          </p>
          {records.length === 0 && <p className="notice">{t('sp04.noRecords')}</p>}
          {records.map((record) => (
            <RecordCard
              key={record.id}
              record={record}
              content={content}
              editable={editable}
              review={reviewOf.get(record.id)}
              onSet={(field, value) => setField(record.id, field, value)}
              onTakeOut={(note) => apply(edits.detach(note))}
              onRemove={() => apply(edits.remove(record.id))}
            />
          ))}
          {review && review.uncovered.length > 0 && (
            <div className="notice">
              <strong>{t('sp04.feedback.uncoveredTitle')}</strong>
              <ul>
                {review.uncovered.map((customer) => (
                  <li key={customer.id}>
                    {localized(customer.name.full)} · {customer.phone} · {customer.notes.join(', ')}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
