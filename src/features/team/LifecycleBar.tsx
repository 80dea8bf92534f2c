import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDynamicT } from '../../components/useDynamicT';
import type { Role } from '../../domain/roles';
import type { Action } from '../../domain/session/actions';
import type { SubprojectGates, SubprojectStatus } from '../../domain/session/lifecycle';
import { appendAction, db } from '../../storage';
import { newId, now } from '../classes/clock';

type Step = 'subproject.submit' | 'subproject.approve' | 'subproject.reopen';

/**
 * Submit / approve / reopen. The buttons are shown to every member: a member
 * in the wrong role is told clearly who may take the step, rather than wondering
 * why a button is missing.
 */
export function LifecycleBar(props: {
  status: SubprojectStatus;
  gates: SubprojectGates;
  resubmissionAllowed: boolean;
  actor: Pick<Action, 'classId' | 'teamId' | 'subprojectId' | 'studentId' | 'role'>;
  beforeStep?: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const dynamicT = useDynamicT();
  const [message, setMessage] = useState<string | null>(null);
  const { status, gates, actor } = props;
  const rolesText = (roles: readonly Role[]) => roles.map((role) => t(`roles.${role}`)).join(' / ');

  const run = async (type: Step) => {
    if (type === 'subproject.submit' && !window.confirm(t('team.submitConfirm'))) return;
    await props.beforeStep?.();
    const result = await appendAction(db, {
      ...actor,
      id: newId(),
      at: now(),
      type,
    } as Action);
    if (result.ok) setMessage(null);
    else {
      const roles = type === 'subproject.approve' ? (gates.approve ?? []) : gates.submit;
      setMessage(dynamicT(`team.refused.${result.code}`, { roles: rolesText(roles), role: t(`roles.${actor.role}`) }));
    }
  };

  return (
    <div className="lifecycle-bar">
      <p className="actions">
        {(status === 'open' || status === 'in-progress') && (
          <button type="button" onClick={() => void run('subproject.submit')}>
            {t('team.submit')}
          </button>
        )}
        {status === 'submitted' && (
          <button type="button" onClick={() => void run('subproject.approve')}>
            {t('team.approve')}
          </button>
        )}
        {(status === 'scored' || status === 'submitted') && props.resubmissionAllowed && (
          <button type="button" className="secondary" onClick={() => void run('subproject.reopen')}>
            {t('team.reopen')}
          </button>
        )}
      </p>
      {message && (
        <p className="notice error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
