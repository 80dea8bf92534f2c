import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import type { ResultRow } from '../../../domain/subprojects/sp05-segmentation/answers';
import type { Content } from '../../../domain/subprojects/sp05-segmentation/content';
import type { SegmentationData } from '../../../domain/subprojects/sp05-segmentation/generate';
import { byRevenue } from '../../../domain/subprojects/sp05-segmentation/method';

const SHOWN = 15;

/** After scoring: how many values were right per column, and the biggest customers with a mistake, yours beside the key. */
export function ResultsFeedback({
  content,
  data,
  results,
}: {
  content: Content;
  data: SegmentationData;
  results: Readonly<Record<string, ResultRow>>;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const rows = byRevenue(data.key.rows);
  const count = (right: (key: (typeof rows)[number], team: ResultRow) => boolean) =>
    rows.filter((key) => {
      const team = results[key.customer];
      return team !== undefined && right(key, team);
    }).length;
  const segmentLabel = (id: string) => {
    const segment = content.segments.find((candidate) => candidate.id === id);
    return segment ? localized(segment.label) : id;
  };
  const wrong = rows.filter((key) => {
    const team = results[key.customer];
    return (
      !team ||
      team.R !== key.r ||
      team.F !== key.f ||
      team.M !== key.m ||
      team.ABC !== key.abc ||
      team.segment !== key.segment
    );
  });
  const cell = (team: string | number | undefined, key: string | number) => (
    <td className={team === key ? 'ok-text' : 'field-error'}>
      {team ?? '—'}
      {team !== key && <span className="sp05-key"> → {key}</span>}
    </td>
  );
  return (
    <div className="sp05-feedback" data-testid="sp05-results-feedback">
      <h3>{t('sp05.results.feedbackTitle')}</h3>
      <p>
        {t('sp05.results.feedbackSummary', {
          r: count((key, team) => team.R === key.r),
          f: count((key, team) => team.F === key.f),
          m: count((key, team) => team.M === key.m),
          abc: count((key, team) => team.ABC === key.abc),
          segment: count((key, team) => team.segment === key.segment),
          total: rows.length,
        })}
      </p>
      {wrong.length > 0 && (
        <>
          <p>{t('sp05.results.feedbackWrong', { count: SHOWN })}</p>
          <div className="sp05-scroll">
            <table className="compact">
              <thead>
                <tr>
                  <th scope="col">{t('sp05.data.customerId')}</th>
                  <th scope="col">{t('sp05.data.name')}</th>
                  <th scope="col">R</th>
                  <th scope="col">F</th>
                  <th scope="col">M</th>
                  <th scope="col">ABC</th>
                  <th scope="col">{t('sp05.method.segment')}</th>
                </tr>
              </thead>
              <tbody>
                {wrong.slice(0, SHOWN).map((key) => {
                  const team = results[key.customer];
                  const name = data.customerById.get(key.customer)?.name;
                  return (
                    <tr key={key.customer}>
                      <td>{key.customer}</td>
                      <td>{name ? localized(name) : ''}</td>
                      {cell(team?.R, key.r)}
                      {cell(team?.F, key.f)}
                      {cell(team?.M, key.m)}
                      {cell(team?.ABC, key.abc)}
                      {cell(team ? segmentLabel(team.segment) : undefined, segmentLabel(key.segment))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
