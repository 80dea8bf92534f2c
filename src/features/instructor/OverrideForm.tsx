import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDynamicT } from '../../components/useDynamicT';
import { checkOverride, type SubprojectGrade } from '../../domain/scoring/grades';
import { db, removeOverride, saveOverride } from '../../storage';
import { now } from '../classes/clock';

/** Override a team's sub-project score; a written reason is required and both values are kept. */
export function OverrideForm({ classId, teamId, grade }: { classId: string; teamId: string; grade: SubprojectGrade }) {
  const { t } = useTranslation();
  const dynamicT = useDynamicT();
  const [points, setPoints] = useState(grade.override ? String(grade.override.points) : '');
  const [reason, setReason] = useState(grade.override?.reason ?? '');
  const [tried, setTried] = useState(false);
  const problems = checkOverride(points.trim() === '' ? Number.NaN : Number(points), reason, grade.weight);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problems.length > 0) return;
    await saveOverride(
      db,
      { classId, teamId, subprojectId: grade.subprojectId, points: Number(points), reason, at: now() },
      grade.weight,
    );
  };

  return (
    <form className="panel" onSubmit={(event) => void save(event)} aria-labelledby="override-title" noValidate>
      <h2 id="override-title">{t('grading.overrideTitle')}</h2>
      {grade.override && (
        <p className="notice">
          {t('grading.overrideCurrent', { points: grade.override.points, reason: grade.override.reason })}
        </p>
      )}
      <label className="field">
        <span>{t('grading.overridePoints', { max: grade.weight })}</span>
        <input
          type="number"
          min={0}
          max={grade.weight}
          step="any"
          value={points}
          onChange={(event) => setPoints(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('grading.overrideReason')}</span>
        <textarea rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
      {tried &&
        problems.map((problem) => (
          <p key={problem} className="field-error" role="alert">
            {dynamicT(`grading.problems.${problem}`, { max: grade.weight })}
          </p>
        ))}
      <p className="actions">
        <button type="submit">{t('grading.overrideSave')}</button>
        {grade.override && (
          <button
            type="button"
            className="secondary"
            onClick={() => void removeOverride(db, classId, teamId, grade.subprojectId)}
          >
            {t('grading.overrideRemove')}
          </button>
        )}
      </p>
    </form>
  );
}
