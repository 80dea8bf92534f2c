import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { useLocalized } from '../../components/useLocalized';
import { teamKey, useMemberStore } from '../../state/member-store';
import { PinGate } from '../instructor/PinGate';
import { teamRoles } from '../classes/teamRoles';
import { statusIn, useClassData } from '../classes/useClassData';
import { MemberPicker } from './MemberPicker';
import { SubmissionExport } from './SubmissionExport';

/** The team's home: who is at the keyboard, and the twelve sub-projects with status, role and score. */
export function WorkspacePage() {
  const [search] = useSearchParams();
  // The instructor's read-only view of a team is part of the instructor area: behind the PIN when one is set.
  return search.get('view') === 'instructor' ? (
    <PinGate>
      <WorkspaceView />
    </PinGate>
  ) : (
    <WorkspaceView />
  );
}

function WorkspaceView() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { classId = '', teamId = '' } = useParams();
  const [search] = useSearchParams();
  const readOnly = search.get('view') === 'instructor';
  const memberId = useMemberStore((state) => state.members[teamKey(classId, teamId)]);
  const setMember = useMemberStore((state) => state.setMember);
  const { loading, data } = useClassData(classId);
  if (loading) return null;
  const team = data?.bundle.teams.find((candidate) => candidate.id === teamId);
  if (!data || !team) return <p role="alert">{t('classPage.notFound')}</p>;
  const { bundle, scenario } = data;
  const member = bundle.students.find((student) => student.id === memberId && team.memberIds.includes(student.id));
  if (!readOnly && !member)
    return <MemberPicker bundle={bundle} team={team} onPick={(id) => setMember(teamKey(classId, teamId), id)} />;

  const grades = data.gradesByTeam.get(teamId) ?? [];
  const suffix = readOnly ? '?view=instructor' : '';

  return (
    <div className="page">
      <h1>
        {bundle.classSession.name} · {t('team.teamName', { number: team.number })}
      </h1>
      {member && (
        <p className="actions">
          <strong>{member.name}</strong>
          <button type="button" className="secondary" onClick={() => setMember(teamKey(classId, teamId), undefined)}>
            {t('team.switchMember')}
          </button>
        </p>
      )}
      <h2>{t('team.subprojects')}</h2>
      <table data-testid="team-subprojects">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('scenario.subproject')}</th>
            <th scope="col">{t('schedule.status')}</th>
            {member && <th scope="col">{t('team.yourRole')}</th>}
            <th scope="col" className="numeric">
              {t('team.score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {bundle.classSession.subprojects.map((entry, index) => {
            const slot = scenario?.subprojects.find((candidate) => candidate.id === entry.id);
            const status = statusIn(data, teamId, entry);
            const grade = grades[index];
            const role = member ? teamRoles(bundle, team, index)[member.id] : undefined;
            return (
              <tr key={entry.id}>
                <td>{index + 1}</td>
                <td>
                  {status === 'locked' ? (
                    slot ? (
                      localized(slot.name)
                    ) : (
                      entry.id
                    )
                  ) : (
                    <Link to={`${paths.teamSubproject(classId, teamId, entry.id)}${suffix}`}>
                      {slot ? localized(slot.name) : entry.id}
                    </Link>
                  )}
                </td>
                <td>{t(`lifecycle.${status}`)}</td>
                {member && <td>{role ? t(`roles.${role}`) : ''}</td>}
                <td className="numeric">
                  {grade?.final === null || grade?.final === undefined
                    ? ''
                    : t('team.scoreLine', { points: grade.final, max: grade.weight })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!readOnly && <SubmissionExport classData={data} teamId={teamId} teamNumber={team.number} />}
    </div>
  );
}
