import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { CriteriaList } from '../../components/CriteriaList';
import { useLocalized } from '../../components/useLocalized';
import { roundPoints } from '../../domain/scoring/criterion';
import { teamKey, useMemberStore } from '../../state/member-store';
import { PinGate } from '../instructor/PinGate';
import { teamRoles } from '../classes/teamRoles';
import { statusIn, useClassData } from '../classes/useClassData';
import { teamSeedOf, useEvidenceLabels } from '../classes/useEvidenceLabel';
import { LifecycleBar } from './LifecycleBar';
import { NotesWorkspace } from './NotesWorkspace';
import { WORKSPACES } from '../subprojects/registry';
import { db, updateAnswer } from '../../storage';
import { newId, now } from '../classes/clock';
import type { JsonValue } from '../../domain/session/actions';
import { flushAllDrafts, trackSave } from '../../state/save-status';
import { SaveStatus } from './SaveStatus';

/** One sub-project for one team: the workspace, the gated steps, and after scoring every criterion. */
export function SubprojectPage() {
  const [search] = useSearchParams();
  // The instructor's read-only view of a team is part of the instructor area: behind the PIN when one is set.
  return search.get('view') === 'instructor' ? (
    <PinGate>
      <SubprojectView />
    </PinGate>
  ) : (
    <SubprojectView />
  );
}

function SubprojectView() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { classId = '', teamId = '', subprojectId = '' } = useParams();
  const [search] = useSearchParams();
  const readOnly = search.get('view') === 'instructor';
  const memberId = useMemberStore((state) => state.members[teamKey(classId, teamId)]);
  const { loading, data } = useClassData(classId);
  const teamSeed = teamSeedOf(data?.bundle, teamId);
  const evidenceLabels = useEvidenceLabels(data?.scenario, teamSeed);
  if (loading) return null;
  const team = data?.bundle.teams.find((candidate) => candidate.id === teamId);
  const index = data?.bundle.classSession.subprojects.findIndex((entry) => entry.id === subprojectId) ?? -1;
  const entry = data?.bundle.classSession.subprojects[index];
  if (!data || !team || !entry) return <p role="alert">{t('classPage.notFound')}</p>;
  const { bundle, scenario } = data;
  const member = bundle.students.find((student) => student.id === memberId && team.memberIds.includes(student.id));
  const back = (
    <p>
      <Link to={`${paths.workspace(classId, teamId)}${readOnly ? '?view=instructor' : ''}`}>
        ← {t('team.backToList')}
      </Link>
    </p>
  );
  if (!readOnly && !member) return back;

  const gates = data.rules.gatesOf(subprojectId);
  const current = data.workByTeam.get(teamId)?.[subprojectId];
  const status = statusIn(data, teamId, entry);
  const role = member ? teamRoles(bundle, team, index)[member.id] : undefined;
  const slot = scenario?.subprojects.find((candidate) => candidate.id === subprojectId);
  const grade = data.gradesByTeam.get(teamId)?.[index];
  const actor = member && role ? { classId, teamId, subprojectId, studentId: member.id, role } : undefined;
  const notes = typeof current?.answers['notes'] === 'string' ? current.answers['notes'] : '';
  const editable = !readOnly && entry.open && (status === 'open' || status === 'in-progress');
  const Workspace = WORKSPACES[subprojectId];
  const save = async (field: string, next: (previous: JsonValue | null) => JsonValue | null) => {
    if (actor) await trackSave(updateAnswer(db, { ...actor, id: newId(), at: now() }, field, next));
  };

  return (
    <div className="page">
      {back}
      <h1>
        {index + 1}. {slot ? localized(slot.name) : subprojectId}
      </h1>
      <p className="card-meta">
        <span className="tag">{t(`lifecycle.${status}`)}</span>
        {member && role && (
          <span data-testid="you-are">{t('team.youAre', { name: member.name, role: t(`roles.${role}`) })}</span>
        )}
        {editable && Workspace && <SaveStatus />}
      </p>
      {!entry.open && status === 'locked' ? (
        <p className="notice">{t('team.notOpen')}</p>
      ) : (
        <>
          {Workspace ? (
            <Suspense fallback={null}>
              <Workspace
                content={slot?.content as never}
                answers={current?.answers ?? {}}
                editable={editable && actor !== undefined}
                save={save}
                teamSeed={teamSeed}
                {...(grade?.counting && { result: grade.counting })}
              />
            </Suspense>
          ) : actor ? (
            <NotesWorkspace
              key={`${subprojectId}-${current?.attempts.length ?? 0}`}
              stored={notes}
              editable={editable}
              save={save}
            />
          ) : (
            <pre className="answers">{notes}</pre>
          )}
          {actor && (
            <LifecycleBar
              status={status}
              gates={gates}
              resubmissionAllowed={bundle.classSession.resubmission.allowed}
              actor={actor}
              beforeStep={flushAllDrafts}
            />
          )}
        </>
      )}
      {grade?.counting && (
        <section className="panel" aria-labelledby="score-title" data-testid="team-score">
          <h2 id="score-title">
            {t('team.score')}: {t('team.scoreLine', { points: grade.final ?? 0, max: grade.weight })}
          </h2>
          {grade.counting.total.pendingMax > 0 && (
            <p className="muted">
              {t('team.pendingNote', {
                points: roundPoints(
                  (grade.counting.total.pendingMax / (grade.counting.total.max + grade.counting.total.pendingMax)) *
                    grade.weight,
                ),
              })}
            </p>
          )}
          <h3>{t('team.criteria')}</h3>
          <CriteriaList criteria={grade.counting.criteria} describe={evidenceLabels(subprojectId)} />
        </section>
      )}
    </div>
  );
}
