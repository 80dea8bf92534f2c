import type { Answers } from '../../session/replay';
import { isRecord } from '../answer-values';
import type { Content, Segment } from './content';
import type { Plan } from './model';

/** One segment's line of the team's plan, as stored (numbers kept as typed, so nothing typed is lost). */
export interface SegmentAnswer {
  readonly included: boolean;
  readonly channel: string | undefined;
  readonly offer: string | undefined;
  readonly contacts: string;
}

export interface Objective {
  readonly id: string;
  readonly kpi: string | undefined;
  readonly target: string;
  /** YYYY-MM-DD, as a date input gives it. */
  readonly date: string;
}

export interface MarketingAnswers {
  readonly segments: Readonly<Record<string, SegmentAnswer>>;
  readonly objectives: readonly Objective[];
  readonly rationale: string;
}

export const FIELDS = {
  segment: (id: string) => `segment:${id}`,
  objectives: 'objectives',
  rationale: 'rationale',
} as const;

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
const id = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

export function readSegment(value: unknown): SegmentAnswer {
  const raw = isRecord(value) ? value : {};
  return {
    included: raw['included'] === true,
    channel: id(raw['channel']),
    offer: id(raw['offer']),
    contacts: text(raw['contacts']),
  };
}

export function readObjectives(value: unknown): Objective[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((raw, index) => ({
    id: id(raw['id']) ?? `row-${index}`,
    kpi: id(raw['kpi']),
    target: text(raw['target']),
    date: text(raw['date']),
  }));
}

/** Reads the team's answers defensively from the logged JSON. */
export function readAnswers(answers: Answers): MarketingAnswers {
  const segments: Record<string, SegmentAnswer> = {};
  for (const [key, value] of Object.entries(answers))
    if (key.startsWith('segment:')) segments[key.slice('segment:'.length)] = readSegment(value);
  const rationale = answers[FIELDS.rationale];
  return {
    segments,
    objectives: readObjectives(answers[FIELDS.objectives]),
    rationale: typeof rationale === 'string' ? rationale : '',
  };
}

/** Full-width digits and thousands separators, as Chinese keyboards type them, read as plain numbers. */
function normalizeNumber(raw: string): string {
  return raw
    .replace(/[\uff10-\uff19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[,，\s]/g, '');
}

/** A count of customers: undefined when empty, NaN when not a whole number ≥ 0. */
export function parseCount(raw: string): number | undefined {
  const clean = normalizeNumber(raw);
  if (clean === '') return undefined;
  return /^\d+$/.test(clean) ? Number(clean) : Number.NaN;
}

/** An objective's target: undefined when empty, NaN unless a number above 0 (a trailing % is allowed). */
export function parseTarget(raw: string): number | undefined {
  const clean = normalizeNumber(raw).replace(/[%％]$/, '');
  if (clean === '') return undefined;
  const value = /^\d+(\.\d+)?$/.test(clean) ? Number(clean) : Number.NaN;
  return value > 0 ? value : Number.NaN;
}

export type LineProblem = 'noChannel' | 'noOffer' | 'noContacts' | 'badContacts' | 'overSize';

export interface LineCheck {
  readonly problems: readonly LineProblem[];
  /** The contacts typed, when a valid whole number. */
  readonly contacts: number | undefined;
  /** Budget the line commits: contacts as typed × the channel's cost per contact. */
  readonly spend: number;
}

/** What is wrong with one included segment's line, and what it spends. */
export function checkLine(content: Content, segment: Segment, answer: SegmentAnswer): LineCheck {
  const channel = content.channels.find((candidate) => candidate.id === answer.channel);
  const offer = content.offers.find((candidate) => candidate.id === answer.offer);
  const parsed = parseCount(answer.contacts);
  const contacts = parsed !== undefined && Number.isFinite(parsed) ? parsed : undefined;
  const problems: LineProblem[] = [];
  if (!channel) problems.push('noChannel');
  if (!offer) problems.push('noOffer');
  if (parsed === undefined || parsed === 0) problems.push('noContacts');
  else if (contacts === undefined) problems.push('badContacts');
  else if (contacts > segment.size) problems.push('overSize');
  return { problems, contacts, spend: channel && contacts !== undefined ? contacts * channel.costPerContact : 0 };
}

export interface PlanCheck {
  /** Included segments, in content order, with their check. */
  readonly lines: readonly { segment: Segment; answer: SegmentAnswer; check: LineCheck }[];
  /** What the model evaluates: included lines with a channel, an offer and contacts. */
  readonly plan: Plan;
  readonly spend: number;
}

export function checkPlan(content: Content, team: MarketingAnswers): PlanCheck {
  const lines = content.segments.flatMap((segment) => {
    const answer = team.segments[segment.id];
    return answer?.included ? [{ segment, answer, check: checkLine(content, segment, answer) }] : [];
  });
  const plan: Record<string, { channel: string; offer: string; contacts: number }> = {};
  for (const { segment, answer, check } of lines)
    if (answer.channel && answer.offer && check.contacts !== undefined && check.contacts > 0)
      plan[segment.id] = { channel: answer.channel, offer: answer.offer, contacts: check.contacts };
  return { lines, plan, spend: lines.reduce((total, line) => total + line.check.spend, 0) };
}

export type ObjectiveProblem = 'noKpi' | 'vague' | 'noTarget' | 'badTarget' | 'noDate' | 'outsidePeriod';

/** An objective row nobody has filled in yet; it neither counts nor costs. */
export const isBlank = (objective: Objective) =>
  objective.kpi === undefined && objective.target.trim() === '' && objective.date.trim() === '';

/**
 * What keeps an objective from being measurable: a KPI from the bank that can be
 * counted, a numeric target and a date inside the campaign. Before scoring the
 * workspace leaves out 'vague' — telling measurable from vague is the exercise.
 */
export function checkObjective(content: Content, objective: Objective, revealVague: boolean): ObjectiveProblem[] {
  const problems: ObjectiveProblem[] = [];
  const kpi = content.kpis.find((candidate) => candidate.id === objective.kpi);
  if (!kpi) problems.push('noKpi');
  else if (revealVague && !kpi.measurable) problems.push('vague');
  const target = parseTarget(objective.target);
  if (target === undefined) problems.push('noTarget');
  else if (Number.isNaN(target)) problems.push('badTarget');
  const date = objective.date.trim();
  if (date === '') problems.push('noDate');
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < content.campaign.start || date > content.campaign.end)
    problems.push('outsidePeriod');
  return problems;
}
