import type { LocalizedText } from '../../scenario/text';
import { pendingCriterion, scoredCriterion, type Criterion, type Evidence } from '../../scoring/criterion';
import type { ScoreInput } from '../define';
import {
  checkObjective,
  checkPlan,
  isBlank,
  readAnswers,
  type LineProblem,
  type MarketingAnswers,
  type PlanCheck,
} from './answers';
import type { Content } from './content';
import { bestOptionOf, bestPlanOf, evaluatePlan } from './model';

/** Points of each criterion (scaled to the class weight afterwards). */
export const MAX = { constraints: 1.5, profit: 4, objectives: 1.5, targeting: 1, creativity: 2 } as const;

const round = (value: number) => Math.round(value);
const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/**
 * Scores a marketing plan: the constraints (budget, segment sizes, a complete
 * line per chosen segment), the expected profit of the plan under the hidden
 * response model relative to the best plan the budget allows, measurable
 * objectives, targeting that follows segment value, and — by the instructor's
 * rubric — creativity and fit with the company's strategy.
 */
export function scoreMarketingPlan({ content, answers }: ScoreInput<Content>): Criterion[] {
  if (!content)
    return [
      pendingCriterion('marketing.noContent', MAX.constraints + MAX.profit + MAX.objectives + MAX.targeting, {
        key: 'criteria.noContent',
        params: {},
      }),
    ];
  const team = readAnswers(answers);
  const check = checkPlan(content, team);
  return [
    constraintsCriterion(content, check),
    profitCriterion(content, check),
    objectivesCriterion(content, team),
    targetingCriterion(content, check),
    pendingCriterion('marketing.creativity', MAX.creativity, { key: 'sp06.criteria.creativity', params: {} }),
  ];
}

const WRONG_LINE: readonly LineProblem[] = ['overSize', 'badContacts'];

function constraintsCriterion(content: Content, check: PlanCheck): Criterion {
  const faulty = check.lines.filter((line) => line.check.problems.length > 0);
  const evidence = faulty.map((line): Evidence => ({
    ref: `segment:${line.segment.id}`,
    verdict: line.check.problems.some((problem) => WRONG_LINE.includes(problem)) ? 'wrong' : 'missing',
  }));
  const over = check.spend > content.budget;
  const params = {
    spend: round(check.spend),
    budget: content.budget,
    over: round(check.spend - content.budget),
    faulty: faulty.length,
    included: check.lines.length,
  };
  const key =
    check.lines.length === 0
      ? 'sp06.criteria.constraints.none'
      : over
        ? 'sp06.criteria.constraints.overBudget'
        : faulty.length > 0
          ? 'sp06.criteria.constraints.faults'
          : 'sp06.criteria.constraints.held';
  return scoredCriterion({
    id: 'marketing.constraints',
    max: MAX.constraints,
    ratio: check.lines.length === 0 || over ? 0 : (check.lines.length - faulty.length) / check.lines.length,
    explanation: { key, params },
    evidence,
  });
}

function profitCriterion(content: Content, check: PlanCheck): Criterion {
  const best = bestPlanOf(content);
  const outcome = evaluatePlan(content, check.plan);
  const over = check.spend > content.budget;
  // Over budget, the plan is judged as if cut back in proportion to fit: the model is linear, so that is exact.
  const credited =
    over && outcome.total.profit > 0 ? (outcome.total.profit * content.budget) / check.spend : outcome.total.profit;
  const evidence: Evidence[] = [];
  for (const segment of content.segments) {
    const bestLine = best.plan[segment.id];
    const teamLine = check.plan[segment.id];
    if (bestLine && !teamLine) evidence.push({ ref: `best:${segment.id}`, verdict: 'missing' });
    else if (bestLine && teamLine && (bestLine.channel !== teamLine.channel || bestLine.offer !== teamLine.offer))
      evidence.push({ ref: `best:${segment.id}`, verdict: 'wrong' });
    else if (!bestLine && teamLine) evidence.push({ ref: `segment:${segment.id}`, verdict: 'extra' });
  }
  const key =
    outcome.segments.length === 0
      ? 'sp06.criteria.profit.none'
      : outcome.total.profit <= 0
        ? 'sp06.criteria.profit.loss'
        : over
          ? 'sp06.criteria.profit.scaled'
          : 'sp06.criteria.profit.result';
  return scoredCriterion({
    id: 'marketing.profit',
    max: MAX.profit,
    ratio: best.bound > 0 ? credited / best.bound : 0,
    explanation: {
      key,
      params: {
        profit: round(outcome.total.profit),
        credited: round(credited),
        best: round(best.bound),
        percent: Math.max(0, percent(credited, best.bound)),
      },
    },
    evidence,
  });
}

function objectivesCriterion(content: Content, team: MarketingAnswers): Criterion {
  const rows = team.objectives.filter((objective) => !isBlank(objective));
  const good = new Set<string>();
  const evidence: Evidence[] = [];
  let vague = 0;
  let noTarget = 0;
  let badDate = 0;
  for (const objective of rows) {
    const problems = checkObjective(content, objective, true);
    if (problems.includes('noKpi') || problems.includes('vague')) vague += 1;
    if (problems.includes('noTarget') || problems.includes('badTarget')) noTarget += 1;
    if (problems.includes('noDate') || problems.includes('outsidePeriod')) badDate += 1;
    if (problems.length === 0 && objective.kpi) good.add(objective.kpi);
    else if (objective.kpi && !problems.includes('noKpi'))
      evidence.push({
        ref: `kpi:${objective.kpi}`,
        verdict: problems.every((problem) => problem === 'noTarget' || problem === 'noDate') ? 'missing' : 'wrong',
      });
  }
  return scoredCriterion({
    id: 'marketing.objectives',
    max: MAX.objectives,
    ratio: good.size / Math.max(content.minObjectives, rows.length),
    explanation: {
      key: 'sp06.criteria.objectives',
      params: {
        good: good.size,
        required: content.minObjectives,
        stated: rows.length,
        vague,
        noTarget,
        badDate,
        start: content.campaign.start,
        end: content.campaign.end,
      },
    },
    evidence,
  });
}

function targetingCriterion(content: Content, check: PlanCheck): Criterion {
  const spending = check.lines.filter((line) => line.check.spend > 0);
  const total = spending.reduce((sum, line) => sum + line.check.spend, 0);
  const share = (tier: Content['segments'][number]['valueTier']) =>
    spending.filter((line) => line.segment.valueTier === tier).reduce((sum, line) => sum + line.check.spend, 0);
  const high = share('high');
  const low = share('low');
  const losing = spending.filter((line) => (bestOptionOf(content, line.segment.id)?.profitPerContact ?? 0) <= 0);
  const valueOrder = high >= low;
  const evidence: Evidence[] = losing.map((line): Evidence => ({
    ref: `segment:${line.segment.id}`,
    verdict: 'extra',
  }));
  if (!valueOrder)
    for (const line of spending)
      if (line.segment.valueTier === 'low' && !losing.includes(line))
        evidence.push({ ref: `segment:${line.segment.id}`, verdict: 'wrong' });
  return scoredCriterion({
    id: 'marketing.targeting',
    max: MAX.targeting,
    ratio: total <= 0 ? 0 : (valueOrder ? 0.5 : 0) + (losing.length === 0 ? 0.5 : 0),
    explanation: {
      key: total <= 0 ? 'sp06.criteria.targeting.none' : 'sp06.criteria.targeting.result',
      params: { high: percent(high, total), low: percent(low, total), losing: losing.length },
    },
    evidence,
  });
}

/**
 * 'segment:<id>' and 'kpi:<id>' are named as on screen; 'best:<id>' names the
 * segment with the channel and offer of the best plan, which the team missed.
 */
export function describeEvidence(content: Content, ref: string): LocalizedText | undefined {
  const [kind, id] = ref.split(':');
  if (kind === 'segment') return content.segments.find((segment) => segment.id === id)?.label;
  if (kind === 'kpi') return content.kpis.find((kpi) => kpi.id === id)?.label;
  if (kind === 'best' && id !== undefined) {
    const segment = content.segments.find((candidate) => candidate.id === id);
    const line = bestPlanOf(content).plan[id];
    const channel = content.channels.find((candidate) => candidate.id === line?.channel);
    const offer = content.offers.find((candidate) => candidate.id === line?.offer);
    if (!segment || !channel || !offer) return undefined;
    return {
      zh: `${segment.label.zh} → ${channel.label.zh} + ${offer.label.zh}`,
      en: `${segment.label.en} → ${channel.label.en} + ${offer.label.en}`,
    };
  }
  return undefined;
}
