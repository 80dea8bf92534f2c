import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textLength } from '../../../domain/subprojects/answer-values';
import type { JsonValue } from '../../../domain/session/actions';
import {
  checkPlan,
  FIELDS,
  readAnswers,
  readSegment,
  type SegmentAnswer,
} from '../../../domain/subprojects/sp06-marketing-plan/answers';
import type { Content } from '../../../domain/subprojects/sp06-marketing-plan/content';
import { bestPlanOf, evaluatePlan } from '../../../domain/subprojects/sp06-marketing-plan/model';
import type { WorkspaceProps } from '../types';
import { useDraft } from '../useDraft';
import { Brief } from './Brief';
import { BudgetBar } from './BudgetBar';
import { ObjectivesEditor } from './ObjectivesEditor';
import { Outcome } from './Outcome';
import { SegmentPlan, type SegmentPatch } from './SegmentPlan';
import './sp06.css';

const EMPTY: SegmentAnswer = { included: false, channel: undefined, offer: undefined, contacts: '' };

const toJson = (answer: SegmentAnswer): JsonValue => ({
  included: answer.included,
  ...(answer.channel !== undefined && { channel: answer.channel }),
  ...(answer.offer !== undefined && { offer: answer.offer }),
  contacts: answer.contacts,
});

/**
 * Sub-project 6: choose target segments, a channel, an offer and the number of
 * contacts for each within the budget; state measurable objectives and a
 * rationale. Costs show as the team types; the expected responses and return
 * come from a hidden response model and show only after scoring.
 */
export default function Sp06Workspace({ content, answers, editable, save, teamSeed, result }: WorkspaceProps<Content>) {
  const { t } = useTranslation();
  const team = readAnswers(answers);
  // Contacts as typed, ahead of the store, so the budget bar follows each keystroke.
  const [typed, setTyped] = useState<Readonly<Record<string, string>>>({});
  if (!content) return <p className="notice">{t('sp06.noContent')}</p>;

  const answerOf = (id: string) => team.segments[id] ?? EMPTY;
  const live = checkPlan(content, {
    ...team,
    segments: Object.fromEntries(
      content.segments.map((segment) => [
        segment.id,
        { ...answerOf(segment.id), contacts: typed[segment.id] ?? answerOf(segment.id).contacts },
      ]),
    ),
  });
  const change = (id: string, patch: SegmentPatch) =>
    save(FIELDS.segment(id), (previous) => {
      const next = { ...readSegment(previous), ...patch };
      return toJson({ ...next, channel: next.channel || undefined, offer: next.offer || undefined });
    });

  return (
    <div className="workspace sp06" data-testid="sp06-workspace">
      <Brief content={content} />

      <section className="panel" aria-labelledby="sp06-segments">
        <h2 id="sp06-segments">{t('sp06.segmentsTitle')}</h2>
        <p className="muted">{t('sp06.segmentsHelp')}</p>
        <BudgetBar spend={live.spend} budget={content.budget} />
        <div className="sp06-segments">
          {content.segments.map((segment) => (
            <SegmentPlan
              key={segment.id}
              content={content}
              segment={segment}
              answer={answerOf(segment.id)}
              answers={answers}
              editable={editable}
              onChange={(patch) => change(segment.id, patch)}
              onDraft={(contacts) => setTyped((previous) => ({ ...previous, [segment.id]: contacts }))}
            />
          ))}
        </div>
        <BudgetBar spend={live.spend} budget={content.budget} />
      </section>

      <ObjectivesEditor
        content={content}
        objectives={team.objectives}
        editable={editable}
        scored={result !== undefined}
        save={save}
        teamSeed={teamSeed}
      />

      <Rationale stored={team.rationale} editable={editable} onSave={(text) => save(FIELDS.rationale, () => text)} />

      {result && (
        <Outcome
          content={content}
          team={evaluatePlan(content, checkPlan(content, team).plan)}
          best={bestPlanOf(content).outcome}
        />
      )}
    </div>
  );
}

function Rationale(props: { stored: string; editable: boolean; onSave: (text: string) => Promise<void> }) {
  const { t } = useTranslation();
  const { draft, change, flush } = useDraft(props.stored, props.onSave);
  return (
    <section className="panel" aria-labelledby="sp06-rationale">
      <h2 id="sp06-rationale">{t('sp06.rationaleTitle')}</h2>
      <label className="field">
        <span className="muted">{t('sp06.rationaleHelp')}</span>
        <textarea
          rows={5}
          value={draft}
          readOnly={!props.editable}
          onChange={(event) => change(event.target.value)}
          onBlur={() => void flush()}
        />
        <span className="muted">{t('sp06.rationaleCount', { count: textLength(draft) })}</span>
      </label>
    </section>
  );
}
