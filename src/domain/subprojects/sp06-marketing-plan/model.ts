import type { Content } from './content';

/** The part of the content the response model reads (also usable before the schema's cross-checks pass). */
export type ModelContent = Pick<Content, 'budget' | 'segments' | 'channels' | 'offers' | 'responseModel'>;

/** One segment's line of a plan: how its customers are reached, with what, and how many. */
export interface Choice {
  readonly channel: string;
  readonly offer: string;
  readonly contacts: number;
}
export type Plan = Readonly<Record<string, Choice>>;

export interface Outcome {
  readonly contacts: number;
  /** Budget used: contacts × the channel's cost per contact. */
  readonly spend: number;
  readonly responses: number;
  readonly revenue: number;
  /** Spend plus the cost of honouring the offer for every response. */
  readonly cost: number;
  readonly profit: number;
  /** (revenue − cost) / cost; 0 when nothing was spent. */
  readonly roi: number;
}

export interface SegmentOutcome extends Outcome {
  readonly segment: string;
  readonly channel: string;
  readonly offer: string;
}

export interface PlanOutcome {
  readonly segments: readonly SegmentOutcome[];
  readonly total: Outcome;
}

/** One way to reach a segment, with its economics per contact. */
export interface Option {
  readonly segment: string;
  readonly channel: string;
  readonly offer: string;
  readonly rate: number;
  /** Budget used per contact. */
  readonly spendPerContact: number;
  /** Expected profit per contact: rate × (margin − offer cost) − contact cost. */
  readonly profitPerContact: number;
}

/** Share of contacted customers expected to respond; 0 for an unknown segment, channel or offer. */
export function responseRate(content: ModelContent, segment: string, channel: string, offer: string): number {
  const row = content.responseModel.find((candidate) => candidate.segment === segment);
  const rate = (row?.baseRate ?? 0) * (row?.channels[channel] ?? 0) * (row?.offers[offer] ?? 0);
  return Math.min(1, rate);
}

type Segment = ModelContent['segments'][number];
type Channel = ModelContent['channels'][number];
type Offer = ModelContent['offers'][number];

/** One way to reach a segment: the response rate and the economics per contact of a channel and an offer. */
function optionOf(content: ModelContent, segment: Segment, channel: Channel, offer: Offer): Option {
  const rate = responseRate(content, segment.id, channel.id, offer.id);
  return {
    segment: segment.id,
    channel: channel.id,
    offer: offer.id,
    rate,
    spendPerContact: channel.costPerContact,
    profitPerContact: rate * (segment.marginPerResponse - offer.costPerResponse) - channel.costPerContact,
  };
}

/** Every (channel, offer) pair for one segment, in content order. */
export function optionsOf(content: ModelContent, segmentId: string): Option[] {
  const segment = content.segments.find((candidate) => candidate.id === segmentId);
  if (!segment) return [];
  return content.channels.flatMap((channel) =>
    content.offers.map((offer) => optionOf(content, segment, channel, offer)),
  );
}

/** The segment's option with the most profit per unit of budget (ties: the earlier in content order). */
export function bestOptionOf(content: ModelContent, segmentId: string): Option | undefined {
  let best: Option | undefined;
  for (const option of optionsOf(content, segmentId)) if (!best || ratio(option) > ratio(best)) best = option;
  return best;
}

const ratio = (option: Option) => option.profitPerContact / option.spendPerContact;

/** Completes the counted figures with profit and ROI. */
function withProfit(figures: Omit<Outcome, 'profit' | 'roi'>): Outcome {
  const profit = figures.revenue - figures.cost;
  return { ...figures, profit, roi: figures.cost > 0 ? profit / figures.cost : 0 };
}

function outcomeOf(contacts: number, option: Option, margin: number, offerCost: number): Outcome {
  const responses = contacts * option.rate;
  const spend = contacts * option.spendPerContact;
  return withProfit({ contacts, spend, responses, revenue: responses * margin, cost: spend + responses * offerCost });
}

function sum(outcomes: readonly Outcome[]): Outcome {
  const add = (key: keyof Outcome) => outcomes.reduce((total, outcome) => total + outcome[key], 0);
  return withProfit({
    contacts: add('contacts'),
    spend: add('spend'),
    responses: add('responses'),
    revenue: add('revenue'),
    cost: add('cost'),
  });
}

/**
 * The expected outcome of a plan. Contacts beyond a segment's size reach nobody
 * more, so the model counts at most the segment's size; lines naming an unknown
 * segment, channel or offer are left out.
 */
export function evaluatePlan(content: ModelContent, plan: Plan): PlanOutcome {
  const segments: SegmentOutcome[] = [];
  for (const segment of content.segments) {
    const choice = plan[segment.id];
    if (!choice) continue;
    const channel = content.channels.find((candidate) => candidate.id === choice.channel);
    const offer = content.offers.find((candidate) => candidate.id === choice.offer);
    if (!channel || !offer || !(choice.contacts > 0)) continue;
    const option = optionOf(content, segment, channel, offer);
    const contacts = Math.min(choice.contacts, segment.size);
    segments.push({
      segment: segment.id,
      channel: channel.id,
      offer: offer.id,
      ...outcomeOf(contacts, option, segment.marginPerResponse, offer.costPerResponse),
    });
  }
  return { segments, total: sum(segments) };
}

export interface BestPlan {
  /** The best plan in whole contacts, as shown to the team after scoring. */
  readonly plan: Plan;
  readonly outcome: PlanOutcome;
  /**
   * The most profit any plan within the budget can earn (contacts may be fractional):
   * an upper bound no whole-contact plan exceeds, and the yardstick for the team's profit.
   */
  readonly bound: number;
}

/** Beyond this many combinations the exact search gives way to the best-ratio option per segment. */
const SEARCH_LIMIT = 20000;

/**
 * The most profitable plan within the budget. For a fixed (channel, offer) per
 * segment the problem is a fractional knapsack — budget is the only shared
 * resource and everything is linear — so filling the budget greedily by profit
 * per yuan, the last segment partly, is exact. Which option to fix per segment
 * is searched over all options that no other option beats on both profit per
 * yuan and profit per contact (a dominated option can always be swapped out
 * without losing profit). Segments that lose money whatever the option stay out.
 */
export function computeBestPlan(content: ModelContent): BestPlan {
  const candidates = content.segments
    .map((segment) => paretoOptions(optionsOf(content, segment.id).filter((option) => option.profitPerContact > 0)))
    .filter((options) => options.length > 0);
  const combinations = candidates.reduce((product, options) => product * options.length, 1);
  const assignments =
    combinations <= SEARCH_LIMIT
      ? cartesian(candidates)
      : [candidates.map((options) => [...options].sort((a, b) => ratio(b) - ratio(a))[0]!)];

  let best: { bound: number; options: readonly Option[] } = { bound: 0, options: [] };
  for (const options of assignments) {
    const bound = fillBudget(content, options, false).reduce((total, line) => total + line.profit, 0);
    if (bound > best.bound + 1e-9) best = { bound, options };
  }
  const lines = fillBudget(content, best.options, true);
  const plan = Object.fromEntries(
    lines.map((line) => [
      line.option.segment,
      { channel: line.option.channel, offer: line.option.offer, contacts: line.contacts },
    ]),
  );
  return { plan, outcome: evaluatePlan(content, plan), bound: best.bound };
}

/** Greedy fill by profit per yuan; `whole` rounds each segment's contacts down. */
function fillBudget(content: ModelContent, options: readonly Option[], whole: boolean) {
  let left = content.budget;
  const lines: { option: Option; contacts: number; profit: number }[] = [];
  for (const option of [...options].sort((a, b) => ratio(b) - ratio(a))) {
    const size = content.segments.find((segment) => segment.id === option.segment)?.size ?? 0;
    const affordable = left / option.spendPerContact;
    const contacts = Math.min(size, whole ? Math.floor(affordable + 1e-9) : affordable);
    if (contacts <= 0) continue;
    left -= contacts * option.spendPerContact;
    lines.push({ option, contacts, profit: contacts * option.profitPerContact });
  }
  return lines;
}

/** Options not beaten on both profit per yuan and profit per contact by another option. */
function paretoOptions(options: readonly Option[]): Option[] {
  return options.filter(
    (option, index) =>
      !options.some(
        (other, otherIndex) =>
          otherIndex !== index &&
          ratio(other) >= ratio(option) &&
          other.profitPerContact >= option.profitPerContact &&
          (ratio(other) > ratio(option) || other.profitPerContact > option.profitPerContact || otherIndex < index),
      ),
  );
}

function cartesian<T>(lists: readonly (readonly T[])[]): T[][] {
  return lists.reduce<T[][]>((combos, list) => combos.flatMap((combo) => list.map((item) => [...combo, item])), [[]]);
}

const cache = new WeakMap<ModelContent, BestPlan>();
/** computeBestPlan, once per content object (the workspace, scorer and evidence labels all ask). */
export function bestPlanOf(content: ModelContent): BestPlan {
  let best = cache.get(content);
  if (!best) {
    best = computeBestPlan(content);
    cache.set(content, best);
  }
  return best;
}
