import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import type { Content } from '../../../domain/subprojects/sp03-prospecting/content';
import type { Lead } from '../../../domain/subprojects/sp03-prospecting/generate';
import { channelFits } from '../../../domain/subprojects/sp03-prospecting/score';
import { OptionSelect } from '../OptionSelect';
import type { useLeadText } from './useLeadText';

export interface LeadRowProps {
  readonly content: Content;
  readonly lead: Lead;
  readonly marked: boolean;
  readonly channel: string | undefined;
  readonly step: string | undefined;
  readonly editable: boolean;
  readonly text: ReturnType<typeof useLeadText>;
  /** Set after scoring: whether the lead is in the key. */
  readonly inKey?: boolean | undefined;
  readonly onMark: (marked: boolean) => void;
  readonly onChannel: (channel: string) => void;
  readonly onStep: (step: string) => void;
}

/** One lead: the team's judgement, its follow-up plan, and after scoring what was right. */
export function LeadRow({
  content,
  lead,
  marked,
  channel,
  step,
  editable,
  text,
  inKey,
  onMark,
  onChannel,
  onStep,
}: LeadRowProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const label = text.leadLabel(lead);
  const source = content.sources.find((candidate) => candidate.id === lead.source);
  const preferred = content.channels.find((candidate) => candidate.id === lead.channel);
  const preferredName = preferred ? localized(preferred.label) : lead.channel;
  const columns = content.attributes.length + 4;
  return (
    <>
      <tr className={marked ? 'lead-row marked' : 'lead-row'} data-lead={lead.id}>
        <td>
          <input
            type="checkbox"
            checked={marked}
            disabled={!editable}
            aria-label={t('sp03.qualifyLead', { lead: label })}
            onChange={(event) => onMark(event.target.checked)}
          />
        </td>
        <td className="lead-cell">
          <strong>{lead.id}</strong> {lead.firm ? localized(lead.firm) : localized(lead.name.full)}
          {lead.firm && <span className="muted"> · {localized(lead.name.polite)}</span>}
          <span className="lead-note">
            {source && t('sp03.sourceLine', { source: localized(source.label) })} · {localized(lead.note)}
          </span>
        </td>
        {content.attributes.map((attribute) => (
          <td key={attribute.id} className={attribute.kind === 'number' ? 'number' : 'category'}>
            {attribute.kind === 'number'
              ? lead.values[attribute.id]
              : text.valueText(attribute, lead.values[attribute.id])}
          </td>
        ))}
        <td className="category">{preferredName}</td>
        <td className="follow-up">
          {marked ? (
            <>
              <OptionSelect
                label={t('sp03.channelFor', { lead: label })}
                value={channel ?? ''}
                placeholder={t('sp03.chooseChannel')}
                options={content.channels}
                disabled={!editable}
                onChange={onChannel}
              />
              {editable && channel === undefined && <span className="field-error">{t('sp03.channelMissing')}</span>}
              {channel !== undefined && channel !== lead.channel && inKey === undefined && (
                <span className="muted">{t('sp03.notPreferred', { preferred: preferredName })}</span>
              )}
              <OptionSelect
                label={t('sp03.stepFor', { lead: label })}
                value={step ?? ''}
                placeholder={t('sp03.chooseStep')}
                options={content.nextSteps}
                disabled={!editable}
                onChange={onStep}
              />
              {editable && step === undefined && <span className="field-error">{t('sp03.stepMissing')}</span>}
            </>
          ) : (
            editable && <span className="muted">{t('sp03.followUpLater')}</span>
          )}
        </td>
      </tr>
      {inKey !== undefined && (
        <tr className="lead-feedback">
          <td colSpan={columns}>
            <LeadFeedback
              content={content}
              lead={lead}
              marked={marked}
              channel={channel}
              step={step}
              inKey={inKey}
              text={text}
              preferred={preferredName}
            />
          </td>
        </tr>
      )}
    </>
  );
}

function LeadFeedback({
  content,
  lead,
  marked,
  channel,
  step,
  inKey,
  text,
  preferred,
}: Pick<LeadRowProps, 'content' | 'lead' | 'marked' | 'channel' | 'step' | 'text'> & {
  inKey: boolean;
  preferred: string;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const right = marked === inKey;
  const verdict = inKey
    ? t(marked ? 'sp03.feedback.rightIn' : 'sp03.feedback.missed')
    : t(marked ? 'sp03.feedback.wrongIn' : 'sp03.feedback.rightOut', { reasons: text.reasons(lead) });
  const chosenStep = content.nextSteps.find((candidate) => candidate.id === step);
  const channelOk = channelFits(content, lead.channel, channel);
  return (
    <p className="feedback">
      <span className={right ? 'ok-text' : 'field-error'}>{verdict}</span>
      {inKey && marked && (
        <>
          {' '}
          <span className={channelOk ? 'ok-text' : 'field-error'}>
            {channelOk ? t('sp03.feedback.channelOk') : t('sp03.feedback.channelBad', { preferred })}
          </span>{' '}
          {chosenStep ? (
            <span className={chosenStep.appropriate ? 'ok-text' : 'field-error'}>
              {t(chosenStep.appropriate ? 'sp03.feedback.stepOk' : 'sp03.feedback.stepBad', {
                feedback: localized(chosenStep.feedback),
              })}
            </span>
          ) : (
            <span className="field-error">{t('sp03.stepMissing')}</span>
          )}
        </>
      )}
    </p>
  );
}
