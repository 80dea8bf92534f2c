import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../components/useLocalized';
import type { Scenario } from '../../domain/scenario';
import type { ClassScheduleEntry } from '../../domain/session/class';
import { db, saveClass, type ClassBundle } from '../../storage';

/** datetime-local wants local time without a zone. */
function toLocalInput(epoch: number | undefined): string {
  if (epoch === undefined) return '';
  const date = new Date(epoch);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Open or close each sub-project and set its deadline; every change is saved at once. */
export function ScheduleTab({ bundle, scenario }: { bundle: ClassBundle; scenario: Scenario }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { classSession } = bundle;

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
              <td className="numeric">{entry.weight}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
