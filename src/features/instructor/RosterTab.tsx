import { useState, type ChangeEvent, type FormEvent } from 'react';
import { readChosenFiles } from '../../components/chosenFiles';
import { useTranslation } from 'react-i18next';
import { useDynamicT } from '../../components/useDynamicT';
import { parseRoster, type RosterError } from '../../domain/session/roster';
import { addStudents, db, removeStudent, type ClassBundle } from '../../storage';

type Outcome =
  | { kind: 'imported'; added: number; updated: number; format: string; errors: readonly RosterError[] }
  | { kind: 'refused'; file: string; code: string; columns: readonly string[] };

/** Roster: import a CSV (plain, Moodle or Canvas) or add students by hand. */
export function RosterTab({ bundle }: { bundle: ClassBundle }) {
  const { t } = useTranslation();
  const dynamicT = useDynamicT();
  const classId = bundle.classSession.id;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [manual, setManual] = useState({ id: '', name: '', email: '' });
  const teamOf = (studentId: string) => bundle.teams.find((team) => team.memberIds.includes(studentId))?.number;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const [file] = await readChosenFiles(event);
    if (!file) return;
    const result = parseRoster(file.text);
    if (!result.ok) {
      setOutcome({ kind: 'refused', file: file.name, code: result.code, columns: result.columns });
      return;
    }
    const added = await addStudents(db, classId, result.entries);
    setOutcome({
      kind: 'imported',
      added,
      updated: result.entries.length - added,
      format: result.format,
      errors: result.errors,
    });
  };

  const addManual = async (event: FormEvent) => {
    event.preventDefault();
    const { id, name, email } = manual;
    if (!id.trim() || !name.trim()) return;
    await addStudents(db, classId, [
      { student: { id: id.trim(), name: name.trim(), ...(email.trim() && { email: email.trim() }) } },
    ]);
    setManual({ id: '', name: '', email: '' });
  };

  return (
    <div>
      <section className="panel" aria-labelledby="roster-import">
        <h2 id="roster-import">{t('roster.importTitle')}</h2>
        <p className="muted">{t('roster.importHelp')}</p>
        <label className="file-button">
          {t('roster.choose')}
          <input type="file" accept=".csv,text/csv,text/plain" onChange={(event) => void onFile(event)} />
        </label>
        <div aria-live="polite">
          {outcome?.kind === 'imported' && (
            <div className={`notice ${outcome.errors.length > 0 ? 'error' : 'success'}`} data-testid="roster-outcome">
              <p>{t('roster.imported', { added: outcome.added, updated: outcome.updated, format: outcome.format })}</p>
              {outcome.errors.length > 0 && (
                <>
                  <p>{t('roster.rowErrors', { count: outcome.errors.length })}</p>
                  <ul>
                    {outcome.errors.map((error) => (
                      <li key={error.line}>
                        {t('roster.line', { line: error.line })}:{' '}
                        {dynamicT(`roster.errors.${error.code}`, error.params)}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
          {outcome?.kind === 'refused' && (
            <p className="notice error" role="alert">
              {t('roster.refused', {
                file: outcome.file,
                reason: dynamicT(`roster.errors.${outcome.code}`, { columns: outcome.columns.join(', ') }),
              })}
            </p>
          )}
        </div>
      </section>

      <form className="panel" onSubmit={(event) => void addManual(event)} aria-labelledby="roster-add">
        <h2 id="roster-add">{t('roster.addTitle')}</h2>
        <p className="inline">
          {(['id', 'name', 'email'] as const).map((field) => (
            <label key={field} className="field">
              <span>{t(field === 'id' ? 'roster.studentId' : field === 'name' ? 'roster.name' : 'roster.email')}</span>
              <input
                value={manual[field]}
                onChange={(event) => setManual({ ...manual, [field]: event.target.value })}
                required={field !== 'email'}
              />
            </label>
          ))}
          <button type="submit">{t('roster.add')}</button>
        </p>
      </form>

      <h2>{t('roster.count', { count: bundle.students.length })}</h2>
      {bundle.students.length === 0 ? (
        <p className="muted">{t('roster.empty')}</p>
      ) : (
        <table data-testid="roster-table">
          <thead>
            <tr>
              <th scope="col">{t('roster.studentId')}</th>
              <th scope="col">{t('roster.name')}</th>
              <th scope="col">{t('roster.email')}</th>
              <th scope="col">{t('exportsTab.headers.team')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {bundle.students.map((student) => (
              <tr key={student.id}>
                <td>{student.id}</td>
                <td>{student.name}</td>
                <td>{student.email ?? ''}</td>
                <td>{teamOf(student.id) ?? ''}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void removeStudent(db, classId, student.id)}
                  >
                    {t('roster.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
