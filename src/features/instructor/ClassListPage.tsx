import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { db, listClasses } from '../../storage';
import { PinSettings } from './PinSettings';

export function ClassListPage() {
  const { t, i18n } = useTranslation();
  const classes = useLiveQuery(() => listClasses(db), []);
  const counts = useLiveQuery(async () => {
    const [students, teams] = await Promise.all([db.students.toArray(), db.teams.toArray()]);
    const count = (rows: { classId: string }[], id: string) => rows.filter((row) => row.classId === id).length;
    return (classId: string) => ({ students: count(students, classId), teams: count(teams, classId) });
  }, []);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  return (
    <div className="page">
      <h1>{t('instructor.title')}</h1>
      <p className="actions">
        <Link className="button" to={paths.newClass()}>
          {t('instructor.newClass')}
        </Link>
      </p>
      <h2>{t('instructor.classes')}</h2>
      {classes && classes.length === 0 && <p className="muted">{t('instructor.noClasses')}</p>}
      <div className="card-grid" data-testid="class-list">
        {classes?.map((classSession) => (
          <article key={classSession.id} className="card">
            <h3>{classSession.name}</h3>
            <p className="card-meta">
              <span>{t('instructor.students', { count: counts?.(classSession.id).students ?? 0 })}</span>
              <span>{t('instructor.teamsCount', { count: counts?.(classSession.id).teams ?? 0 })}</span>
              <span>{t('instructor.createdAt', { date: date.format(classSession.createdAt) })}</span>
            </p>
            <Link className="button" to={paths.classPage(classSession.id)}>
              {t('instructor.open')}
            </Link>
          </article>
        ))}
      </div>
      <PinSettings />
    </div>
  );
}
