import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import { createRandom } from '../../../domain/random';
import { ROLES, type Role } from '../../../domain/roles';
import { FIELDS, readAnswers } from '../../../domain/subprojects/sp02-department/answers';
import type { Content } from '../../../domain/subprojects/sp02-department/content';
import type { WorkspaceProps } from '../types';
import { useShownAnswer } from '../useShownAnswer';
import { JobDescription } from './JobDescription';

/**
 * Sub-project 2: place the CRM department, choose its duties and their owners,
 * write the three job descriptions. Options appear in a per-team order.
 */
export default function Sp02Workspace({ content, answers, editable, save, teamSeed, result }: WorkspaceProps<Content>) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const team = readAnswers(answers);
  const [shownDuties, showDuties] = useShownAnswer(answers, team.duties);
  const [shownLine, showLine] = useShownAnswer(answers, team.reportingLine);
  const order = useMemo(() => {
    const random = createRandom(`${teamSeed}/sp02-order`);
    return { lines: random.shuffle(content?.reportingLines ?? []), duties: random.shuffle(content?.duties ?? []) };
  }, [content, teamSeed]);
  if (!content) return <p className="notice">{t('sp01.noContent')}</p>;

  const toggle = (id: string, checked: boolean) => {
    const others = shownDuties.filter((duty) => duty !== id);
    showDuties(checked ? [...others, id] : others);
    void save(FIELDS.duties, (previous) => {
      const list = readAnswers({ [FIELDS.duties]: previous }).duties.filter((duty) => duty !== id);
      return checked ? [...list, id] : list;
    });
  };
  const setOwner = (dutyId: string, role: Role | '') =>
    void save(FIELDS.owners, (previous) => {
      const owners: Record<string, string> = { ...readAnswers({ [FIELDS.owners]: previous }).owners };
      if (role === '') delete owners[dutyId];
      else owners[dutyId] = role;
      return owners;
    });

  return (
    <div className="workspace" data-testid="sp02-workspace">
      <fieldset className="panel">
        <legend>{t('sp02.reportingTitle')}</legend>
        {order.lines.map((line) => (
          <div key={line.id}>
            <label className="choice-line">
              <input
                type="radio"
                name="reporting-line"
                checked={shownLine === line.id}
                disabled={!editable}
                onChange={() => {
                  showLine(line.id);
                  void save(FIELDS.reportingLine, () => line.id);
                }}
              />
              {localized(line.text)}
            </label>
            {result && (team.reportingLine === line.id || line.correct) && (
              <p className={`feedback ${line.correct ? 'ok-text' : 'field-error'}`}>{localized(line.feedback)}</p>
            )}
          </div>
        ))}
      </fieldset>

      <section className="panel" aria-labelledby="sp02-duties">
        <h2 id="sp02-duties">{t('sp02.dutiesTitle')}</h2>
        <p className="muted">{t('sp02.dutiesHelp')}</p>
        <ul className="option-list">
          {order.duties.map((duty) => {
            const chosen = shownDuties.includes(duty.id);
            const owner = team.owners[duty.id];
            return (
              <li key={duty.id} className="duty-row">
                <label className="choice-line">
                  <input
                    type="checkbox"
                    checked={chosen}
                    disabled={!editable}
                    onChange={(event) => toggle(duty.id, event.target.checked)}
                  />
                  {localized(duty.text)}
                </label>
                {chosen && (
                  <select
                    aria-label={`${t('sp02.owner')} ${localized(duty.text)}`}
                    value={owner ?? ''}
                    disabled={!editable}
                    onChange={(event) => setOwner(duty.id, event.target.value as Role | '')}
                  >
                    <option value="">{t('sp02.chooseOwner')}</option>
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`roles.${role}`)}
                      </option>
                    ))}
                  </select>
                )}
                {chosen && editable && owner === undefined && (
                  <span className="field-error">{t('sp02.ownerMissing')}</span>
                )}
                {result && (chosen || duty.area !== null) && (
                  <p
                    className={`feedback ${(duty.area !== null) === chosen && (duty.area === null || (owner !== undefined && duty.owners.includes(owner))) ? 'ok-text' : 'field-error'}`}
                  >
                    <strong>
                      {t(duty.area === null ? 'sp02.feedbackDistractor' : 'sp02.feedbackReal', {
                        owners: duty.owners.map((role) => t(`roles.${role}`)).join(' / '),
                      })}
                    </strong>{' '}
                    — {localized(duty.feedback)}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section className="panel" aria-labelledby="sp02-jobs">
        <h2 id="sp02-jobs">{t('sp02.jobsTitle')}</h2>
        <p className="muted">{t('sp02.jobsHelp', { min: content.jobMinChars })}</p>
        {ROLES.map((role) => (
          <JobDescription
            key={role}
            role={role}
            stored={team.jobs[role]}
            minChars={content.jobMinChars}
            editable={editable}
            save={save}
          />
        ))}
      </section>
    </div>
  );
}
