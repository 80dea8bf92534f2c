import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { CriteriaList } from '../../components/CriteriaList';
import { useLocalized } from '../../components/useLocalized';
import { roundPoints } from '../../domain/scoring/criterion';
import { studentTotal } from '../../domain/scoring/grades';
import { useClassData } from '../classes/useClassData';
import { teamSeedOf, useEvidenceLabels } from '../classes/useEvidenceLabel';

const TeamRadar = lazy(() => import('./TeamRadar'));

/** A printable report for one team: members and totals, every sub-project's score and explanations, the radar. */
export function TeamReportPage() {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const { classId = '', teamId = '' } = useParams();
  const { loading, data } = useClassData(classId);
  const evidenceLabels = useEvidenceLabels(data?.scenario, teamSeedOf(data?.bundle, teamId));
  if (loading) return null;
  const team = data?.bundle.teams.find((candidate) => candidate.id === teamId);
  if (!data || !team) return <p role="alert">{t('classPage.notFound')}</p>;
  const { bundle, scenario } = data;
  const grades = data.gradesByTeam.get(teamId) ?? [];
  const teamTotal = roundPoints(grades.reduce((sum, grade) => sum + (grade.final ?? 0), 0));
  const nameOf = (index: number) => {
    const slot = scenario?.subprojects[index];
    return slot ? localized(slot.name) : String(index + 1);
  };
  const members = team.memberIds.flatMap((id) => bundle.students.filter((student) => student.id === id));

  return (
    <div className="page report">
      <p className="no-print actions">
        <Link to={paths.classPage(classId, 'dashboard')}>← {t('grading.back')}</Link>
        <button type="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </p>
      <h1>{t('report.title', { className: bundle.classSession.name, number: team.number })}</h1>
      <p className="card-meta">
        <span>{scenario ? localized(scenario.title) : bundle.classSession.scenarioId}</span>
        <span>
          {t('report.date', { date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date()) })}
        </span>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('exportsTab.headers.studentId')}</th>
            <th scope="col">{t('exportsTab.headers.name')}</th>
            <th scope="col" className="numeric">
              {t('exportsTab.headers.adjustment')}
            </th>
            <th scope="col" className="numeric">
              {t('exportsTab.headers.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((student) => {
            const adjustments = bundle.adjustments.filter((row) => row.studentId === student.id);
            return (
              <tr key={student.id}>
                <td>{student.id}</td>
                <td>{student.name}</td>
                <td className="numeric">{roundPoints(adjustments.reduce((sum, row) => sum + row.points, 0))}</td>
                <td className="numeric">{studentTotal(grades, adjustments)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <strong>{t('report.teamTotal', { points: teamTotal })}</strong>
      </p>
      <Suspense fallback={null}>
        <TeamRadar
          label={t('teamsTab.team', { number: team.number })}
          height={300}
          width={480}
          points={grades.map((grade, index) => ({
            subject: String(index + 1),
            name: nameOf(index),
            value: grade.weight > 0 ? Math.round(((grade.final ?? 0) / grade.weight) * 100) : 0,
          }))}
        />
      </Suspense>
      {grades.map((grade, index) => (
        <section key={grade.subprojectId} className="report-section">
          <h2>
            {index + 1}. {nameOf(index)} —{' '}
            {grade.final === null
              ? t('report.notSubmitted')
              : t('grading.of', { points: grade.final, max: grade.weight })}
          </h2>
          {grade.override && (
            <p className="muted">
              {t('grading.overrideCurrent', { points: grade.override.points, reason: grade.override.reason })}
            </p>
          )}
          {grade.counting && (
            <CriteriaList criteria={grade.counting.criteria} describe={evidenceLabels(grade.subprojectId)} />
          )}
        </section>
      ))}
    </div>
  );
}
