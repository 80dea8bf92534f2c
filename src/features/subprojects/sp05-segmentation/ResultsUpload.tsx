import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readChosenFiles } from '../../../components/chosenFiles';
import { useDynamicT } from '../../../components/useDynamicT';
import type { ResultRow } from '../../../domain/subprojects/sp05-segmentation/answers';
import type { Content } from '../../../domain/subprojects/sp05-segmentation/content';
import type { SegmentationData } from '../../../domain/subprojects/sp05-segmentation/generate';
import { parseResults, type ResultError } from '../../../domain/subprojects/sp05-segmentation/results';
import { useDraft } from '../useDraft';
import { ResultsFeedback } from './ResultsFeedback';

const SHOWN_ERRORS = 30;

type Outcome = { kind: 'errors'; errors: readonly ResultError[] } | { kind: 'unreadable' } | { kind: 'saved' };

/**
 * The team's results file: uploaded or pasted, checked row by row, and saved
 * only when every row is valid, so a broken file never replaces good results.
 */
export function ResultsUpload(props: {
  content: Content;
  data: SegmentationData;
  results: Readonly<Record<string, ResultRow>>;
  pasted: string;
  editable: boolean;
  scored: boolean;
  saveResults: (rows: Record<string, ResultRow>) => Promise<void>;
  savePasted: (text: string) => Promise<void>;
}) {
  const { content, data, results, editable } = props;
  const { t } = useTranslation();
  const dynamicT = useDynamicT();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const draft = useDraft(props.pasted, props.savePasted);
  const ids = data.customers.map((customer) => customer.id);
  const stored = Object.keys(results).length;
  const missing = stored === 0 ? [] : ids.filter((id) => !results[id]);

  const check = async (text: string) => {
    const parsed = parseResults(content, ids, text);
    if (!parsed.ok) {
      setOutcome({ kind: 'errors', errors: parsed.errors });
      return;
    }
    await props.saveResults(parsed.rows);
    setOutcome({ kind: 'saved' });
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    try {
      const [file] = await readChosenFiles(event);
      if (file) await check(file.text);
    } catch {
      setOutcome({ kind: 'unreadable' });
    }
  };

  return (
    <section className="panel" aria-labelledby="sp05-results">
      <h2 id="sp05-results">{t('sp05.results.title')}</h2>
      <p className="muted">{t('sp05.results.help')}</p>
      {editable && (
        <>
          <p className="actions">
            <label className="file-button">
              {t('sp05.results.upload')}
              <input type="file" accept=".csv,text/csv,text/plain" onChange={(event) => void onFile(event)} />
            </label>
          </p>
          <label className="field">
            <span>{t('sp05.results.paste')}</span>
            <textarea
              rows={5}
              value={draft.draft}
              onChange={(event) => draft.change(event.target.value)}
              onBlur={() => void draft.flush()}
              spellCheck={false}
            />
          </label>
          <p className="actions">
            <button type="button" onClick={() => void check(draft.draft)} disabled={draft.draft.trim() === ''}>
              {t('sp05.results.check')}
            </button>
          </p>
        </>
      )}
      <div aria-live="polite">
        {outcome?.kind === 'errors' && (
          <div className="notice error" role="alert" data-testid="sp05-csv-errors">
            <p>{t('sp05.results.invalid', { count: outcome.errors.length })}</p>
            <ul>
              {outcome.errors.slice(0, SHOWN_ERRORS).map((error, index) => (
                <li key={index}>{dynamicT(`sp05.results.errors.${error.problem}`, { ...error })}</li>
              ))}
            </ul>
            {outcome.errors.length > SHOWN_ERRORS && (
              <p>{t('sp05.results.moreErrors', { count: outcome.errors.length - SHOWN_ERRORS })}</p>
            )}
          </div>
        )}
        {outcome?.kind === 'unreadable' && (
          <p className="notice error" role="alert">
            {t('sp05.results.unreadable')}
          </p>
        )}
      </div>
      <p className={stored > 0 ? 'ok-text' : 'muted'} data-testid="sp05-stored">
        {stored > 0 ? t('sp05.results.saved', { count: stored }) : t('sp05.results.none')}
      </p>
      {missing.length > 0 && (
        <p className="field-error">
          {t('sp05.results.missing', {
            count: missing.length,
            ids: missing.slice(0, 12).join(', ') + (missing.length > 12 ? ' …' : ''),
          })}
        </p>
      )}
      {props.scored && <ResultsFeedback content={content} data={data} results={results} />}
    </section>
  );
}
