import type { LocalizedText } from '../../scenario/text';
import { pendingCriterion, scoredCriterion, type Criterion, type Evidence } from '../../scoring/criterion';
import { compareSets } from '../../scoring/sets';
import { toleranceCredit } from '../../scoring/tolerance';
import type { ScoreInput } from '../define';
import { readAnswers, type SegmentationAnswers } from './answers';
import type { Content } from './content';
import { generate, type SegmentationData } from './generate';
import { ABC_CLASSES, byRevenue, fittingTreatments, holdsAClass } from './method';

export const MAX = { rfm: 2.5, abc: 2, clv: 2, segments: 2, treatments: 1.5 } as const;
/** Lifetime values within 2 % of the key earn full credit; the credit falls to 0 at three times that. */
export const CLV_TOLERANCE = { relative: 0.02 } as const;
/** How many customers an explanation names; the rest are counted. */
export const EVIDENCE_LIMIT = 8;

const percent = (ratio: number) => Math.round(ratio * 100);
/** The key's field of each score column of the results file. */
const SCORE_FIELDS = { R: 'r', F: 'f', M: 'm' } as const;

/** Names the first few customers and counts the rest, biggest customers first. */
function capped(items: readonly Evidence[]): Evidence[] {
  if (items.length <= EVIDENCE_LIMIT) return [...items];
  return [...items.slice(0, EVIDENCE_LIMIT), { ref: `more:${items.length - EVIDENCE_LIMIT}`, verdict: 'info' }];
}

/** The policy rules the team's treatments are judged by, with the evidence of each broken one. */
function treatmentRules(content: Content, data: SegmentationData, team: SegmentationAnswers['treatments']) {
  const aTreatment = content.policy.aClassTreatment;
  const known = new Set(content.treatments.map((item) => item.id));
  return content.segments.flatMap((segment) => {
    const chosen = (team[segment.id] ?? []).filter((id) => known.has(id));
    const holdsA = holdsAClass(data.key.rows, segment.id);
    const fits = fittingTreatments(content, segment, holdsA);
    const misfits = chosen.filter((id) => !fits.has(id));
    const fitRule = {
      id: `fit:${segment.id}`,
      held: chosen.length > 0 && misfits.length === 0,
      evidence:
        chosen.length === 0
          ? [{ ref: `segment:${segment.id}`, verdict: 'missing' } as Evidence]
          : misfits.map((id): Evidence => ({ ref: `treatment:${segment.id}:${id}`, verdict: 'extra' })),
    };
    if (!holdsA) return [fitRule];
    const held = chosen.includes(aTreatment);
    return [
      fitRule,
      {
        id: `aclass:${segment.id}`,
        held,
        evidence: held ? [] : [{ ref: `aclass:${segment.id}`, verdict: 'missing' } as Evidence],
      },
    ];
  });
}

/**
 * Scores the value analysis against the key computed from the team's own
 * transactions: RFM scores, ABC membership, lifetime values of the top
 * customers, segments, and the treatment policy.
 */
export function scoreSegmentation({ content, answers, teamSeed }: ScoreInput<Content>): Criterion[] {
  if (!content) return [pendingCriterion('segmentation.noContent', 10, { key: 'criteria.noContent', params: {} })];
  const data = generate(content, teamSeed);
  const team = readAnswers(answers);
  const rows = byRevenue(data.key.rows);
  const total = rows.length;

  // RFM: a customer counts when all three scores are right.
  const rfmEvidence: Evidence[] = [];
  const wrong = { R: 0, F: 0, M: 0, missing: 0 };
  let rfmRight = 0;
  for (const key of rows) {
    const answer = team.results[key.customer];
    if (!answer) {
      wrong.missing += 1;
      rfmEvidence.push({ ref: `customer:${key.customer}`, verdict: 'missing' });
      continue;
    }
    const letters = (['R', 'F', 'M'] as const).filter((letter) => answer[letter] !== key[SCORE_FIELDS[letter]]);
    for (const letter of letters) wrong[letter] += 1;
    if (letters.length === 0) rfmRight += 1;
    else rfmEvidence.push({ ref: `rfm:${key.customer}:${letters.join('')}`, verdict: 'wrong' });
  }

  // ABC: each class's membership against the key, F1 averaged over the three classes.
  const f1s = ABC_CLASSES.map(
    (abc) =>
      compareSets(
        rows.filter((key) => team.results[key.customer]?.ABC === abc).map((key) => key.customer),
        rows.filter((key) => key.abc === abc).map((key) => key.customer),
      ).f1,
  );
  const abcEvidence = rows
    .filter((key) => team.results[key.customer] !== undefined && team.results[key.customer]?.ABC !== key.abc)
    .map((key): Evidence => ({ ref: `abc:${key.customer}`, verdict: 'wrong' }));

  // Lifetime value of the top customers, within tolerance.
  const credits = data.key.top.map((top) => {
    const value = team.clv[top.customer];
    return value === undefined ? 0 : toleranceCredit(value, top.clv, CLV_TOLERANCE);
  });
  const topIds = new Set(data.key.top.map((top) => top.customer));
  const clvEvidence: Evidence[] = [
    ...data.key.top.map((top, index): Evidence => ({
      ref: `clv:${top.customer}`,
      verdict: team.clv[top.customer] === undefined ? 'missing' : credits[index] === 1 ? 'correct' : 'wrong',
    })),
    ...Object.keys(team.clv)
      .filter((id) => !topIds.has(id))
      .map((id): Evidence => ({ ref: `clv:${id}`, verdict: 'extra' })),
  ];

  const segmentWrong = rows.filter(
    (key) => team.results[key.customer] !== undefined && team.results[key.customer]?.segment !== key.segment,
  );
  const segmentRight = rows.filter((key) => team.results[key.customer]?.segment === key.segment).length;

  const rules = treatmentRules(content, data, team.treatments);
  const held = rules.filter((rule) => rule.held).length;

  return [
    scoredCriterion({
      id: 'segmentation.rfm',
      max: MAX.rfm,
      ratio: total === 0 ? 0 : rfmRight / total,
      explanation: {
        key: 'sp05.criteria.rfm',
        params: { right: rfmRight, total, wrongR: wrong.R, wrongF: wrong.F, wrongM: wrong.M, missing: wrong.missing },
      },
      evidence: capped(rfmEvidence),
    }),
    scoredCriterion({
      id: 'segmentation.abc',
      max: MAX.abc,
      ratio: f1s.reduce((sum, f1) => sum + f1, 0) / f1s.length,
      explanation: {
        key: 'sp05.criteria.abc',
        params: {
          a: percent(f1s[0] ?? 0),
          b: percent(f1s[1] ?? 0),
          c: percent(f1s[2] ?? 0),
          wrong: abcEvidence.length,
        },
      },
      evidence: capped(abcEvidence),
    }),
    scoredCriterion({
      id: 'segmentation.clv',
      max: MAX.clv,
      ratio: credits.length === 0 ? 0 : credits.reduce((sum, credit) => sum + credit, 0) / credits.length,
      explanation: {
        key: 'sp05.criteria.clv',
        params: { within: credits.filter((credit) => credit === 1).length, top: data.key.top.length },
      },
      evidence: clvEvidence,
    }),
    scoredCriterion({
      id: 'segmentation.segments',
      max: MAX.segments,
      ratio: total === 0 ? 0 : segmentRight / total,
      explanation: { key: 'sp05.criteria.segments', params: { right: segmentRight, total } },
      evidence: capped(segmentWrong.map((key): Evidence => ({ ref: `seg:${key.customer}`, verdict: 'wrong' }))),
    }),
    scoredCriterion({
      id: 'segmentation.treatments',
      max: MAX.treatments,
      ratio: rules.length === 0 ? 0 : held / rules.length,
      explanation: { key: 'sp05.criteria.treatments', params: { held, rules: rules.length } },
      evidence: rules.flatMap((rule) => rule.evidence),
    }),
  ];
}

const join = (...parts: LocalizedText[]): LocalizedText => ({
  zh: parts.map((part) => part.zh).join(' · '),
  en: parts.map((part) => part.en).join(' · '),
});
const same = (text: string): LocalizedText => ({ zh: text, en: text });

/**
 * Evidence in the words on screen: 'customer:C017' → 'C017 王建国', 'rfm:C017:RM' → 'C017 王建国 · R, M',
 * 'abc:C017' and 'seg:C017' name the right class or segment, 'clv:C017', 'segment:<id>',
 * 'treatment:<segment>:<treatment>', 'aclass:<segment>' (with its biggest A-class customer), 'more:<n>'.
 */
export function describeEvidence(content: Content, ref: string, teamSeed: string): LocalizedText | undefined {
  const [kind = '', id = '', extra = ''] = ref.split(':');
  const segmentLabel = (segmentId: string) => content.segments.find((segment) => segment.id === segmentId)?.label;
  if (kind === 'more') return { zh: `另有 ${id} 位未列出`, en: `${id} more not listed` };
  if (kind === 'segment') return segmentLabel(id);
  if (kind === 'treatment') {
    const segment = segmentLabel(id);
    const treatment = content.treatments.find((item) => item.id === extra)?.label;
    return segment && treatment ? join(segment, treatment) : undefined;
  }
  const data = generate(content, teamSeed);
  const customer = (customerId: string): LocalizedText | undefined => {
    const found = data.customerById.get(customerId);
    return found ? { zh: `${found.id} ${found.name.zh}`, en: `${found.id} ${found.name.en}` } : undefined;
  };
  if (kind === 'aclass') {
    const segment = segmentLabel(id);
    const treatment = content.treatments.find((item) => item.id === content.policy.aClassTreatment)?.label;
    const first = byRevenue(data.key.rows.filter((row) => row.segment === id && row.abc === 'A'))[0];
    const who = first && customer(first.customer);
    if (!segment || !treatment || !who) return undefined;
    return join(segment, treatment, { zh: `A类客户如 ${who.zh}`, en: `A-class customers such as ${who.en}` });
  }
  const name = customer(id);
  if (!name) return undefined;
  const key = data.keyById.get(id);
  if (kind === 'customer') return name;
  if (kind === 'rfm') return join(name, same(extra.split('').join(', ')));
  if (kind === 'clv') return join(name, same('CLV'));
  if (kind === 'abc' && key) return join(name, { zh: `应为 ${key.abc} 类`, en: `should be class ${key.abc}` });
  if (kind === 'seg' && key) {
    const label = segmentLabel(key.segment);
    return label && join(name, { zh: `应为${label.zh}`, en: `should be ${label.en}` });
  }
  return undefined;
}
