import type { LocalizedText } from '../../scenario/text';
import { pendingCriterion, scoredCriterion, type Criterion, type Evidence } from '../../scoring/criterion';
import { compareSets } from '../../scoring/sets';
import type { ScoreInput } from '../define';
import { textLength } from '../answer-values';
import { readAnswers } from './answers';
import type { Content } from './content';
import { generate, type Lead } from './generate';
import { failedConditions } from './rule';

/** Points of each criterion (scaled to the class weight afterwards). */
export const MAX = { qualified: 4, followUp: 1.5, channelFit: 1.5, nextSteps: 0.5, criteria: 0.5 } as const;

/** Whether a chosen channel suits the lead: its stated preference, or one the scenario says such leads accept. */
export function channelFits(content: Content, preferred: string, chosen: string | undefined): boolean {
  if (chosen === undefined) return false;
  return chosen === preferred || (content.channelFits?.[preferred] ?? []).includes(chosen);
}

/**
 * The F1 of ticking every lead. Only F1 above it earns credit, so a team that
 * qualifies the whole pool — or ticks at random — does not score well.
 * @example allQualifiedF1(40, 16) // 2·16 / (40 + 16) ≈ 0.571
 */
export function allQualifiedF1(poolSize: number, keySize: number): number {
  return poolSize + keySize === 0 ? 0 : (2 * keySize) / (poolSize + keySize);
}

const percent = (ratio: number) => Math.round(ratio * 100);

/**
 * Scores a prospecting attempt: the qualified set against the rule-computed key
 * (F1 above the qualify-everything baseline), follow-up complete for every
 * qualified lead, channels that suit the real prospects, appropriate next
 * steps, and written qualification criteria of the required length.
 * Follow-up on a lead that does not qualify earns nothing: it is wasted effort.
 */
export function scoreProspecting({ content, teamSeed, answers }: ScoreInput<Content>): Criterion[] {
  const total = Object.values(MAX).reduce((sum, points) => sum + points, 0);
  if (!content) return [pendingCriterion('prospecting.noContent', total, { key: 'criteria.noContent', params: {} })];
  const { leads, key } = generate(content, teamSeed);
  const team = readAnswers(answers);
  const byId = new Map(leads.map((lead) => [lead.id, lead]));
  const qualified = team.qualified.filter((id) => byId.has(id));
  const sets = compareSets(qualified, key);
  const baseline = allQualifiedF1(leads.length, key.length);
  const keySet = new Set(key);
  const realProspects = qualified.filter((id) => keySet.has(id)).map((id) => byId.get(id) as Lead);

  const channelIds = new Set(content.channels.map((channel) => channel.id));
  const steps = new Map(content.nextSteps.map((step) => [step.id, step]));
  const channelOf = (id: string) => (channelIds.has(team.channel[id] ?? '') ? team.channel[id] : undefined);
  const stepOf = (id: string) => steps.get(team.nextStep[id] ?? '');
  const incomplete = qualified.filter((id) => channelOf(id) === undefined || stepOf(id) === undefined);
  const written = textLength(team.criteria);
  const followUpRatio = (good: number) => (qualified.length === 0 ? 0 : good / qualified.length);

  /**
   * Channel or next step (criterion prospecting.<name>, text sp03.criteria.<name>): the real
   * prospects whose choice suits, out of every lead marked qualified; the others are named,
   * with their choice as '|<kind>:<id>' when they made one.
   */
  const prospectCriterion = (
    name: 'channelFit' | 'nextSteps',
    count: 'fit' | 'appropriate',
    kind: 'channel' | 'step',
    chosenOf: (id: string) => string | undefined,
    suits: (lead: Lead) => boolean,
  ): Criterion => {
    const good = realProspects.filter(suits).length;
    return scoredCriterion({
      id: `prospecting.${name}`,
      max: MAX[name],
      ratio: followUpRatio(good),
      explanation: {
        key: `sp03.criteria.${name}`,
        params: { [count]: good, qualified: qualified.length, extra: sets.falsePositives.length },
      },
      evidence: realProspects
        .filter((lead) => !suits(lead))
        .map((lead): Evidence => {
          const chosen = chosenOf(lead.id);
          return chosen === undefined
            ? { ref: `lead:${lead.id}`, verdict: 'missing' }
            : { ref: `lead:${lead.id}|${kind}:${chosen}`, verdict: 'wrong' };
        }),
    });
  };

  return [
    scoredCriterion({
      id: 'prospecting.qualified',
      max: MAX.qualified,
      ratio: baseline >= 1 ? sets.f1 : (sets.f1 - baseline) / (1 - baseline),
      explanation: {
        key: 'sp03.criteria.qualified',
        params: {
          found: sets.truePositives.length,
          key: key.length,
          extra: sets.falsePositives.length,
          f1: percent(sets.f1),
          baseline: percent(baseline),
        },
      },
      evidence: [
        ...sets.falseNegatives.map((id): Evidence => ({ ref: `lead:${id}`, verdict: 'missing' })),
        ...sets.falsePositives.map((id): Evidence => {
          const failed = failedConditions(content.rule, byId.get(id)?.values ?? {})[0];
          return { ref: failed ? `lead:${id}|attr:${failed.attribute}` : `lead:${id}`, verdict: 'extra' };
        }),
      ],
    }),
    scoredCriterion({
      id: 'prospecting.followUp',
      max: MAX.followUp,
      ratio: followUpRatio(qualified.length - incomplete.length),
      explanation: {
        key: qualified.length === 0 ? 'sp03.criteria.followUpNone' : 'sp03.criteria.followUp',
        params: { complete: qualified.length - incomplete.length, qualified: qualified.length },
      },
      evidence: incomplete.map((id): Evidence => ({ ref: `lead:${id}`, verdict: 'missing' })),
    }),
    prospectCriterion('channelFit', 'fit', 'channel', channelOf, (lead) =>
      channelFits(content, lead.channel, channelOf(lead.id)),
    ),
    prospectCriterion(
      'nextSteps',
      'appropriate',
      'step',
      (id) => stepOf(id)?.id,
      (lead) => stepOf(lead.id)?.appropriate === true,
    ),
    scoredCriterion({
      id: 'prospecting.criteria',
      max: MAX.criteria,
      ratio: written >= content.criteriaMinChars ? 1 : 0,
      explanation: {
        key: written >= content.criteriaMinChars ? 'sp03.criteria.criteriaOk' : 'sp03.criteria.criteriaShort',
        params: { length: written, min: content.criteriaMinChars },
      },
    }),
  ];
}

/** How a lead is named in evidence: 'L07 王建国' or, for a firm, 'L07 华美服饰有限公司（王建国）'. */
function leadName(lead: Lead): LocalizedText {
  if (!lead.firm) return { zh: `${lead.id} ${lead.name.full.zh}`, en: `${lead.id} ${lead.name.full.en}` };
  return {
    zh: `${lead.id} ${lead.firm.zh}（${lead.name.full.zh}）`,
    en: `${lead.id} ${lead.firm.en} (${lead.name.full.en})`,
  };
}

/**
 * 'lead:L07' names the lead as the table shows it; a suffix adds what decided
 * the verdict: '|attr:<id>' the attribute of the failed condition,
 * '|channel:<id>' the channel chosen, '|step:<id>' the next step chosen.
 */
export function describeEvidence(content: Content, ref: string, teamSeed: string): LocalizedText | undefined {
  const match = /^lead:(L\d+)(?:\|(attr|channel|step):([a-z0-9-]+))?$/.exec(ref);
  if (!match) return undefined;
  const lead = generate(content, teamSeed).leads.find((candidate) => candidate.id === match[1]);
  if (!lead) return undefined;
  const name = leadName(lead);
  const [, , kind, id] = match;
  const options = { attr: content.attributes, channel: content.channels, step: content.nextSteps };
  const detail = kind && options[kind as keyof typeof options].find((option) => option.id === id)?.label;
  return detail ? { zh: `${name.zh} · ${detail.zh}`, en: `${name.en} · ${detail.en}` } : name;
}
