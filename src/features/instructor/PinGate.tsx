import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useInstructorStore } from '../../state/instructor-store';
import { checkPin, db, recoverWithCode } from '../../storage';

/**
 * Keeps students out of the instructor area on a shared PC once a PIN is set:
 * the instructor routes (as a route element) and any instructor-only view given as children.
 */
export function PinGate({ children }: { children?: ReactNode } = {}) {
  const { t } = useTranslation();
  const pinSet = useLiveQuery(async () => (await db.settings.get('instructorPin')) !== undefined, []);
  const unlocked = useInstructorStore((state) => state.unlocked);
  const setUnlocked = useInstructorStore((state) => state.setUnlocked);
  const [value, setValue] = useState('');
  const [recovering, setRecovering] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (pinSet === undefined) return null;
  if (!pinSet || unlocked) return children ?? <Outlet />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (recovering) {
      if (await recoverWithCode(db, value)) setUnlocked(true);
      else setError(t('instructor.pin.recoverWrong'));
    } else if (await checkPin(db, value)) setUnlocked(true);
    else setError(t('instructor.pin.wrong'));
    setValue('');
  };

  return (
    <div className="page narrow">
      <h1>{t('instructor.pin.title')}</h1>
      <form className="panel" onSubmit={(event) => void submit(event)}>
        <label className="field">
          <span>{recovering ? t('instructor.pin.recoveryCode') : t('instructor.pin.enter')}</span>
          <input
            type={recovering ? 'text' : 'password'}
            inputMode={recovering ? 'text' : 'numeric'}
            autoComplete="off"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            aria-invalid={error !== null}
            autoFocus
          />
        </label>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <p className="actions">
          <button type="submit">{recovering ? t('instructor.pin.recover') : t('instructor.pin.unlock')}</button>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setRecovering(!recovering);
              setError(null);
            }}
          >
            {recovering ? t('instructor.pin.enter') : t('instructor.pin.forgot')}
          </button>
        </p>
      </form>
    </div>
  );
}
