import type { Answers } from '../../session/replay';
import { fillerText } from '../filler';
import { FIELDS } from './answers';
import type { Content } from './content';
import { bestPlanOf } from './model';

/** The computed best plan, as many measurable objectives as required dated at the campaign's end, and a rationale. */
export function keyAnswers(content: Content): Answers {
  const best = bestPlanOf(content).plan;
  return {
    ...Object.fromEntries(
      Object.entries(best).map(([id, choice]) => [
        FIELDS.segment(id),
        { included: true, channel: choice.channel, offer: choice.offer, contacts: String(choice.contacts) },
      ]),
    ),
    [FIELDS.objectives]: content.kpis
      .filter((kpi) => kpi.measurable)
      .slice(0, content.minObjectives)
      .map((kpi, index) => ({ id: `o${index + 1}`, kpi: kpi.id, target: '120', date: content.campaign.end })),
    [FIELDS.rationale]: fillerText(20),
  };
}
