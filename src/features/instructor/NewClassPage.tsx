import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { useLocalized } from '../../components/useLocalized';
import { formatClassSeed } from '../../domain/random';
import { checkWeights } from '../../domain/scoring/grades';
import { defaultSchedule, newClassSession, type ClassSession } from '../../domain/session/class';
import { SUBPROJECT_IDS } from '../../domain/subprojects/registry';
import { db, saveClass } from '../../storage';
import { cryptoRandom, newId, now } from '../classes/clock';
import { useScenarioCatalog } from '../scenario-library/useScenarioCatalog';

/** Create a class: name, scenario (version pinned), seed, policies and the weights of the twelve sub-projects. */
export function NewClassPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const navigate = useNavigate();
  const { items } = useScenarioCatalog();
  const scenarios = items.flatMap((item) => (item.state === 'valid' ? [item.scenario] : []));
  const [name, setName] = useState('');
  const [scenarioId, setScenarioId] = useState<string>('');
  const [seed, setSeed] = useState(() => formatClassSeed(cryptoRandom));
  const [roleMode, setRoleMode] = useState<ClassSession['roleMode']>('rotate');
  const [resubmitAllowed, setResubmitAllowed] = useState(true);
  const [counts, setCounts] = useState<'best' | 'last'>('best');
  const [latePenalty, setLatePenalty] = useState('0');
  const [weights, setWeights] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState(false);

  const scenario = scenarios.find((candidate) => candidate.id === scenarioId) ?? scenarios[0];
  const schedule = scenario ? defaultSchedule(scenario.subprojects) : [];
  const weightOf = (id: string) => weights[id] ?? String(schedule.find((entry) => entry.id === id)?.weight ?? 0);
  const numericWeights = Object.fromEntries(SUBPROJECT_IDS.map((id) => [id, Number(weightOf(id))]));
  const weightCheck = checkWeights(numericWeights, SUBPROJECT_IDS);
  const penalty = Number(latePenalty);
  const errors = {
    name: name.trim() === '' ? t('classForm.nameRequired') : null,
    seed: seed.trim() === '' ? t('classForm.seedRequired') : null,
    penalty: latePenalty.trim() === '' || !(penalty >= 0 && penalty <= 100) ? t('classForm.latePenaltyInvalid') : null,
    weights: weightCheck.ok ? null : t('classForm.weightsMustBe100', { total: weightCheck.total }),
  };
  const valid = Object.values(errors).every((error) => error === null) && scenario !== undefined;

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!valid || !scenario) return;
    const classSession = newClassSession({
      id: newId('class-'),
      name: name.trim(),
      scenario,
      seed: seed.trim(),
      createdAt: now(),
      roleMode,
      resubmission: { allowed: resubmitAllowed, counts },
      latePenaltyPercent: penalty,
      weights: numericWeights,
    });
    await saveClass(db, classSession);
    navigate(paths.classPage(classSession.id, 'roster'));
  };

  const errorText = (error: string | null, show = touched) =>
    error && show ? (
      <span className="field-error" role="alert">
        {error}
      </span>
    ) : null;

  return (
    <div className="page">
      <h1>{t('classForm.title')}</h1>
      <form className="form" onSubmit={(event) => void create(event)} noValidate>
        <label className="field">
          <span>{t('classForm.name')}</span>
          <input
            value={name}
            placeholder={t('classForm.namePlaceholder')}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={touched && errors.name !== null}
          />
          {errorText(errors.name)}
        </label>
        <label className="field">
          <span>{t('classForm.scenario')}</span>
          <select
            value={scenario?.id ?? ''}
            onChange={(event) => {
              setScenarioId(event.target.value);
              setWeights({});
            }}
          >
            {scenarios.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {localized(candidate.title)} ({candidate.version})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('classForm.seed')}</span>
          <span className="inline">
            <input value={seed} onChange={(event) => setSeed(event.target.value)} aria-invalid={errors.seed !== null} />
            <button type="button" className="secondary" onClick={() => setSeed(formatClassSeed(cryptoRandom))}>
              {t('classForm.regenerate')}
            </button>
          </span>
          <span className="muted">{t('classForm.seedHelp')}</span>
          {errorText(errors.seed, true)}
        </label>
        <fieldset className="field">
          <legend>{t('classForm.roleMode')}</legend>
          {(['rotate', 'fixed'] as const).map((mode) => (
            <label key={mode} className="choice-line">
              <input type="radio" name="roleMode" checked={roleMode === mode} onChange={() => setRoleMode(mode)} />
              {t(mode === 'rotate' ? 'classForm.roleRotate' : 'classForm.roleFixed')}
            </label>
          ))}
        </fieldset>
        <fieldset className="field">
          <legend>{t('classForm.resubmission')}</legend>
          <label className="choice-line">
            <input
              type="checkbox"
              checked={resubmitAllowed}
              onChange={(event) => setResubmitAllowed(event.target.checked)}
            />
            {t('classForm.resubmitAllowed')}
          </label>
          <label className="choice-line">
            {t('classForm.counts')}
            <select
              value={counts}
              onChange={(event) => setCounts(event.target.value as 'best' | 'last')}
              disabled={!resubmitAllowed}
            >
              <option value="best">{t('classForm.countsBest')}</option>
              <option value="last">{t('classForm.countsLast')}</option>
            </select>
          </label>
        </fieldset>
        <label className="field">
          <span>{t('classForm.latePenalty')}</span>
          <input
            type="number"
            min={0}
            max={100}
            value={latePenalty}
            onChange={(event) => setLatePenalty(event.target.value)}
            aria-invalid={errors.penalty !== null}
          />
          <span className="muted">{t('classForm.latePenaltyHelp')}</span>
          {errorText(errors.penalty, true)}
        </label>
        <fieldset className="field">
          <legend>{t('classForm.weights')}</legend>
          <table className="compact">
            <tbody>
              {scenario?.subprojects.map((slot, index) => (
                <tr key={slot.id}>
                  <td>{index + 1}</td>
                  <td>{localized(slot.name)}</td>
                  <td>
                    <input
                      type="number"
                      min={0}
                      max={100}
                      step="any"
                      aria-label={localized(slot.name)}
                      value={weightOf(slot.id)}
                      onChange={(event) => setWeights({ ...weights, [slot.id]: event.target.value })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={weightCheck.ok ? 'muted' : 'field-error'} role={weightCheck.ok ? undefined : 'alert'}>
            {weightCheck.ok ? t('classForm.weightsTotal', { total: weightCheck.total }) : errors.weights}
          </p>
        </fieldset>
        <p className="actions">
          <button type="submit">{t('classForm.create')}</button>
          <button type="button" className="secondary" onClick={() => navigate(paths.instructor())}>
            {t('classForm.cancel')}
          </button>
        </p>
      </form>
    </div>
  );
}
