import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import type { Answers } from '../../../domain/session/replay';
import { checkLine, type SegmentAnswer } from '../../../domain/subprojects/sp06-marketing-plan/answers';
import type { Content, Segment } from '../../../domain/subprojects/sp06-marketing-plan/content';
import { useDraft } from '../useDraft';
import { useShownAnswer } from '../useShownAnswer';
import { useFormat } from './format';
import { LabelledOptionSelect } from './LabelledOptionSelect';

export type SegmentPatch = Partial<{ included: boolean; channel: string; offer: string; contacts: string }>;

interface Props {
  readonly content: Content;
  readonly segment: Segment;
  readonly answer: SegmentAnswer;
  readonly answers: Answers;
  readonly editable: boolean;
  readonly onChange: (patch: SegmentPatch) => Promise<void>;
  /** Reports the contacts as typed, before they are stored, so the budget bar follows every keystroke. */
  readonly onDraft: (contacts: string) => void;
}

/** One segment: its visible figures, and the team's line — include, channel, offer, contacts — with the cost live. */
export function SegmentPlan({ content, segment, answer, answers, editable, onChange, onDraft }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const format = useFormat();
  const [included, showIncluded] = useShownAnswer(answers, answer.included);
  const { draft, change, flush } = useDraft(answer.contacts, (contacts) => onChange({ contacts }));
  const typed = (contacts: string) => {
    change(contacts);
    onDraft(contacts);
  };
  const channel = content.channels.find((candidate) => candidate.id === answer.channel);
  const line = checkLine(content, segment, { ...answer, contacts: draft });
  const id = `sp06-${segment.id}`;
  return (
    <article className={`sp06-segment${included ? ' included' : ''}`} aria-labelledby={`${id}-title`}>
      <header>
        <h3 id={`${id}-title`}>{localized(segment.label)}</h3>
        <span className={`tag sp06-tier-${segment.valueTier}`}>{t(`sp06.tier.${segment.valueTier}`)}</span>
      </header>
      <p className="sp06-figures">
        <span>{t('sp06.size', { number: format.money(segment.size) })}</span>
        <span>{t('sp06.margin', { value: format.money(segment.marginPerResponse) })}</span>
      </p>
      <p className="muted">{localized(segment.description)}</p>
      <label className="choice-line">
        <input
          type="checkbox"
          checked={included}
          disabled={!editable}
          onChange={(event) => {
            showIncluded(event.target.checked);
            void onChange({ included: event.target.checked });
          }}
        />
        {t('sp06.include')}
      </label>
      {included && (
        <div className="sp06-line">
          <LabelledOptionSelect
            label={t('sp06.channel')}
            value={answer.channel}
            options={content.channels}
            disabled={!editable}
            onChange={(channel) => void onChange({ channel })}
          />
          <LabelledOptionSelect
            label={t('sp06.offer')}
            value={answer.offer}
            options={content.offers}
            disabled={!editable}
            onChange={(offer) => void onChange({ offer })}
          />
          <label className="field sp06-contacts">
            <span>{t('sp06.contacts')}</span>
            <input
              inputMode="numeric"
              value={draft}
              readOnly={!editable}
              aria-invalid={line.problems.includes('badContacts') || line.problems.includes('overSize')}
              aria-describedby={`${id}-status`}
              onChange={(event) => typed(event.target.value)}
              onBlur={() => void flush()}
            />
          </label>
          {editable && (
            <button type="button" className="secondary" onClick={() => typed(String(segment.size))}>
              {t('sp06.reachAll', { number: format.money(segment.size) })}
            </button>
          )}
          <div id={`${id}-status`} className="sp06-line-status">
            {channel && line.contacts !== undefined && (
              <span>
                {t('sp06.lineSpend', {
                  contacts: format.money(line.contacts),
                  cost: format.unitCost(channel.costPerContact),
                  spend: format.money(line.spend),
                })}
              </span>
            )}
            {editable &&
              line.problems.map((problem) => (
                <span key={problem} className="field-error">
                  {t(`sp06.problems.${problem}`, { size: segment.size })}
                </span>
              ))}
          </div>
        </div>
      )}
    </article>
  );
}
