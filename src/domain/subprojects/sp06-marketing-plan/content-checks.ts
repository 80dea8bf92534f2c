import type { z } from 'zod';
import type { LocalizedText } from '../../scenario/text';
import { computeBestPlan, optionsOf, type ModelContent } from './model';
import { reportDuplicateIds } from '../../scenario/checks';

/** The shape superRefine sees: the parsed content before its cross-checks. */
interface Draft extends ModelContent {
  readonly campaign: { readonly start: string; readonly end: string };
  readonly kpis: readonly { id: string; measurable: boolean; unit: LocalizedText | null }[];
  readonly minObjectives: number;
}

/**
 * Cross-checks an author's content, each reported at its JSON path: unique ids,
 * a complete response model, a KPI bank with both measurable objectives and
 * vague distractors, and a model that makes a real exercise — some segments
 * pay, at least one loses money whatever is offered, the best plan differs
 * between segments, and the budget cannot reach every paying segment in the
 * most profitable way, so the team has to choose.
 */
export function checkContent(content: Draft, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  // Whether the ids and the response model are sound enough to judge the exercise they make.
  let sound = true;
  for (const list of ['segments', 'channels', 'offers', 'kpis'] as const) {
    if (reportDuplicateIds(content[list], [list], ctx)) sound = false;
  }
  if (content.campaign.start > content.campaign.end) issue(['campaign', 'end'], 'the campaign ends before it starts');

  const segmentIds = new Set(content.segments.map((segment) => segment.id));
  const modelled = new Set<string>();
  content.responseModel.forEach((row, index) => {
    if (!segmentIds.has(row.segment)) {
      issue(['responseModel', index, 'segment'], `unknown segment "${row.segment}"`);
      sound = false;
    }
    if (modelled.has(row.segment)) issue(['responseModel', index, 'segment'], `second row for "${row.segment}"`);
    modelled.add(row.segment);
    for (const [kind, list] of [
      ['channels', content.channels],
      ['offers', content.offers],
    ] as const) {
      const ids = new Set(list.map((item) => item.id));
      for (const id of ids)
        if (row[kind][id] === undefined) {
          issue(['responseModel', index, kind], `no multiplier for "${id}"`);
          sound = false;
        }
      for (const id of Object.keys(row[kind]))
        if (!ids.has(id)) issue(['responseModel', index, kind, id], `unknown ${kind.slice(0, -1)} "${id}"`);
    }
    const top = (record: Record<string, number>) => Math.max(0, ...Object.values(record));
    if (row.baseRate * top(row.channels) * top(row.offers) > 1)
      issue(['responseModel', index], 'the best channel and offer would make more than every customer respond');
  });
  content.segments.forEach((segment, index) => {
    if (!modelled.has(segment.id)) issue(['segments', index], `no response-model row for "${segment.id}"`);
  });

  content.kpis.forEach((kpi, index) => {
    if (kpi.measurable !== (kpi.unit !== null))
      issue(['kpis', index, 'unit'], kpi.measurable ? 'a measurable KPI needs a unit' : 'a vague aim has no unit');
  });
  const measurable = content.kpis.filter((kpi) => kpi.measurable).length;
  if (measurable < content.minObjectives + 1)
    issue(['kpis'], `needs at least ${content.minObjectives + 1} measurable KPIs to choose from, found ${measurable}`);
  if (content.kpis.length - measurable < 2) issue(['kpis'], 'needs at least 2 vague aims as distractors');

  if (sound && content.responseModel.length === content.segments.length) checkExercise(content, issue);
}

function checkExercise(content: Draft, issue: (path: (string | number)[], message: string) => void): void {
  const richest = content.segments.map((segment) => {
    const options = optionsOf(content, segment.id);
    return { segment, option: options.reduce((a, b) => (b.profitPerContact > a.profitPerContact ? b : a)) };
  });
  const paying = richest.filter(({ option }) => option.profitPerContact > 0);
  if (paying.length < 2)
    issue(['responseModel'], 'at least two segments must be profitable with some channel and offer');
  if (paying.length === richest.length)
    issue(['responseModel'], 'at least one segment must lose money with every channel and offer (a targeting trap)');
  const fullReach = paying.reduce((total, { segment, option }) => total + segment.size * option.spendPerContact, 0);
  if (content.budget >= fullReach)
    issue(
      ['budget'],
      `the budget reaches every profitable segment in full with its most profitable option (${Math.round(fullReach)}); make it smaller`,
    );
  if (paying.length < 2) return;
  const best = computeBestPlan(content);
  const lines = Object.values(best.plan);
  if (best.bound <= 0 || lines.length < 2)
    issue(['budget'], 'the best plan within the budget should reach at least two segments');
  else if (new Set(lines.map((line) => `${line.channel}/${line.offer}`)).size < 2)
    issue(['responseModel'], 'every segment of the best plan uses the same channel and offer; make them differ');
  // The targeting criterion asks teams to spend at least as much on high-value as on low-value
  // segments; the computed best plan must pass it, or the tiers contradict the response model.
  const tierOf = new Map(content.segments.map((segment) => [segment.id, segment.valueTier]));
  const spendOn = (tier: string) =>
    best.outcome.segments
      .filter((line) => tierOf.get(line.segment) === tier)
      .reduce((sum, line) => sum + line.spend, 0);
  if (spendOn('high') < spendOn('low'))
    issue(
      ['segments'],
      'the best plan spends more on low-value than on high-value segments; the value tiers contradict the response model',
    );
}
