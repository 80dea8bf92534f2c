import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClassSeed } from '../../domain/random';
import { PIN_PATTERN } from '../../domain/security/pin';
import { useInstructorStore } from '../../state/instructor-store';
import { clearPin, db, setPin } from '../../storage';
import { cryptoRandom } from '../classes/clock';

/** Set, remove or lock with the instructor PIN; shows the recovery code once. */
export function PinSettings() {
  const { t } = useTranslation();
  const pinSet = useLiveQuery(async () => (await db.settings.get('instructorPin')) !== undefined, []);
  const setUnlocked = useInstructorStore((state) => state.setUnlocked);
  const [pin, setPinValue] = useState('');
  const [error, setError] = useState(false);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!PIN_PATTERN.test(pin)) {
      setError(true);
      return;
    }
    const code = `${formatClassSeed(cryptoRandom)}-${formatClassSeed(cryptoRandom).slice(0, 4)}`;
    await setPin(db, pin, code);
    setUnlocked(true);
    setRecoveryCode(code);
    setPinValue('');
    setError(false);
  };

  if (recoveryCode) {
    return (
      <section className="panel notice success" aria-labelledby="recovery-title">
        <h2 id="recovery-title">{t('instructor.pin.recoveryTitle')}</h2>
        <p>{t('instructor.pin.recoveryText')}</p>
        <p className="recovery-code" data-testid="recovery-code">
          {recoveryCode}
        </p>
        <button type="button" onClick={() => setRecoveryCode(null)}>
          {t('instructor.pin.recoveryDone')}
        </button>
      </section>
    );
  }
  if (pinSet) {
    return (
      <section className="panel" aria-label={t('instructor.pin.isSet')}>
        <p className="actions">
          <span>{t('instructor.pin.isSet')}</span>
          <button type="button" onClick={() => setUnlocked(false)}>
            {t('instructor.pin.lock')}
          </button>
          <button type="button" className="secondary" onClick={() => void clearPin(db)}>
            {t('instructor.pin.remove')}
          </button>
        </p>
      </section>
    );
  }
  return (
    <form className="panel" onSubmit={(event) => void save(event)} aria-labelledby="pin-title">
      <h2 id="pin-title">{t('instructor.pin.set')}</h2>
      <p className="muted">{t('instructor.pin.setHelp')}</p>
      <label className="field inline">
        <span>{t('instructor.pin.newPin')}</span>
        <input
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          value={pin}
          onChange={(event) => {
            setPinValue(event.target.value);
            setError(event.target.value !== '' && !PIN_PATTERN.test(event.target.value));
          }}
          aria-invalid={error}
        />
        <button type="submit">{t('instructor.pin.save')}</button>
      </label>
      {error && (
        <p className="field-error" role="alert">
          {t('instructor.pin.invalid')}
        </p>
      )}
    </form>
  );
}
