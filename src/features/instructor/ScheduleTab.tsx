import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../components/useLocalized';
import type { Scenario } from '../../domain/scenario';
import { checkWeights } from '../../domain/scoring/grades';
import type { ClassScheduleEntry } from '../../domain/session/class';
import { db, saveClass, type ClassBundle } from '../../storage';

/** datetime-local wants local time without a zone. */
function toLocalInput(epoch: number | undefined): string {
  if (epoch === undefined) return '';
  const date = new Date(epoch);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Open or close each sub-project and set its deadline (saved at once), and
 * re-weight the sub-projects: weights only make sense together, so they are
 * saved as a set once they add up to 100.
 */
export function ScheduleTab({ bundle, scenario }: { bundle: ClassBundle; scenario: Scenario }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { classSession } = bundle;
  const [weights, setWeights] = useState<Record<string, string>>({});
  const weightOf = (entry: ClassScheduleEntry) => weights[entry.id] ?? String(entry.weight);
  const numeric = Object.fromEntries(classSession.subprojects.map((entry) => [entry.id, Number(weightOf(entry))]));
  const check = checkWeights(
    numeric,
    classSession.subprojects.map((entry) => entry.id),
  );
  const changed = classSession.subprojects.some((entry) => numeric[entry.id] !== entry.weight);
  const saveWeights = async () => {
    await saveClass(db, {
      ...classSession,
      subprojects: classSession.subprojects.map((entry) => ({ ...entry, weight: numeric[entry.id] ?? entry.weight })),
    });
    setWeights({});
  };

  const update = async (id: string, patch: Partial<ClassScheduleEntry>) => {
    const subprojects = classSession.subprojects.map((entry) => {
      if (entry.id !== id) return entry;
      const next = { ...entry, ...patch };
      if (patch.deadline === undefined && 'deadline' in patch) delete next.deadline;
      return next;
    });
    await saveClass(db, { ...classSession, subprojects });
  };

  return (
    <>
      <table data-testid="schedule">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('scenario.subproject')}</th>
            <th scope="col">{t('schedule.open')}</th>
            <th scope="col">{t('schedule.deadline')}</th>
            <th scope="col" className="numeric">
              {t('schedule.weight')}
            </th>
          </tr>
        </thead>
        <tbody>
          {classSession.subprojects.map((entry, index) => {
            const slot = scenario.subprojects.find((candidate) => candidate.id === entry.id);
            const name = slot ? localized(slot.name) : entry.id;
            return (
              <tr key={entry.id}>
                <td>{index + 1}</td>
                <td>{name}</td>
                <td>
                  <label className="choice-line">
                    <input
                      type="checkbox"
                      checked={entry.open}
                      aria-label={`${name} ${t('schedule.open')}`}
                      onChange={(event) => void update(entry.id, { open: event.target.checked })}
                    />
                    {entry.open ? t('schedule.opened') : t('schedule.closed')}
                  </label>
                </td>
                <td>
                  <input
                    type="datetime-local"
                    aria-label={`${name} ${t('schedule.deadline')}`}
                    value={toLocalInput(entry.deadline)}
                    onChange={(event) => {
                      const value = event.target.value ? new Date(event.target.value).getTime() : undefined;
                      void update(
                        entry.id,
                        value === undefined || Number.isNaN(value) ? { deadline: undefined } : { deadline: value },
                      );
                    }}
                  />
                </td>
                <td className="numeric">
                  <input
                    type="number"
                    min={0}
                    max={100}
                    step="any"
                    className="weight-input"
                    aria-label={`${name} ${t('schedule.weight')}`}
                    value={weightOf(entry)}
                    onChange={(event) => setWeights({ ...weights, [entry.id]: event.target.value })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="actions">
        <span className={check.ok ? 'muted' : 'field-error'} role={check.ok ? undefined : 'alert'}>
          {check.ok
            ? t('classForm.weightsTotal', { total: check.total })
            : t('classForm.weightsMustBe100', { total: check.total })}
        </span>
        <button type="button" disabled={!check.ok || !changed} onClick={() => void saveWeights()}>
          {t('schedule.saveWeights')}
        </button>
      </p>
    </>
  );
}
