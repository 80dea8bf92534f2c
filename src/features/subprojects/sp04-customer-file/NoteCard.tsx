import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import type { TeamRecord } from '../../../domain/subprojects/sp04-customer-file/answers';
import type { Content } from '../../../domain/subprojects/sp04-customer-file/content';
import type { RawNote, TrueCustomer } from '../../../domain/subprojects/sp04-customer-file/generate';

interface Props {
  readonly note: RawNote;
  readonly content: Content;
  readonly records: readonly TeamRecord[];
  /** The record that holds this note, if any. */
  readonly holder: TeamRecord | undefined;
  readonly editable: boolean;
  /** After scoring: the customer the note is really about. */
  readonly owner: TrueCustomer | undefined;
  readonly onCreate: () => void;
  readonly onFile: (recordId: string) => void;
}

/** One raw note: kind, date and text, where it is filed, and the two ways to file it. */
export function NoteCard({ note, content, records, holder, editable, owner, onCreate, onFile }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const kind = content.noteKinds.find((candidate) => candidate.id === note.kind);
  const targets = records.filter((record) => record !== holder);
  return (
    <li className={`sp04-note${holder ? ' filed' : ''}`} data-testid={`note-${note.id}`}>
      <p className="sp04-note-head">
        <strong>{note.id}</strong>
        <span>{kind ? localized(kind.label) : note.kind}</span>
        <span className="nowrap">{note.date}</span>
        <span className={`tag${holder ? '' : ' danger'}`}>
          {holder ? t('sp04.filedIn', { record: holder.id }) : t('sp04.notFiled')}
        </span>
      </p>
      <p className="sp04-note-text">{localized(note.text)}</p>
      {owner && <p className="muted small">{t('sp04.belongsTo', { name: localized(owner.name.full) })}</p>}
      {editable && (
        <div className="sp04-note-actions">
          <button
            type="button"
            className="secondary"
            aria-label={t('sp04.newRecordFrom', { note: note.id })}
            onClick={onCreate}
          >
            {t('sp04.newRecord')}
          </button>
          {targets.length > 0 && (
            <select
              aria-label={t('sp04.fileIntoLabel', { note: note.id })}
              value=""
              onChange={(event) => {
                if (event.target.value !== '') onFile(event.target.value);
              }}
            >
              <option value="">{t('sp04.fileInto')}</option>
              {targets.map((record) => (
                <option key={record.id} value={record.id}>
                  {record.name.trim() ? `${record.id} · ${record.name}` : record.id}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
    </li>
  );
}
