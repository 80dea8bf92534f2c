import { useState, type ChangeEvent } from 'react';
import { readChosenFiles } from '../../components/chosenFiles';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../components/download';
import { useDynamicT } from '../../components/useDynamicT';
import { checkSubmission, createClassPack } from '../../domain/exchange';
import { appendImportedActions, db, teamActions } from '../../storage';
import { now } from '../classes/clock';
import { refusalParams } from '../classes/refusalText';
import type { ClassData } from '../classes/useClassData';
import { BackupPanel } from './BackupPanel';

/** Class packs out, submissions in (many at once, each re-scored), and the whole-database backup. */
export function ExchangeTab({ data }: { data: ClassData }) {
  const { t } = useTranslation();
  const dynamicT = useDynamicT();
  const { bundle, scenario } = data;
  const { classSession, teams } = bundle;
  const [results, setResults] = useState<{ file: string; ok: boolean; text: string }[]>([]);
  const safeName = classSession.name.replace(/[\\/:*?"<>|\s]+/g, '-');

  const exportPack = async (teamId?: string) => {
    const roleAssignments: Record<string, Record<string, Record<string, 'manager' | 'specialist' | 'advisor'>>> = {};
    for (const row of bundle.roleAssignments)
      roleAssignments[row.teamId] = { ...roleAssignments[row.teamId], [row.subprojectId]: { ...row.assignment } };
    const pack = await createClassPack({
      classSession,
      students: bundle.students,
      teams,
      roleAssignments,
      exportedAt: now(),
      ...(teamId && { teamId }),
    });
    const number = teams.find((team) => team.id === teamId)?.number;
    downloadText(
      `${safeName}${number ? `-team-${number}` : ''}.class-pack.json`,
      JSON.stringify(pack, null, 1),
      'application/json',
    );
  };

  const importSubmissions = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = await readChosenFiles(event);
    const next: { file: string; ok: boolean; text: string }[] = [];
    // One after another: two files of the same team must see each other's records.
    for (const file of files) {
      const checked = await checkSubmission(file.text, {
        classSession,
        teamIds: teams.map((team) => team.id),
        installedScenarioVersion: scenario?.version ?? classSession.scenarioVersion,
        storedActions: (teamId) => teamActions(db, classSession.id, teamId),
        rules: data.rules,
      });
      if (!checked.ok) {
        next.push({
          file: file.name,
          ok: false,
          text: dynamicT(`exchange.refused.${checked.code}`, refusalParams(file.name, checked)),
        });
        continue;
      }
      const number = teams.find((team) => team.id === checked.teamId)?.number ?? checked.teamId;
      if (checked.kind === 'newer') {
        const added = await appendImportedActions(db, classSession.id, checked.teamId, checked.actions);
        next.push({ file: file.name, ok: true, text: t('exchange.result.newer', { file: file.name, number, added }) });
      } else
        next.push({ file: file.name, ok: true, text: t('exchange.result.unchanged', { file: file.name, number }) });
    }
    setResults(next);
  };

  return (
    <div>
      <section className="panel" aria-labelledby="packs-title">
        <h2 id="packs-title">{t('exchange.packTitle')}</h2>
        <p className="muted">{t('exchange.packHelp')}</p>
        <p className="actions">
          <button type="button" onClick={() => void exportPack()}>
            {t('exchange.packWhole')}
          </button>
          {teams.map((team) => (
            <button key={team.id} type="button" className="secondary" onClick={() => void exportPack(team.id)}>
              {t('exchange.packTeam', { number: team.number })}
            </button>
          ))}
        </p>
      </section>
      <section className="panel" aria-labelledby="submissions-title">
        <h2 id="submissions-title">{t('exchange.submissionsTitle')}</h2>
        <p className="muted">{t('exchange.submissionsHelp')}</p>
        <label className="file-button">
          {t('exchange.chooseSubmissions')}
          <input
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(event) => void importSubmissions(event)}
          />
        </label>
        <ul aria-live="polite" data-testid="submission-results">
          {results.map((result, index) => (
            <li key={index} className={result.ok ? 'ok-text' : 'field-error'}>
              {result.text}
            </li>
          ))}
        </ul>
      </section>
      <BackupPanel />
    </div>
  );
}
