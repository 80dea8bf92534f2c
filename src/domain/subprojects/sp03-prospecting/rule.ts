import type { BaseContent } from './content';

type Attribute = BaseContent['attributes'][number];
type NumberAttribute = Extract<Attribute, { kind: 'number' }>;
type Condition = BaseContent['rule'][number];

/** A lead's value of one attribute: a value id for a category, a number otherwise. */
export type AttributeValue = string | number;

/** Decimals of a step, so grid values print as 7.5 rather than 7.499999. */
function decimalsOf(step: number): number {
  const text = String(step);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * Every value a number attribute can take: min, min + step, …, up to max.
 * @example gridValues({ min: 1, max: 2, step: 0.5 }) // [1, 1.5, 2]
 */
export function gridValues(attribute: Pick<NumberAttribute, 'min' | 'max' | 'step'>): number[] {
  const { min, max, step } = attribute;
  if (!(step > 0) || max < min) return [];
  const factor = 10 ** decimalsOf(step);
  const count = Math.floor((max - min) / step + 1e-9) + 1;
  return Array.from(
    { length: Math.min(count, 10_000) },
    (_, index) => Math.round((min + index * step) * factor) / factor,
  );
}

/** Whether one value meets one condition of the rule. */
export function meets(condition: Condition, value: AttributeValue | undefined): boolean {
  if (value === undefined) return false;
  if (condition.oneOf) return typeof value === 'string' && condition.oneOf.includes(value);
  if (typeof value !== 'number') return false;
  return (
    (condition.atLeast === undefined || value >= condition.atLeast) &&
    (condition.atMost === undefined || value <= condition.atMost)
  );
}

/** The conditions a lead's values fail, in rule order; empty means the lead qualifies. */
export function failedConditions(
  rule: readonly Condition[],
  values: Readonly<Record<string, AttributeValue>>,
): Condition[] {
  return rule.filter((condition) => !meets(condition, values[condition.attribute]));
}
