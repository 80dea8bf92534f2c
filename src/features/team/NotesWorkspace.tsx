import { useTranslation } from 'react-i18next';
import type { WorkspaceProps } from '../subprojects/types';
import { useDraft } from '../subprojects/useDraft';

/**
 * The stand-in workspace for sub-projects whose own screen is not built yet:
 * working notes, saved as you type (after a short pause, on leaving the field
 * and before any step), each save a log record under the member and role.
 */
export function NotesWorkspace(props: { stored: string; editable: boolean; save: WorkspaceProps<never>['save'] }) {
  const { t } = useTranslation();
  const { draft, change, flush, dirty } = useDraft(props.stored, (text) => props.save('notes', () => text || null));

  return (
    <section className="panel">
      <p className="notice">{t('team.workspaceSoon')}</p>
      <label className="field">
        <span>{t('team.notes')}</span>
        <textarea
          rows={10}
          value={draft}
          readOnly={!props.editable}
          onChange={(event) => change(event.target.value)}
          onBlur={() => void flush()}
        />
      </label>
      <p className="muted" aria-live="polite">
        {dirty ? t('team.notesHelp') : t('team.saved')}
      </p>
    </section>
  );
}
