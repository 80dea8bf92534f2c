import { useState, type ChangeEvent } from 'react';
import { readChosenFiles } from '../../components/chosenFiles';
import { useTranslation } from 'react-i18next';
import { useDynamicT } from '../../components/useDynamicT';
import { checkClassPack } from '../../domain/exchange';
import { db, installClassPack } from '../../storage';
import { refusalParams } from '../classes/refusalText';
import { loadInstalledScenarios } from '../scenario-library/installed';

/** On a team's own computer: import the class pack the instructor handed out. */
export function ClassPackImport() {
  const { t } = useTranslation();
  const dynamicT = useDynamicT();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const [file] = await readChosenFiles(event);
    if (!file) return;
    const scenarios = await loadInstalledScenarios();
    const checked = await checkClassPack(file.text, (id) => scenarios.find((scenario) => scenario.id === id)?.version);
    if (!checked.ok) {
      setMessage({ ok: false, text: dynamicT(`exchange.refused.${checked.code}`, refusalParams(file.name, checked)) });
      return;
    }
    await installClassPack(db, checked.pack);
    setMessage({ ok: true, text: t('exchange.packInstalled', { name: checked.pack.classSession.name }) });
  };

  return (
    <section className="panel" aria-labelledby="pack-import-title">
      <h2 id="pack-import-title">{t('exchange.importPack')}</h2>
      <p className="muted">{t('exchange.packHelp')}</p>
      <label className="file-button">
        {t('exchange.choosePack')}
        <input type="file" accept=".json,application/json" onChange={(event) => void onFile(event)} />
      </label>
      {message && (
        <p className={`notice ${message.ok ? 'success' : 'error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
