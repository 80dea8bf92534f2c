import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDynamicT } from '../../components/useDynamicT';
import { createRandom } from '../../domain/random';
import { ROLES, type Role } from '../../domain/roles';
import { checkTeams, formTeams } from '../../domain/session/teams';
import type { Team } from '../../domain/session/types';
import { db, saveRoleAssignment, saveTeams, type ClassBundle } from '../../storage';
import { currentSubprojectIndex, teamRoles } from '../classes/teamRoles';

/** Teams of 3–8: formed from the roster with the class seed, then adjusted by hand; roles per member. */
export function TeamsTab({ bundle }: { bundle: ClassBundle }) {
  const { t } = useTranslation();
  const dynamicT = useDynamicT();
  const { classSession, students, teams } = bundle;
  const [size, setSize] = useState('4');
  const [formError, setFormError] = useState<string | null>(null);
  const nameOf = (id: string) => students.find((student) => student.id === id)?.name ?? id;
  const index = currentSubprojectIndex(bundle);
  const problems =
    teams.length > 0
      ? checkTeams(
          teams,
          students.map((student) => student.id),
        )
      : [];

  const form = async () => {
    if (teams.length > 0 && !window.confirm(t('teamsTab.reformConfirm'))) return;
    const result = formTeams(
      { studentIds: students.map((student) => student.id), preset: bundle.rosterTeams, teamSize: Number(size) },
      createRandom(`${classSession.seed}/teams`),
    );
    if (!result.ok) {
      setFormError(
        dynamicT(
          `teamsTab.problemsList.${result.code}`,
          result.code === 'teams.tooFewStudents' ? { needed: result.needed, found: result.found } : {},
        ),
      );
      return;
    }
    setFormError(null);
    await saveTeams(db, classSession.id, result.teams);
  };

  const move = async (studentId: string, targetId: string) => {
    const next = teams.map((team) => ({
      ...team,
      memberIds:
        team.id === targetId
          ? [...team.memberIds.filter((id) => id !== studentId), studentId]
          : team.memberIds.filter((id) => id !== studentId),
    }));
    await saveTeams(db, classSession.id, next);
  };

  const setRole = async (team: Team, studentId: string, role: Role) => {
    const subprojectId = classSession.subprojects[index]?.id;
    if (!subprojectId) return;
    await saveRoleAssignment(db, {
      classId: classSession.id,
      teamId: team.id,
      subprojectId,
      assignment: { ...teamRoles(bundle, team, index), [studentId]: role },
    });
  };

  return (
    <div>
      <section className="panel" aria-labelledby="form-teams">
        <h2 id="form-teams">{t('teamsTab.formTitle')}</h2>
        <p className="inline">
          <label className="field">
            <span>{t('teamsTab.size')}</span>
            <input type="number" min={3} max={8} value={size} onChange={(event) => setSize(event.target.value)} />
          </label>
          <button type="button" onClick={() => void form()} disabled={students.length === 0}>
            {teams.length > 0 ? t('teamsTab.reform') : t('teamsTab.form')}
          </button>
        </p>
        {formError && (
          <p className="field-error" role="alert">
            {formError}
          </p>
        )}
      </section>
      {problems.length > 0 && (
        <div className="notice error" role="alert">
          <p>{t('teamsTab.problems')}</p>
          <ul>
            {problems.map((problem, i) => (
              <li key={i}>
                {dynamicT(`teamsTab.problemsList.${problem.code}`, {
                  ...('teamId' in problem && { team: teams.find((team) => team.id === problem.teamId)?.number }),
                  ...('size' in problem && { size: problem.size }),
                  ...('studentId' in problem && { student: nameOf(problem.studentId) }),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {teams.length === 0 && <p className="muted">{t('teamsTab.noTeams')}</p>}
      <div className="card-grid" data-testid="teams">
        {teams.map((team) => {
          const roles = teamRoles(bundle, team, index);
          return (
            <article key={team.id} className="card" data-testid={`team-${team.number}`}>
              <h3>{t('teamsTab.team', { number: team.number })}</h3>
              <table className="compact">
                <thead>
                  <tr>
                    <th scope="col">{t('teamsTab.members')}</th>
                    <th scope="col">{t('teamsTab.roleFor', { number: index + 1 })}</th>
                    <th scope="col">{t('teamsTab.move')}</th>
                  </tr>
                </thead>
                <tbody>
                  {team.memberIds.map((id) => (
                    <tr key={id}>
                      <td>{nameOf(id)}</td>
                      <td>
                        <select
                          aria-label={`${nameOf(id)} ${t('teamsTab.role')}`}
                          value={roles[id] ?? 'manager'}
                          onChange={(event) => void setRole(team, id, event.target.value as Role)}
                        >
                          {ROLES.map((role) => (
                            <option key={role} value={role}>
                              {t(`roles.${role}`)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <select
                          aria-label={`${nameOf(id)} ${t('teamsTab.move')}`}
                          value={team.id}
                          onChange={(event) => void move(id, event.target.value)}
                        >
                          {teams.map((target) => (
                            <option key={target.id} value={target.id}>
                              {t('teamsTab.team', { number: target.number })}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </article>
          );
        })}
      </div>
    </div>
  );
}
