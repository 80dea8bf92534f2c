import type { z } from 'zod';
import type { BaseContent } from './content';
import { gridValues, meets } from './rule';
import { reportDuplicateIds } from '../../scenario/checks';

type Path = (string | number)[];

/** Reports the first repeated id of a list at its path. */
/** A rule condition must fit its attribute and leave leads on both sides of it. */
function checkCondition(
  ctx: z.RefinementCtx,
  content: BaseContent,
  condition: BaseContent['rule'][number],
  path: Path,
): void {
  const issue = (message: string, at: Path = []) => ctx.addIssue({ code: 'custom', path: [...path, ...at], message });
  const attribute = content.attributes.find((candidate) => candidate.id === condition.attribute);
  if (!attribute) return issue(`unknown attribute "${condition.attribute}"`, ['attribute']);
  if (attribute.kind === 'category') {
    if (!condition.oneOf) return issue(`category attribute "${attribute.id}" needs oneOf`);
    if (condition.atLeast !== undefined || condition.atMost !== undefined)
      issue('atLeast/atMost apply to number attributes only');
    const known = new Set(attribute.values.map((value) => value.id));
    condition.oneOf.forEach((id, index) => {
      if (!known.has(id)) issue(`attribute "${attribute.id}" has no value "${id}"`, ['oneOf', index]);
    });
    if (attribute.values.every((value) => condition.oneOf?.includes(value.id)))
      issue('oneOf lists every value, so no lead could fail this condition', ['oneOf']);
    return;
  }
  if (condition.oneOf) return issue(`number attribute "${attribute.id}" takes atLeast/atMost, not oneOf`, ['oneOf']);
  if (condition.atLeast === undefined && condition.atMost === undefined)
    return issue(`number attribute "${attribute.id}" needs atLeast or atMost`);
  if (condition.atLeast !== undefined && condition.atMost !== undefined && condition.atLeast > condition.atMost)
    return issue('atLeast is greater than atMost', ['atLeast']);
  const grid = gridValues(attribute);
  if (!grid.some((value) => meets(condition, value)))
    issue(`no value between ${attribute.min} and ${attribute.max} meets this condition`);
  if (grid.every((value) => meets(condition, value)))
    issue(`every value between ${attribute.min} and ${attribute.max} meets this condition`);
}

/**
 * The cross-reference rules of sub-project 3's content, reported at their JSON
 * paths so an author sees which entry is wrong.
 */
export function checkContent(content: BaseContent, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  reportDuplicateIds(content.attributes, ['attributes'], ctx);
  reportDuplicateIds(content.sources, ['sources'], ctx);
  reportDuplicateIds(content.channels, ['channels'], ctx);
  reportDuplicateIds(content.nextSteps, ['nextSteps'], ctx);
  content.attributes.forEach((attribute, index) => {
    if (attribute.kind === 'category') reportDuplicateIds(attribute.values, ['attributes', index, 'values'], ctx);
    else {
      if (attribute.max <= attribute.min) issue(['attributes', index, 'max'], 'max must be greater than min');
      else if (gridValues(attribute).length < 4)
        issue(['attributes', index, 'step'], 'the step leaves fewer than 4 values between min and max');
      if (attribute.phrase && !attribute.phrase.zh.includes('{value}'))
        issue(['attributes', index, 'phrase', 'zh'], 'the phrase needs {value} where the number goes');
      if (attribute.phrase && !attribute.phrase.en.includes('{value}'))
        issue(['attributes', index, 'phrase', 'en'], 'the phrase needs {value} where the number goes');
    }
  });

  const ruled = new Set<string>();
  content.rule.forEach((condition, index) => {
    if (ruled.has(condition.attribute))
      issue(['rule', index, 'attribute'], `attribute "${condition.attribute}" has two conditions; merge them`);
    ruled.add(condition.attribute);
    checkCondition(ctx, content, condition, ['rule', index]);
  });

  const channelIds = new Set(content.channels.map((channel) => channel.id));
  Object.entries(content.channelFits ?? {}).forEach(([preferred, others]) => {
    if (!channelIds.has(preferred)) issue(['channelFits', preferred], `unknown channel "${preferred}"`);
    others.forEach((other, index) => {
      if (!channelIds.has(other)) issue(['channelFits', preferred, index], `unknown channel "${other}"`);
    });
  });

  const appropriate = content.nextSteps.filter((step) => step.appropriate).length;
  if (appropriate < 2) issue(['nextSteps'], `needs at least 2 appropriate next steps, found ${appropriate}`);
  if (content.nextSteps.length - appropriate < 2) issue(['nextSteps'], 'needs at least 2 inappropriate next steps');

  if (content.poolSize.min > content.poolSize.max) issue(['poolSize', 'min'], 'min is greater than max');
  if (content.qualifiedShare.min > content.qualifiedShare.max)
    issue(['qualifiedShare', 'min'], 'min is greater than max');

  if (content.leadKind === 'firm') {
    const names = content.firmNames ? content.firmNames.stems.length * content.firmNames.kinds.length : 0;
    if (!content.firmNames) issue(['firmNames'], 'leads that are firms need firmNames');
    else if (names < content.poolSize.max)
      issue(
        ['firmNames', 'stems'],
        `stems × kinds give ${names} names, fewer than poolSize.max (${content.poolSize.max})`,
      );
  }
}
