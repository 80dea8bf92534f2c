import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { CriteriaList } from '../../components/CriteriaList';
import { useLocalized } from '../../components/useLocalized';
import { replay } from '../../domain/session/replay';
import { useClassData } from '../classes/useClassData';
import { teamSeedOf, useEvidenceLabels } from '../classes/useEvidenceLabel';
import { AdjustmentsPanel } from './AdjustmentsPanel';
import { ManualScoresPanel } from './ManualScoresPanel';
import { OverrideForm } from './OverrideForm';

/** One team's sub-project: every criterion, who submitted and approved, override, adjustments, replay. */
export function GradingPage() {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const { classId = '', teamId = '', subprojectId = '' } = useParams();
  const { loading, data } = useClassData(classId);
  const teamSeed = teamSeedOf(data?.bundle, teamId);
  const evidenceLabels = useEvidenceLabels(data?.scenario, teamSeed);
  const [step, setStep] = useState<number | null>(null);
  if (loading) return null;
  const team = data?.bundle.teams.find((candidate) => candidate.id === teamId);
  const grade = data?.gradesByTeam.get(teamId)?.find((candidate) => candidate.subprojectId === subprojectId);
  if (!data || !team || !grade) return <p role="alert">{t('classPage.notFound')}</p>;

  const { bundle, scenario } = data;
  const slot = scenario?.subprojects.find((candidate) => candidate.id === subprojectId);
  const members = bundle.students.filter((student) => team.memberIds.includes(student.id));
  const nameOf = (id: string) => members.find((member) => member.id === id)?.name ?? id;
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const counting = grade.counting;
  const log = (data.actionsByTeam.get(teamId) ?? []).filter((action) => action.subprojectId === subprojectId);
  const shownStep = step ?? log.length;
  const replayed = replay(log, data.rules, shownStep);

  return (
    <div className="page">
      <p>
        <Link to={paths.classPage(classId, 'dashboard')}>← {t('grading.back')}</Link>
      </p>
      <h1>{t('grading.title', { number: team.number, subproject: slot ? localized(slot.name) : subprojectId })}</h1>
      <dl className="facts-inline">
        <div>
          <dt>{t('grading.auto')}</dt>
          <dd data-testid="auto-score">
            {grade.auto === null ? '—' : t('grading.of', { points: grade.auto, max: grade.weight })}
          </dd>
        </div>
        <div>
          <dt>{t('grading.final')}</dt>
          <dd data-testid="final-score">
            {grade.final === null ? '—' : t('grading.of', { points: grade.final, max: grade.weight })}
          </dd>
        </div>
      </dl>
      {counting ? (
        <section className="panel" aria-labelledby="attempt-title">
          <h2 id="attempt-title">{t('grading.attempt', { number: counting.attempt.number })}</h2>
          <p className="muted">
            {t('grading.submittedBy', {
              time: time.format(counting.attempt.submittedAt),
              name: nameOf(counting.attempt.submittedBy.studentId),
              role: t(`roles.${counting.attempt.submittedBy.role}`),
            })}
            {counting.attempt.approvedBy && counting.attempt.approvedAt !== undefined && (
              <>
                {' '}
                ·{' '}
                {t('grading.approvedBy', {
                  time: time.format(counting.attempt.approvedAt),
                  name: nameOf(counting.attempt.approvedBy.studentId),
                  role: t(`roles.${counting.attempt.approvedBy.role}`),
                })}
              </>
            )}
            {counting.late && <span className="tag danger">{t('grading.lateMark')}</span>}
          </p>
          <CriteriaList criteria={counting.criteria} describe={evidenceLabels(subprojectId)} />
        </section>
      ) : (
        <p className="notice">{t('grading.notSubmitted')}</p>
      )}
      {counting && (
        <ManualScoresPanel bundle={bundle} teamId={teamId} subprojectId={subprojectId} criteria={counting.criteria} />
      )}
      <OverrideForm key={`${grade.override?.at ?? 'none'}`} classId={classId} teamId={teamId} grade={grade} />
      <AdjustmentsPanel classId={classId} members={members} adjustments={bundle.adjustments} />
      {log.length > 0 && (
        <section className="panel" aria-labelledby="replay-title">
          <h2 id="replay-title">{t('grading.replay')}</h2>
          <input
            type="range"
            min={0}
            max={log.length}
            value={shownStep}
            aria-label={t('grading.replay')}
            onChange={(event) => setStep(Number(event.target.value))}
          />
          <p className="muted">{t('grading.replayStep', { step: shownStep, total: log.length })}</p>
          {shownStep > 0 && log[shownStep - 1] && (
            <p>
              {time.format(log[shownStep - 1]!.at)} · {nameOf(log[shownStep - 1]!.studentId)}（
              {t(`roles.${log[shownStep - 1]!.role}`)}）· {log[shownStep - 1]!.type}
            </p>
          )}
          <pre className="answers">{JSON.stringify(replayed.work[subprojectId]?.answers ?? {}, null, 2)}</pre>
        </section>
      )}
    </div>
  );
}
