import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import type { Content, DimensionMethod } from '../../../domain/subprojects/sp05-segmentation/content';

const SCORES = [5, 4, 3, 2, 1] as const;

/** The score ranges of one thresholds measure, in score order 5 → 1. */
function useRanges(): (method: DimensionMethod, higherIsBetter: boolean) => string[] | undefined {
  const { t, i18n } = useTranslation();
  const number = (value: number) => value.toLocaleString(i18n.language);
  return (method, higherIsBetter) => {
    if (method.method !== 'thresholds') return undefined;
    const [c1 = 0, c2 = 0, c3 = 0, c4 = 0] = method.cuts;
    if (!higherIsBetter)
      return [
        t('sp05.method.atMost', { value: number(c1) }),
        t('sp05.method.between', { low: number(c1 + 1), high: number(c2) }),
        t('sp05.method.between', { low: number(c2 + 1), high: number(c3) }),
        t('sp05.method.between', { low: number(c3 + 1), high: number(c4) }),
        t('sp05.method.over', { value: number(c4) }),
      ];
    return [
      t('sp05.method.atLeast', { value: number(c4) }),
      t('sp05.method.fromTo', { low: number(c3), high: number(c4) }),
      t('sp05.method.fromTo', { low: number(c2), high: number(c3) }),
      t('sp05.method.fromTo', { low: number(c1), high: number(c2) }),
      t('sp05.method.below', { value: number(c1) }),
    ];
  };
}

const range = ([low, high]: readonly [number, number]) => (low === high ? `${low}` : `${low}–${high}`);

/** Everything the team must compute by, stated exactly: RFM cut-points, ABC rule, CLV formula, segments, policy. */
export function MethodStatement({ content, end }: { content: Content; end: string }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const ranges = useRanges();
  const currency = localized(content.labels.currency);
  const dimensions = [
    { label: t('sp05.method.rLabel'), method: content.rfm.r, higherIsBetter: false },
    { label: t('sp05.method.fLabel'), method: content.rfm.f, higherIsBetter: true },
    { label: t('sp05.method.mLabel', { currency }), method: content.rfm.m, higherIsBetter: true },
  ];
  const usesQuintiles = dimensions.some((dimension) => dimension.method.method === 'quintiles');
  return (
    <section className="panel sp05-method" aria-labelledby="sp05-method">
      <h2 id="sp05-method">{t('sp05.method.title')}</h2>
      <p>{t('sp05.method.intro', { end })}</p>
      <p>{t('sp05.method.measures', { transaction: localized(content.labels.transaction), currency })}</p>
      <div className="sp05-scroll">
        <table className="compact sp05-rfm-table">
          <thead>
            <tr>
              <th scope="col">{t('sp05.method.dimension')}</th>
              {SCORES.map((score) => (
                <th key={score} scope="col">
                  {t('sp05.method.score')} {score}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dimensions.map((dimension) => {
              const cells = ranges(dimension.method, dimension.higherIsBetter);
              return (
                <tr key={dimension.label}>
                  <th scope="row">{dimension.label}</th>
                  {cells ? (
                    cells.map((cell, index) => <td key={index}>{cell}</td>)
                  ) : (
                    <td colSpan={5}>{t('sp05.method.quintiles')}</td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {usesQuintiles && <p className="muted">{t('sp05.method.quintilesNote')}</p>}
      <h3>{t('sp05.method.abcTitle')}</h3>
      <p>{t('sp05.method.abc', { a: content.abc.a, b: content.abc.b })}</p>
      <h3>{t('sp05.method.clvTitle')}</h3>
      <p>
        {t('sp05.method.clv', {
          top: content.clv.topCount,
          months: content.data.months,
          margin: content.clv.marginRate,
          retention: content.clv.retentionRate,
          discount: content.clv.discountRate,
        })}
      </p>
      <h3>{t('sp05.method.segmentsTitle')}</h3>
      <div className="sp05-scroll">
        <table className="compact sp05-segments-table">
          <thead>
            <tr>
              <th scope="col">{t('sp05.method.segment')}</th>
              <th scope="col">{t('sp05.method.segmentId')}</th>
              <th scope="col">{t('sp05.method.rRange')}</th>
              <th scope="col">{t('sp05.method.fRange')}</th>
              <th scope="col">{t('sp05.method.description')}</th>
            </tr>
          </thead>
          <tbody>
            {content.segments.map((segment) => (
              <tr key={segment.id}>
                <th scope="row">{localized(segment.label)}</th>
                <td>
                  <code>{segment.id}</code>
                </td>
                <td>{range(segment.rule.r)}</td>
                <td>{range(segment.rule.f)}</td>
                <td>{localized(segment.description)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('sp05.method.policyTitle')}</h3>
      <ul>
        {content.policy.statements.map((statement, index) => (
          <li key={index}>{localized(statement)}</li>
        ))}
      </ul>
    </section>
  );
}
