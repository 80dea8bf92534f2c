import type { Answers } from '../../session/replay';
import type { Content } from './content';
import { generate } from './generate';

export const LONG_CRITERIA = '只选城区和近郊的个人和小车队，预算至少八万元，三个月内购车，其余暂缓联系跟进。';

/** The answer built from the key: every qualified lead, its preferred channel, an appropriate next step. */
export function keyAnswers(content: Content, teamSeed: string): Answers {
  const { leads, key } = generate(content, teamSeed);
  const step = content.nextSteps.find((candidate) => candidate.appropriate)?.id ?? '';
  const qualified = leads.filter((lead) => key.includes(lead.id));
  return {
    criteria: LONG_CRITERIA,
    qualified: [...key],
    channel: Object.fromEntries(qualified.map((lead) => [lead.id, lead.channel])),
    nextStep: Object.fromEntries(qualified.map((lead) => [lead.id, step])),
  };
}
