import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FIELDS,
  readAnswers,
  type ClvRow,
  type ResultRow,
} from '../../../domain/subprojects/sp05-segmentation/answers';
import type { Content } from '../../../domain/subprojects/sp05-segmentation/content';
import { generate } from '../../../domain/subprojects/sp05-segmentation/generate';
import type { WorkspaceProps } from '../types';
import { ParetoChart, RfmGrid } from './Charts';
import { ClvTable } from './ClvTable';
import { DataPanel } from './DataPanel';
import { MethodStatement } from './MethodStatement';
import { ResultsUpload } from './ResultsUpload';
import { TreatmentChoice } from './TreatmentChoice';
import './sp05.css';

/** Where the pasted CSV text is kept while the team works on it (not scored). */
const PASTED_FIELD = 'resultsText';

/**
 * Sub-project 5: the team's generated transactions, the declared methods, the
 * results file (RFM, ABC, segment per customer), the lifetime values of the top
 * customers and a treatment per segment; charts from the team's own results, the key beside them after scoring.
 */
export default function Sp05Workspace({ content, answers, editable, save, teamSeed, result }: WorkspaceProps<Content>) {
  const { t } = useTranslation();
  const data = useMemo(() => (content ? generate(content, teamSeed) : undefined), [content, teamSeed]);
  if (!content || !data) return <p className="notice">{t('sp05.noContent')}</p>;
  const team = readAnswers(answers);
  const scored = result !== undefined;
  const teamRows = Object.values(team.results);
  const pasted = typeof answers[PASTED_FIELD] === 'string' ? answers[PASTED_FIELD] : '';

  const saveResults = (rows: Record<string, ResultRow>) =>
    save(FIELDS.results, () => rows as unknown as Record<string, never>);
  const savePasted = (text: string) => save(PASTED_FIELD, () => text);
  const setClvCell = (index: number, field: keyof ClvRow, text: string) =>
    save(FIELDS.clv, (previous) => {
      const rows = readAnswers({ [FIELDS.clv]: previous }).clvRows.map((row) => ({ ...row }));
      while (rows.length <= index) rows.push({ customer: '', value: '' });
      rows[index] = { ...(rows[index] ?? { customer: '', value: '' }), [field]: text };
      return rows;
    });
  const fillClv = (ids: string[]) =>
    save(FIELDS.clv, (previous) => {
      const rows = readAnswers({ [FIELDS.clv]: previous }).clvRows;
      return ids.map((customer) => ({ customer, value: rows.find((row) => row.customer === customer)?.value ?? '' }));
    });
  const toggleTreatment = (segment: string, treatment: string, checked: boolean) =>
    void save(FIELDS.treatments, (previous) => {
      const all = { ...readAnswers({ [FIELDS.treatments]: previous }).treatments } as Record<string, string[]>;
      const others = (all[segment] ?? []).filter((id) => id !== treatment);
      all[segment] = checked ? [...others, treatment] : others;
      return all;
    });

  return (
    <div className="workspace sp05" data-testid="sp05-workspace">
      <MethodStatement content={content} end={data.end} />
      <DataPanel content={content} data={data} />
      <ResultsUpload
        content={content}
        data={data}
        results={team.results}
        pasted={pasted}
        editable={editable}
        scored={scored}
        saveResults={saveResults}
        savePasted={savePasted}
      />
      <section className="panel" aria-labelledby="sp05-charts">
        <h2 id="sp05-charts">{t('sp05.charts.title')}</h2>
        <ParetoChart
          team={teamRows.map((row) => row.revenue)}
          {...(scored && { keyRevenues: data.key.rows.map((row) => row.revenue) })}
        />
        <h3>{t('sp05.charts.grid')}</h3>
        {teamRows.length === 0 && !scored ? (
          <p className="muted">{t('sp05.charts.gridEmpty')}</p>
        ) : (
          <div className="sp05-grids" data-testid="sp05-grids">
            <RfmGrid title={t('sp05.charts.gridTeam')} cells={teamRows.map((row) => ({ r: row.R, f: row.F }))} />
            {scored && <RfmGrid title={t('sp05.charts.gridKey')} cells={data.key.rows} />}
          </div>
        )}
      </section>
      <ClvTable
        content={content}
        data={data}
        rows={team.clvRows}
        results={team.results}
        editable={editable}
        scored={scored}
        setCell={setClvCell}
        fill={fillClv}
      />
      <TreatmentChoice
        content={content}
        data={data}
        answers={answers}
        treatments={team.treatments}
        results={team.results}
        editable={editable}
        scored={scored}
        teamSeed={teamSeed}
        toggle={toggleTreatment}
      />
    </div>
  );
}
