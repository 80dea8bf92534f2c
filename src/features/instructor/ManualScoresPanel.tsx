import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDynamicT } from '../../components/useDynamicT';
import type { Criterion } from '../../domain/scoring/criterion';
import { PEER_SCORE_MAX } from '../../domain/scoring/peer';
import { db, removePeerScore, savePeerScore, saveRubricScore, type ClassBundle } from '../../storage';
import { now } from '../classes/clock';

interface Props {
  readonly bundle: ClassBundle;
  readonly teamId: string;
  readonly subprojectId: string;
  readonly criteria: readonly Criterion[];
}

/** Entry of rubric scores (instructor) and peer ratings (other teams' leaders) for one team's sub-project. */
export function ManualScoresPanel({ bundle, teamId, subprojectId, criteria }: Props) {
  const { t } = useTranslation();
  const manual = criteria.filter((criterion) => criterion.manual !== undefined);
  if (manual.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="manual-title">
      <h2 id="manual-title">{t('grading.manualTitle')}</h2>
      {manual.map((criterion) =>
        criterion.manual === 'rubric' ? (
          <RubricForm
            key={criterion.id}
            bundle={bundle}
            teamId={teamId}
            subprojectId={subprojectId}
            criterion={criterion}
          />
        ) : (
          <PeerTable
            key={criterion.id}
            bundle={bundle}
            teamId={teamId}
            subprojectId={subprojectId}
            criterion={criterion}
          />
        ),
      )}
    </section>
  );
}

function RubricForm({ bundle, teamId, subprojectId, criterion }: Omit<Props, 'criteria'> & { criterion: Criterion }) {
  const { t } = useTranslation();
  const dynamicT = useDynamicT();
  const stored = bundle.rubricScores.find(
    (row) => row.teamId === teamId && row.subprojectId === subprojectId && row.criterionId === criterion.id,
  );
  const [points, setPoints] = useState(stored ? String(stored.points) : '');
  const [comment, setComment] = useState(stored?.comment ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await saveRubricScore(
      db,
      {
        classId: bundle.classSession.id,
        teamId,
        subprojectId,
        criterionId: criterion.id,
        points: points.trim() === '' ? Number.NaN : Number(points),
        comment,
        at: now(),
      },
      criterion.max,
    );
    setProblem(result.ok ? null : result.problem);
  };
  return (
    <form onSubmit={(event) => void save(event)} className="inline" noValidate>
      <label className="field">
        <span>{t('grading.rubricPoints', { max: criterion.max })}</span>
        <input
          type="number"
          min={0}
          max={criterion.max}
          step="any"
          value={points}
          onChange={(event) => setPoints(event.target.value)}
        />
      </label>
      <label className="field grow">
        <span>{t('grading.rubricComment')}</span>
        <input value={comment} onChange={(event) => setComment(event.target.value)} />
      </label>
      <button type="submit">{t('grading.rubricSave')}</button>
      {problem && (
        <p className="field-error" role="alert">
          {dynamicT(`grading.manualProblems.${problem}`, { max: criterion.max })}
        </p>
      )}
    </form>
  );
}

function PeerTable({ bundle, teamId, subprojectId, criterion }: Omit<Props, 'criteria'> & { criterion: Criterion }) {
  const { t } = useTranslation();
  const raters = bundle.teams.filter((team) => team.id !== teamId);
  const scoreOf = (raterTeamId: string) =>
    bundle.peerScores.find(
      (row) =>
        row.teamId === teamId &&
        row.subprojectId === subprojectId &&
        row.criterionId === criterion.id &&
        row.raterTeamId === raterTeamId,
    )?.score;
  const key = { classId: bundle.classSession.id, teamId, subprojectId, criterionId: criterion.id };
  const change = async (raterTeamId: string, value: string) => {
    if (value === '') await removePeerScore(db, { ...key, raterTeamId });
    else await savePeerScore(db, { ...key, raterTeamId, score: Number(value), at: now() });
  };
  return (
    <div className="inline">
      {raters.map((rater) => (
        <label key={rater.id} className="field">
          <span>{t('grading.peerBy', { number: rater.number })}</span>
          <select value={scoreOf(rater.id) ?? ''} onChange={(event) => void change(rater.id, event.target.value)}>
            <option value="">{t('grading.peerNone')}</option>
            {Array.from({ length: PEER_SCORE_MAX + 1 }, (_, score) => (
              <option key={score} value={score}>
                {score}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}
