import { useState, type ChangeEvent } from 'react';
import { readChosenFiles } from '../../components/chosenFiles';
import { useTranslation } from 'react-i18next';
import { ProblemList } from '../../components/ProblemList';
import { useLocalized } from '../../components/useLocalized';
import type { ScenarioProblem } from '../../domain/scenario';
import { addScenarioFile, db } from '../../storage';
import { BUNDLED_SCENARIO_IDS } from './bundled';

type Outcome =
  | { kind: 'added'; title: string; replaced: boolean }
  | { kind: 'invalid'; file: string; problems: readonly ScenarioProblem[] }
  | { kind: 'bundledId'; file: string; id: string }
  | { kind: 'unreadable'; file: string };

/** Lets an instructor add a scenario file; a bad file is refused whole with every problem listed. */
export function ScenarioImport() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosenName = event.currentTarget.files?.[0]?.name ?? '';
    let chosen: { name: string; text: string } | undefined;
    try {
      [chosen] = await readChosenFiles(event);
    } catch {
      setOutcome({ kind: 'unreadable', file: chosenName });
      return;
    }
    if (!chosen) return;
    const file = chosen;
    const source = chosen.text;
    const result = await addScenarioFile(db, file.name, source, BUNDLED_SCENARIO_IDS);
    if (result.ok) {
      const title = localized(JSON.parse(source).title);
      setOutcome({ kind: 'added', title, replaced: result.replaced });
    } else if (result.reason === 'invalid') setOutcome({ kind: 'invalid', file: file.name, problems: result.problems });
    else setOutcome({ kind: 'bundledId', file: file.name, id: result.id });
  };

  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('library.importTitle')}</h2>
      <p>{t('library.importText')}</p>
      <label className="file-button">
        {t('library.importButton')}
        <input type="file" accept="application/json,.json" onChange={(event) => void onFile(event)} />
      </label>
      <div aria-live="polite">
        {outcome?.kind === 'added' && (
          <p className="notice success">
            {t(outcome.replaced ? 'library.importReplaced' : 'library.importDone', { title: outcome.title })}
          </p>
        )}
        {outcome?.kind === 'invalid' && (
          <div className="notice error" role="alert">
            <p>{t('library.importInvalid', { file: outcome.file, count: outcome.problems.length })}</p>
            <ProblemList problems={outcome.problems} />
          </div>
        )}
        {outcome?.kind === 'bundledId' && (
          <p className="notice error" role="alert">
            {t('library.importBundledId', { file: outcome.file, id: outcome.id })}
          </p>
        )}
        {outcome?.kind === 'unreadable' && (
          <p className="notice error" role="alert">
            {t('library.importUnreadable', { file: outcome.file })}
          </p>
        )}
      </div>
    </section>
  );
}
