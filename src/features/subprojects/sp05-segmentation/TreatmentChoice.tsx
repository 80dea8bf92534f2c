import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import { createRandom } from '../../../domain/random';
import type { Answers } from '../../../domain/session/replay';
import type { ResultRow } from '../../../domain/subprojects/sp05-segmentation/answers';
import type { Content } from '../../../domain/subprojects/sp05-segmentation/content';
import type { SegmentationData } from '../../../domain/subprojects/sp05-segmentation/generate';
import { fittingTreatments } from '../../../domain/subprojects/sp05-segmentation/method';
import { useShownAnswer } from '../useShownAnswer';

/**
 * A treatment (or several) per segment, from the bank in a per-team order. Before
 * scoring the team sees how many A-class customers its own results put in each
 * segment; afterwards, which choices fit and where one-to-one service was required.
 */
export function TreatmentChoice(props: {
  content: Content;
  data: SegmentationData;
  answers: Answers;
  treatments: Readonly<Record<string, readonly string[]>>;
  results: Readonly<Record<string, ResultRow>>;
  editable: boolean;
  scored: boolean;
  teamSeed: string;
  toggle: (segment: string, treatment: string, checked: boolean) => void;
}) {
  const { content, data, scored } = props;
  const { t } = useTranslation();
  const localized = useLocalized();
  const [shown, show] = useShownAnswer(props.answers, props.treatments);
  const order = useMemo(
    () => createRandom(`${props.teamSeed}/sp05-treatments`).shuffle(content.treatments),
    [content, props.teamSeed],
  );
  const aTreatment = content.treatments.find((item) => item.id === content.policy.aClassTreatment);
  const teamA = (segment: string) =>
    Object.values(props.results).filter((row) => row.segment === segment && row.ABC === 'A').length;
  const keyA = (segment: string) => data.key.rows.filter((row) => row.segment === segment && row.abc === 'A').length;

  return (
    <section className="panel" aria-labelledby="sp05-treatments">
      <h2 id="sp05-treatments">{t('sp05.treatments.title')}</h2>
      <p className="muted">{t('sp05.treatments.help')}</p>
      <div className="sp05-segments">
        {content.segments.map((segment) => {
          const chosen = shown[segment.id] ?? [];
          const aCount = scored ? keyA(segment.id) : teamA(segment.id);
          const fits = fittingTreatments(content, segment, scored && aCount > 0);
          return (
            <fieldset key={segment.id} className="sp05-segment">
              <legend>{localized(segment.label)}</legend>
              <p className="muted">
                {Object.keys(props.results).length > 0 || scored
                  ? aCount > 0
                    ? t(scored ? 'sp05.treatments.aCountKey' : 'sp05.treatments.aCount', { count: aCount })
                    : t(scored ? 'sp05.treatments.noAKey' : 'sp05.treatments.noA')
                  : null}
              </p>
              <ul className="option-list">
                {order.map((treatment) => {
                  const checked = chosen.includes(treatment.id);
                  return (
                    <li key={treatment.id}>
                      <label className="choice-line">
                        <input
                          type="checkbox"
                          checked={checked}
                          disabled={!props.editable}
                          onChange={(event) => {
                            const others = chosen.filter((id) => id !== treatment.id);
                            show({ ...shown, [segment.id]: event.target.checked ? [...others, treatment.id] : others });
                            props.toggle(segment.id, treatment.id, event.target.checked);
                          }}
                        />
                        {localized(treatment.label)}
                        {scored && checked && (
                          <span className={fits.has(treatment.id) ? 'ok-text' : 'field-error'}>
                            {' '}
                            ({t(fits.has(treatment.id) ? 'sp05.treatments.fits' : 'sp05.treatments.misfit')})
                          </span>
                        )}
                      </label>
                    </li>
                  );
                })}
              </ul>
              {props.editable && chosen.length === 0 && <p className="field-error">{t('sp05.treatments.none')}</p>}
              {scored && aCount > 0 && aTreatment && (
                <p className={chosen.includes(aTreatment.id) ? 'ok-text' : 'field-error'}>
                  {t('sp05.treatments.aRequired', { treatment: localized(aTreatment.label) })}
                </p>
              )}
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}
