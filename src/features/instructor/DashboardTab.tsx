import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useLocalized } from '../../components/useLocalized';
import { roundPoints } from '../../domain/scoring/criterion';
import { contributionCounts } from '../../domain/session/replay';
import { statusIn, type ClassData } from '../classes/useClassData';

// Charts load on demand so the first load on an old lab PC stays small.
const ClassCharts = lazy(() => import('./ClassCharts'));

/** Teams × sub-projects: status and score per cell, totals, progress, charts and contributions. */
export function DashboardTab({ data }: { data: ClassData }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { bundle, scenario, actionsByTeam, gradesByTeam } = data;
  const { classSession, teams, students } = bundle;
  const nameOf = (id: string) => students.find((student) => student.id === id)?.name ?? id;

  const rows = useMemo(
    () =>
      teams.map((team) => {
        const actions = actionsByTeam.get(team.id) ?? [];
        const grades = gradesByTeam.get(team.id) ?? [];
        const statuses = classSession.subprojects.map((entry) => statusIn(data, team.id, entry));
        const total = roundPoints(grades.reduce((sum, grade) => sum + (grade.final ?? 0), 0));
        return {
          team,
          grades,
          statuses,
          total,
          done: statuses.filter((status) => status === 'scored').length,
          contributions: contributionCounts(actions),
        };
      }),
    [data, teams, actionsByTeam, gradesByTeam, classSession],
  );

  if (teams.length === 0) return <p className="muted">{t('dashboard.noTeams')}</p>;
  const label = (index: number) => {
    const slot = scenario?.subprojects[index];
    return slot ? localized(slot.name) : String(index + 1);
  };

  return (
    <div>
      <h2>{t('dashboard.matrix')}</h2>
      <div className="table-scroll">
        <table className="matrix" data-testid="matrix">
          <thead>
            <tr>
              <th scope="col">{t('exportsTab.headers.team')}</th>
              {classSession.subprojects.map((entry, index) => (
                <th key={entry.id} scope="col" title={label(index)}>
                  {index + 1}
                </th>
              ))}
              <th scope="col" className="numeric">
                {t('dashboard.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ team, grades, statuses, total, done }) => (
              <tr key={team.id} data-testid={`matrix-team-${team.number}`}>
                <th scope="row">
                  {t('teamsTab.team', { number: team.number })}
                  <div className="muted small">
                    {t('dashboard.progress', { done, total: classSession.subprojects.length })}
                  </div>
                  <Link className="small" to={`${paths.workspace(classSession.id, team.id)}?view=instructor`}>
                    {t('dashboard.viewAsTeam')}
                  </Link>
                  <br />
                  <Link className="small" to={paths.report(classSession.id, team.id)}>
                    {t('report.open')}
                  </Link>
                </th>
                {classSession.subprojects.map((entry, index) => {
                  const grade = grades[index];
                  const status = statuses[index] ?? 'locked';
                  return (
                    <td key={entry.id} className={`cell-${status}`}>
                      <Link
                        to={paths.grading(classSession.id, team.id, entry.id)}
                        aria-label={`${t('teamsTab.team', { number: team.number })} ${label(index)}`}
                      >
                        <span className="cell-status">{t(`lifecycle.${status}`)}</span>
                        {grade?.final !== null && grade?.final !== undefined && (
                          <span className="cell-points">{grade.final}</span>
                        )}
                        {grade?.override && <span className="tag">{t('dashboard.override')}</span>}
                        {grade?.counting?.late && <span className="tag danger">{t('dashboard.late')}</span>}
                      </Link>
                    </td>
                  );
                })}
                <td className="numeric">
                  <strong>{total}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <Suspense fallback={<p aria-busy="true">{t('dashboard.chartsLoading')}</p>}>
        <ClassCharts
          teams={rows.map(({ team, total, grades }) => ({
            label: t('teamsTab.team', { number: team.number }),
            number: team.number,
            total,
            shares: grades.map((grade, index) => ({
              subject: String(index + 1),
              name: label(index),
              value: grade.weight > 0 ? Math.round(((grade.final ?? 0) / grade.weight) * 100) : 0,
            })),
          }))}
        />
      </Suspense>

      <h2>{t('dashboard.contributions')}</h2>
      <div className="card-grid">
        {rows.map(({ team, contributions }) => (
          <article key={team.id} className="card">
            <h3>{t('teamsTab.team', { number: team.number })}</h3>
            <ul>
              {team.memberIds.map((id) => (
                <li key={id}>
                  {nameOf(id)}: {contributions.get(id) ?? 0}
                </li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </div>
  );
}
