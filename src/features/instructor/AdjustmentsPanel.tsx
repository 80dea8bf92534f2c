import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDynamicT } from '../../components/useDynamicT';
import type { Student } from '../../domain/session/types';
import { addAdjustment, db, removeAdjustment, type AdjustmentRow } from '../../storage';
import { now } from '../classes/clock';

/** Per-student additions or deductions with a reason (attendance, a bystander, an outstanding defence). */
export function AdjustmentsPanel({
  classId,
  members,
  adjustments,
}: {
  classId: string;
  members: readonly Student[];
  adjustments: readonly AdjustmentRow[];
}) {
  const { t } = useTranslation();
  const dynamicT = useDynamicT();
  const [studentId, setStudentId] = useState(members[0]?.id ?? '');
  const [points, setPoints] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const result = await addAdjustment(db, {
      classId,
      studentId,
      points: points.trim() === '' ? Number.NaN : Number(points),
      reason,
      at: now(),
    });
    if (result.ok) {
      setPoints('');
      setReason('');
      setProblem(null);
    } else setProblem(result.problem);
  };
  const nameOf = (id: string) => members.find((member) => member.id === id)?.name ?? id;

  return (
    <form className="panel" onSubmit={(event) => void add(event)} aria-labelledby="adjust-title" noValidate>
      <h2 id="adjust-title">{t('grading.adjustTitle')}</h2>
      <ul>
        {adjustments
          .filter((row) => members.some((member) => member.id === row.studentId))
          .map((row) => (
            <li key={row.id}>
              {nameOf(row.studentId)}: {row.points > 0 ? '+' : ''}
              {row.points} — {row.reason}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => row.id !== undefined && void removeAdjustment(db, row.id)}
              >
                {t('roster.remove')}
              </button>
            </li>
          ))}
      </ul>
      <p className="inline">
        <select aria-label={t('roster.name')} value={studentId} onChange={(event) => setStudentId(event.target.value)}>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
        <label className="field">
          <span>{t('grading.adjustPoints')}</span>
          <input type="number" step="any" value={points} onChange={(event) => setPoints(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('grading.adjustReason')}</span>
          <input value={reason} onChange={(event) => setReason(event.target.value)} />
        </label>
        <button type="submit">{t('grading.adjustAdd')}</button>
      </p>
      {problem && (
        <p className="field-error" role="alert">
          {dynamicT(`grading.adjustProblems.${problem}`)}
        </p>
      )}
    </form>
  );
}
