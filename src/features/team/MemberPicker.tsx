import { useTranslation } from 'react-i18next';
import type { Team } from '../../domain/session/types';
import type { ClassBundle } from '../../storage';

/** "Who are you?" — every action is attributed to the member chosen here. */
export function MemberPicker({
  bundle,
  team,
  onPick,
}: {
  bundle: ClassBundle;
  team: Team;
  onPick: (studentId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="page narrow">
      <h1>
        {bundle.classSession.name} · {t('team.teamName', { number: team.number })}
      </h1>
      <section className="panel" aria-labelledby="who-title">
        <h2 id="who-title">{t('team.whoAreYou')}</h2>
        <p className="muted">{t('team.whoHelp')}</p>
        <p className="actions">
          {team.memberIds.map((id) => (
            <button key={id} type="button" onClick={() => onPick(id)}>
              {bundle.students.find((student) => student.id === id)?.name ?? id}
            </button>
          ))}
        </p>
      </section>
    </div>
  );
}
