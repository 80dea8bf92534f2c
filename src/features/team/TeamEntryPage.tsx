import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { db, listClasses } from '../../storage';
import { ClassPackImport } from './ClassPackImport';

/** Pick the class and team to work in on this computer. */
export function TeamEntryPage() {
  const { t } = useTranslation();
  const classes = useLiveQuery(async () => {
    const all = await listClasses(db);
    const teams = await db.teams.toArray();
    return all.map((classSession) => ({
      classSession,
      teams: teams.filter((team) => team.classId === classSession.id).sort((a, b) => a.number - b.number),
    }));
  }, []);
  if (!classes) return null;
  return (
    <div className="page">
      <h1>{t('team.title')}</h1>
      <p className="lead">{t('team.chooseClass')}</p>
      {classes.length === 0 && <p className="muted">{t('team.noClasses')}</p>}
      {classes.map(({ classSession, teams }) => (
        <section key={classSession.id} className="panel" aria-label={classSession.name}>
          <h2>{classSession.name}</h2>
          <p className="actions">
            {teams.map((team) => (
              <Link key={team.id} className="button" to={paths.workspace(classSession.id, team.id)}>
                {t('team.teamName', { number: team.number })}
              </Link>
            ))}
          </p>
        </section>
      ))}
      <ClassPackImport />
    </div>
  );
}
