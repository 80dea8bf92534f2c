import { useTranslation } from 'react-i18next';
import { useSaveStatus } from '../../state/save-status';

/** "Saving…" while typed text or a write is on its way to the database, then "All changes saved". */
export function SaveStatus() {
  const { t } = useTranslation();
  const pending = useSaveStatus((state) => state.pending);
  return (
    <span className={pending > 0 ? 'muted' : 'ok-text'} data-testid="save-status" role="status">
      {pending > 0 ? t('team.saving') : t('team.allSaved')}
    </span>
  );
}
