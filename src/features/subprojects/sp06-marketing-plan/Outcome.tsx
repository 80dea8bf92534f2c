import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import type { LocalizedText } from '../../../domain/scenario/text';
import type { Content } from '../../../domain/subprojects/sp06-marketing-plan/content';
import type {
  Outcome as Totals,
  PlanOutcome,
  SegmentOutcome,
} from '../../../domain/subprojects/sp06-marketing-plan/model';
import { useFormat } from './format';
import { ProfitChart } from './ProfitChart';

/**
 * After scoring: what the hidden response model expects from the team's plan,
 * segment by segment, beside the best plan within the budget, with a chart of
 * the profit per segment.
 */
export function Outcome({ content, team, best }: { content: Content; team: PlanOutcome; best: PlanOutcome }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const format = useFormat();
  const label = (list: readonly { id: string; label: LocalizedText }[], id: string) => {
    const item = list.find((candidate) => candidate.id === id);
    return item ? localized(item.label) : id;
  };
  const teamLines = bySegment(team);
  const bestLines = bySegment(best);
  const data = content.segments.map((segment) => ({
    name: localized(segment.label),
    team: Math.round(teamLines.get(segment.id)?.profit ?? 0),
    best: Math.round(bestLines.get(segment.id)?.profit ?? 0),
  }));

  const table = (caption: string, outcome: PlanOutcome, lines: Map<string, SegmentOutcome>, testId: string) => (
    <div className="sp06-table-scroll">
      <table className="compact sp06-outcome" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sp06.segment')}</th>
            <th scope="col">{t('sp06.plan')}</th>
            {FIGURES.map((key) => (
              <th key={key} scope="col" className="numeric">
                {t(`sp06.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {content.segments.map((segment) => {
            const line = lines.get(segment.id);
            return (
              <tr key={segment.id}>
                <th scope="row">{localized(segment.label)}</th>
                {line ? (
                  <>
                    <td>
                      {label(content.channels, line.channel)} + {label(content.offers, line.offer)}
                    </td>
                    <Figures outcome={line} format={format} />
                  </>
                ) : (
                  <td colSpan={FIGURES.length + 1} className="muted">
                    {t('sp06.notIncluded')}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('sp06.total')}</th>
            <td />
            <Figures outcome={outcome.total} format={format} />
          </tr>
        </tfoot>
      </table>
    </div>
  );

  return (
    <section className="panel" aria-labelledby="sp06-outcome" data-testid="sp06-outcome">
      <h2 id="sp06-outcome">{t('sp06.outcomeTitle')}</h2>
      <p className="muted">{t('sp06.outcomeHelp')}</p>
      {table(t('sp06.teamPlan'), team, teamLines, 'sp06-team-outcome')}
      {table(t('sp06.bestPlan'), best, bestLines, 'sp06-best-outcome')}
      <h3>{t('sp06.chartTitle')}</h3>
      <ProfitChart data={data} />
    </section>
  );
}

/** The figure columns, in the order Figures fills them. */
const FIGURES = ['contacts', 'responses', 'revenue', 'cost', 'profit', 'roi'] as const;

const bySegment = (outcome: PlanOutcome) => new Map(outcome.segments.map((line) => [line.segment, line]));

function Figures({ outcome, format }: { outcome: Totals; format: ReturnType<typeof useFormat> }) {
  return (
    <>
      <td className="numeric">{format.money(outcome.contacts)}</td>
      <td className="numeric">{format.count(outcome.responses)}</td>
      <td className="numeric">{format.money(outcome.revenue)}</td>
      <td className="numeric">{format.money(outcome.cost)}</td>
      <td className={`numeric${outcome.profit < 0 ? ' field-error' : ''}`}>{format.money(outcome.profit)}</td>
      <td className="numeric">{outcome.cost > 0 ? format.percent(outcome.roi) : '—'}</td>
    </>
  );
}
