import { useTranslation } from 'react-i18next';
import { downloadText } from '../../components/download';
import { createSubmission } from '../../domain/exchange';
import { now } from '../classes/clock';
import type { ClassData } from '../classes/useClassData';

/** Saves the team's whole log as a submission file for the instructor's computer. */
export function SubmissionExport({
  classData,
  teamId,
  teamNumber,
}: {
  classData: ClassData;
  teamId: string;
  teamNumber: number;
}) {
  const { t } = useTranslation();
  const { classSession } = classData.bundle;
  const save = async () => {
    const file = await createSubmission({
      classSession,
      teamId,
      actions: classData.actionsByTeam.get(teamId) ?? [],
      exportedAt: now(),
    });
    const safeName = classSession.name.replace(/[\\/:*?"<>|\s]+/g, '-');
    downloadText(`${safeName}-team-${teamNumber}.submission.json`, JSON.stringify(file), 'application/json');
  };
  return (
    <section className="panel" aria-labelledby="submission-title">
      <h2 id="submission-title">{t('exchange.exportSubmission')}</h2>
      <p className="muted">{t('exchange.exportSubmissionHelp')}</p>
      <button type="button" onClick={() => void save()}>
        {t('exchange.exportSubmission')}
      </button>
    </section>
  );
}
