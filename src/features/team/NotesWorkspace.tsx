import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../domain/session/actions';
import { appendAction, db } from '../../storage';
import { newId, now } from '../classes/clock';

const SAVE_DELAY_MS = 400;

/**
 * The stand-in workspace for sub-projects whose own screen is not built yet:
 * working notes, saved as you type (after a short pause, on leaving the field
 * and before any step), each save a log record under the member and role.
 */
export function NotesWorkspace(props: {
  stored: string;
  editable: boolean;
  actor: Pick<Action, 'classId' | 'teamId' | 'subprojectId' | 'studentId' | 'role'>;
  registerFlush: (flush: () => Promise<void>) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(props.stored);
  const [saved, setSaved] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ draft, stored: props.stored, actor: props.actor });
  useEffect(() => {
    latest.current = { draft, stored: props.stored, actor: props.actor };
  });

  // Stable: reads the latest values through the ref, so timers and unload handlers never save stale text.
  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const { draft: text, stored, actor } = latest.current;
    if (text === stored) return;
    latest.current = { ...latest.current, stored: text };
    const result = await appendAction(db, {
      ...actor,
      id: newId(),
      at: now(),
      type: 'answer.set',
      field: 'notes',
      before: stored || null,
      after: text || null,
    });
    if (result.ok) setSaved(true);
  }, []);

  const { registerFlush } = props;
  useEffect(() => {
    registerFlush(flush);
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush, registerFlush]);

  return (
    <section className="panel">
      <p className="notice">{t('team.workspaceSoon')}</p>
      <label className="field">
        <span>{t('team.notes')}</span>
        <textarea
          rows={10}
          value={draft}
          readOnly={!props.editable}
          onChange={(event) => {
            setDraft(event.target.value);
            setSaved(false);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
          }}
          onBlur={() => void flush()}
        />
      </label>
      <p className="muted" aria-live="polite">
        {saved ? t('team.saved') : t('team.notesHelp')}
      </p>
    </section>
  );
}
