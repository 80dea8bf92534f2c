import { distinctNames, memoizeGenerator, type PersonName } from '../../generate';
import { createRandom, type Random } from '../../random';
import type { LocalizedText } from '../../scenario/text';
import type { Attribute, Condition, Content } from './content';
import { failedConditions, gridValues, meets, type AttributeValue } from './rule';

/** One generated lead as the team sees it in the table. */
export interface Lead {
  /** 'L01', 'L02', … in table order. */
  readonly id: string;
  /** The person, or the firm's contact person. */
  readonly name: PersonName;
  /** The firm, when the scenario's leads are companies. */
  readonly firm?: LocalizedText;
  readonly source: string;
  /** Attribute id → value id (category) or number. */
  readonly values: Readonly<Record<string, AttributeValue>>;
  /** The channel the lead asked to be contacted through. */
  readonly channel: string;
  readonly note: LocalizedText;
}

export interface ProspectingData {
  readonly leads: readonly Lead[];
  /** Ids of the leads that meet every condition of the rule: the answer key. */
  readonly key: readonly string[];
}

/** Share of unqualified leads that miss exactly one condition, so judging takes care. */
const NEAR_MISS_SHARE = 0.75;
/** How often a number is drawn right next to a threshold, where a hasty reader errs. */
const NEAR_THRESHOLD_CHANCE = 0.5;

function distanceToThreshold(condition: Condition, value: number): number {
  const distances = [condition.atLeast, condition.atMost]
    .filter((limit): limit is number => limit !== undefined)
    .map((limit) => Math.abs(value - limit));
  return Math.min(...distances);
}

/** A value that meets (`pass`) or fails the condition, numbers often close to its threshold. */
function drawValue(
  random: Random,
  attribute: Attribute,
  condition: Condition | undefined,
  pass: boolean,
): AttributeValue {
  if (attribute.kind === 'category') {
    const ids = attribute.values.map((value) => value.id);
    if (!condition) return random.pick(ids);
    return random.pick(ids.filter((id) => meets(condition, id) === pass));
  }
  const grid = gridValues(attribute);
  if (!condition) return random.pick(grid);
  const side = grid.filter((value) => meets(condition, value) === pass);
  if (!random.chance(NEAR_THRESHOLD_CHANCE)) return random.pick(side);
  const nearest = [...side].sort((a, b) => distanceToThreshold(condition, a) - distanceToThreshold(condition, b));
  return random.pick(nearest.slice(0, 3));
}

function fillPhrase(text: LocalizedText, value: number): LocalizedText {
  return { zh: text.zh.replaceAll('{value}', String(value)), en: text.en.replaceAll('{value}', String(value)) };
}

/** A short remark in the lead's own terms: one attribute phrase and an interest. */
function noteFor(random: Random, content: Content, values: Readonly<Record<string, AttributeValue>>): LocalizedText {
  const phrases = content.attributes.flatMap((attribute): LocalizedText[] => {
    const value = values[attribute.id];
    if (attribute.kind === 'number')
      return attribute.phrase && typeof value === 'number' ? [fillPhrase(attribute.phrase, value)] : [];
    const phrase = attribute.values.find((candidate) => candidate.id === value)?.phrase;
    return phrase ? [phrase] : [];
  });
  const parts = [...random.shuffle(phrases).slice(0, 1), random.pick(content.interests)];
  return { zh: parts.map((part) => part.zh).join('，'), en: parts.map((part) => part.en).join('; ') };
}

/** Distinct firm names from stems × kinds, in a seeded order. */
function firmNames(random: Random, content: Content, count: number): LocalizedText[] {
  if (content.leadKind !== 'firm' || !content.firmNames) return [];
  const { stems, kinds } = content.firmNames;
  const all = stems.flatMap((stem) =>
    kinds.map((kind): LocalizedText => ({ zh: `${stem.zh}${kind.zh}`, en: `${stem.en} ${kind.en}` })),
  );
  const unique = [...new Map(all.map((name) => [name.zh, name])).values()];
  return random.shuffle(unique).slice(0, count);
}

/**
 * Plans which conditions each lead fails: none for the qualified ones, exactly
 * one (taken in turn, so every condition matters) for most others, two for the rest.
 */
function planFailures(random: Random, content: Content, size: number): Condition[][] {
  const { rule } = content;
  const share = content.qualifiedShare.min + random.next() * (content.qualifiedShare.max - content.qualifiedShare.min);
  const qualified = Math.min(size - 1, Math.max(1, Math.round(size * share)));
  const unqualified = size - qualified;
  const nearMisses = rule.length === 1 ? unqualified : Math.round(unqualified * NEAR_MISS_SHARE);
  const offset = random.int(0, rule.length - 1);
  const plans: Condition[][] = Array.from({ length: qualified }, () => []);
  for (let index = 0; index < unqualified; index += 1) {
    if (index < nearMisses) plans.push([rule[(offset + index) % rule.length] as Condition]);
    else plans.push(random.shuffle(rule).slice(0, 2));
  }
  return random.shuffle(plans);
}

function generateLeads(content: Content, teamSeed: string): ProspectingData {
  const random = createRandom(`${teamSeed}/sp03-leads`);
  const size = random.int(content.poolSize.min, content.poolSize.max);
  const plans = planFailures(random, content, size);
  const names = distinctNames(random.fork('names'), size);
  const firms = firmNames(random.fork('firms'), content, size);
  const conditionOf = new Map(content.rule.map((condition) => [condition.attribute, condition]));
  const leads = plans.map((fails, index): Lead => {
    const values = Object.fromEntries(
      content.attributes.map((attribute) => {
        const condition = conditionOf.get(attribute.id);
        const pass = condition === undefined || !fails.includes(condition);
        return [attribute.id, drawValue(random, attribute, condition, pass)];
      }),
    );
    const firm = firms[index];
    return {
      id: `L${String(index + 1).padStart(2, '0')}`,
      name: names[index] as PersonName,
      ...(firm && { firm }),
      source: random.pick(content.sources).id,
      values,
      channel: random.pick(content.channels).id,
      note: noteFor(random, content, values),
    };
  });
  // The key comes from the rule applied to what was drawn, not from the plan, so the two cannot drift apart.
  const key = leads.filter((lead) => failedConditions(content.rule, lead.values).length === 0).map((lead) => lead.id);
  return { leads, key };
}

/**
 * A team's lead pool and its key, the same for the same content and seed.
 * Memoized: the workspace, the scorer and the evidence labels share one generation.
 * @example generate(content, 'car-market|class|team-1').leads[0]?.id // 'L01'
 */
export const generate = memoizeGenerator(generateLeads);
