import { useState, type ChangeEvent } from 'react';
import { readChosenFiles } from '../../components/chosenFiles';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../components/download';
import { useDynamicT } from '../../components/useDynamicT';
import { db, exportBackup, restoreBackup } from '../../storage';
import { now } from '../classes/clock';
import { refusalParams } from '../classes/refusalText';

/** Whole-database backup to one file, and restore (all or nothing). */
export function BackupPanel() {
  const { t } = useTranslation();
  const dynamicT = useDynamicT();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const backup = async () => {
    const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
    downloadText(`crm-simulator-backup-${stamp}.json`, await exportBackup(db, now()), 'application/json');
  };
  const restore = async (event: ChangeEvent<HTMLInputElement>) => {
    const [file] = await readChosenFiles(event);
    if (!file || !window.confirm(t('exchange.restoreConfirm'))) return;
    const result = await restoreBackup(db, file.text);
    setMessage(
      result.ok
        ? { ok: true, text: t('exchange.restored', { file: file.name }) }
        : { ok: false, text: dynamicT(`exchange.refused.${result.code}`, refusalParams(file.name, result)) },
    );
  };

  return (
    <section className="panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('exchange.backupTitle')}</h2>
      <p className="muted">{t('exchange.backupHelp')}</p>
      <p className="actions">
        <button type="button" onClick={() => void backup()}>
          {t('exchange.backup')}
        </button>
        <label className="file-button secondary-file">
          {t('exchange.restore')}
          <input type="file" accept=".json,application/json" onChange={(event) => void restore(event)} />
        </label>
      </p>
      {message && (
        <p className={`notice ${message.ok ? 'success' : 'error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
