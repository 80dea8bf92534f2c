import type { LocalizedText } from '../../scenario/text';
import { pendingCriterion, scoredCriterion, type Criterion, type Evidence } from '../../scoring/criterion';
import { compareSets } from '../../scoring/sets';
import type { ScoreInput } from '../define';
import { RECORD_FIELDS, type Content, type RecordField } from './content';
import { generate } from './generate';
import { CLASS_FIELDS, DATA_FIELDS, FIELD_LABELS, knownRecords, notePairs, reviewFile, validPhone } from './review';

export const MAX = { merge: 2, fields: 3, required: 1, classification: 1.5, coverage: 0.5 } as const;

/** True when a required field of a record counts as filled (a phone only when it is a whole number). */
const filled = (value: string, field: RecordField) => (field === 'phone' ? validPhone(value) : value.trim() !== '');

/**
 * Scores the customer file against the team's generated truth: duplicates
 * merged (pairs of notes filed together, F1), field-level accuracy of name,
 * phone, place and interest, required fields filled, type and scope, and every
 * customer covered by a record.
 */
export function scoreCustomerFile({ content, answers, teamSeed }: ScoreInput<Content>): Criterion[] {
  const total = MAX.merge + MAX.fields + MAX.required + MAX.classification + MAX.coverage;
  if (!content) return [pendingCriterion('customerFile.noContent', total, { key: 'sp04.noContent', params: {} })];
  const data = generate(content, teamSeed);
  const records = knownRecords(data, answers);
  const review = reviewFile(data, records);
  const matched = review.records.filter((entry) => entry.customer !== undefined);
  // A customer split over two records is judged in both; a customer with no record counts as all fields missing.
  const slots = matched.length + review.uncovered.length;
  const customers = data.customers.length;

  const pairs = compareSets(
    notePairs(records.map((record) => record.notes)),
    notePairs(data.customers.map((customer) => customer.notes)),
  );
  const mixed = review.records.filter((entry) => entry.mixedWith.length > 0);
  const empty = review.records.filter((entry) => entry.customer === undefined);
  const duplicated = data.customers.filter((customer) => customer.notes.length > 1).length;

  /** Share of the given fields right over every matched record and uncovered customer; wrong ones named by record. */
  const accuracy = (id: string, max: number, key: string, fields: readonly RecordField[]) => {
    const right = matched.reduce(
      (sum, entry) => sum + fields.filter((field) => entry.verdicts[field] === 'correct').length,
      0,
    );
    const cells = fields.length * slots;
    return scoredCriterion({
      id,
      max,
      ratio: slots === 0 ? 0 : right / cells,
      explanation: { key, params: { right, fields: cells, uncovered: review.uncovered.length } },
      // Customers without a record are named once, under coverage.
      evidence: matched.flatMap(({ record, customer, verdicts }) =>
        fields
          .filter((field) => verdicts[field] !== 'correct')
          .map((field): Evidence => ({ ref: `field:${record.id}:${field}:${customer!.id}`, verdict: verdicts[field] })),
      ),
    });
  };
  const uncoveredEvidence = review.uncovered.map((customer): Evidence => ({
    ref: `customer:${customer.id}`,
    verdict: 'missing',
  }));

  const requiredRows = Math.max(records.length, customers);
  const gaps: Evidence[] = records.flatMap((record) =>
    content.requiredFields
      .filter((field) => !filled(record[field], field))
      .map((field): Evidence => ({
        ref: `field:${record.id}:${field}`,
        verdict: record[field].trim() === '' ? 'missing' : 'wrong',
      })),
  );
  const requiredCells = requiredRows * content.requiredFields.length;
  const filledCells = records.length * content.requiredFields.length - gaps.length;

  return [
    scoredCriterion({
      id: 'customerFile.merge',
      max: MAX.merge,
      ratio: pairs.f1,
      explanation: {
        key: 'sp04.criteria.merge',
        params: {
          merged: review.merged.length,
          duplicated,
          mixed: mixed.length,
          f1: Math.round(pairs.f1 * 100),
        },
      },
      evidence: [
        ...review.unmerged.map((customer): Evidence => ({ ref: `customer:${customer.id}`, verdict: 'wrong' })),
        ...mixed.map(({ record, customer, mixedWith }): Evidence => ({
          ref: `record:${record.id}:${[customer!, ...mixedWith].map((other) => other.id).join('+')}`,
          verdict: 'wrong',
        })),
        ...empty.map(({ record }): Evidence => ({ ref: `record:${record.id}`, verdict: 'extra' })),
      ],
    }),
    accuracy('customerFile.fields', MAX.fields, 'sp04.criteria.fields', DATA_FIELDS),
    scoredCriterion({
      id: 'customerFile.required',
      max: MAX.required,
      ratio: requiredCells === 0 ? 0 : filledCells / requiredCells,
      explanation: {
        key: 'sp04.criteria.required',
        params: { filled: filledCells, cells: requiredCells, records: records.length, customers },
      },
      evidence: gaps,
    }),
    accuracy('customerFile.classification', MAX.classification, 'sp04.criteria.classification', CLASS_FIELDS),
    scoredCriterion({
      id: 'customerFile.coverage',
      max: MAX.coverage,
      ratio: (customers - review.uncovered.length) / customers,
      explanation: {
        key: 'sp04.criteria.coverage',
        params: { covered: customers - review.uncovered.length, customers, unfiled: review.unfiled.length },
      },
      evidence: uncoveredEvidence,
    }),
  ];
}

const join = (parts: readonly LocalizedText[], separator: LocalizedText): LocalizedText => ({
  zh: parts.map((part) => part.zh).join(separator.zh),
  en: parts.map((part) => part.en).join(separator.en),
});

/**
 * Evidence in the words on screen: 'field:R3:phone:C05' → 'R3 · 电话（王建国）',
 * 'customer:C05' → '王建国（N03、N17）', 'record:R3:C01+C05' → 'R3（王建国 + 李娜）'.
 */
export function describeEvidence(content: Content, ref: string, teamSeed: string): LocalizedText | undefined {
  const [kind, first, second, third] = ref.split(':');
  const data = generate(content, teamSeed);
  const customer = (id: string | undefined) => data.customers.find((candidate) => candidate.id === id);
  if (kind === 'field' && first && (RECORD_FIELDS as readonly string[]).includes(second ?? '')) {
    const label = FIELD_LABELS[second as RecordField];
    const who = customer(third);
    return who
      ? { zh: `${first} · ${label.zh}（${who.name.full.zh}）`, en: `${first} · ${label.en} (${who.name.full.en})` }
      : { zh: `${first} · ${label.zh}`, en: `${first} · ${label.en}` };
  }
  if (kind === 'customer') {
    const who = customer(first);
    if (!who) return undefined;
    return {
      zh: `${who.name.full.zh}（${who.notes.join('、')}）`,
      en: `${who.name.full.en} (${who.notes.join(', ')})`,
    };
  }
  if (kind === 'record' && first) {
    const people = (second ?? '').split('+').flatMap((id) => {
      const who = customer(id);
      return who ? [who.name.full] : [];
    });
    if (people.length === 0) return { zh: first, en: first };
    const names = join(people, { zh: ' + ', en: ' + ' });
    return { zh: `${first}（${names.zh}）`, en: `${first} (${names.en})` };
  }
  return undefined;
}
