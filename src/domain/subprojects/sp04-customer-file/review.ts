import { phoneDigits } from '../../generate';
import type { LocalizedText } from '../../scenario/text';
import type { Answers } from '../../session/replay';
import { noteHolders, readRecords, type TeamRecord } from './answers';
import type { RecordField } from './content';
import type { CustomerFileData, TrueCustomer } from './generate';

export type FieldVerdict = 'correct' | 'wrong' | 'missing';

/** Fields compared with the customer's true data (field-level accuracy). */
export const DATA_FIELDS = ['name', 'phone', 'place', 'interest'] as const satisfies readonly RecordField[];
/** Fields of the classification. */
export const CLASS_FIELDS = ['type', 'scope'] as const satisfies readonly RecordField[];

/** Field names as evidence labels show them; the workspace shows the same words from its i18n file. */
export const FIELD_LABELS: Readonly<Record<RecordField, LocalizedText>> = {
  name: { zh: '姓名', en: 'name' },
  phone: { zh: '电话', en: 'phone' },
  place: { zh: '地区', en: 'place' },
  interest: { zh: '关注的产品或服务', en: 'interest' },
  type: { zh: '客户类型', en: 'customer type' },
  scope: { zh: '狭义/广义', en: 'narrow/broad' },
};

export interface RecordReview {
  readonly record: TeamRecord;
  /** The customer who owns most of the record's notes; undefined when it holds no known note. */
  readonly customer: TrueCustomer | undefined;
  /** Other customers whose notes are filed in this record too. */
  readonly mixedWith: readonly TrueCustomer[];
  /** Another record holds more of this customer's notes (the customer is split). */
  readonly secondary: boolean;
  readonly verdicts: Readonly<Record<RecordField, FieldVerdict>>;
}

export interface FileReview {
  readonly records: readonly RecordReview[];
  /** Customers no record stands for. */
  readonly uncovered: readonly TrueCustomer[];
  /** Customers with several notes, all in one record of their own. */
  readonly merged: readonly TrueCustomer[];
  /** Customers with several notes, some filed, whose notes are not all in one record of their own. */
  readonly unmerged: readonly TrueCustomer[];
  /** Notes filed in no record. */
  readonly unfiled: readonly string[];
}

/** Letters and digits only, lower case, so '王 建国' and 'wang jianguo' compare as written by hand. */
const normaliseName = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s·.\-_]/g, '');

/** True when a phone entry is a whole mainland mobile number: 11 digits starting with 1. */
export const validPhone = (text: string) => /^1\d{10}$/.test(phoneDigits(text));

function judge(record: TeamRecord, customer: TrueCustomer): Record<RecordField, FieldVerdict> {
  const verdict = (given: string, right: boolean): FieldVerdict =>
    given.trim() === '' ? 'missing' : right ? 'correct' : 'wrong';
  const name = normaliseName(record.name);
  return {
    name: verdict(
      record.name,
      name === normaliseName(customer.name.full.zh) || name === normaliseName(customer.name.full.en),
    ),
    phone: verdict(record.phone, phoneDigits(record.phone) === phoneDigits(customer.phone)),
    place: verdict(record.place, record.place === customer.place),
    interest: verdict(record.interest, record.interest === customer.interest),
    type: verdict(record.type, record.type === customer.type),
    scope: verdict(record.scope, record.scope === customer.scope),
  };
}

const NO_VERDICTS: Record<RecordField, FieldVerdict> = {
  name: 'missing',
  phone: 'missing',
  place: 'missing',
  interest: 'missing',
  type: 'missing',
  scope: 'missing',
};

/** The team's records with only the notes of this team's file (a note id from elsewhere is ignored). */
export function knownRecords(data: CustomerFileData, answers: Answers): TeamRecord[] {
  return readRecords(answers).map((record) => ({
    ...record,
    notes: record.notes.filter((note) => data.ownerOf.has(note)),
  }));
}

/**
 * Lines the team's records up with the true customers: each record stands for
 * the customer owning most of its notes (ties: the customer met first), and each
 * field is judged against that customer's truth — the latest number for a
 * customer whose notes conflict, the full name for one called 王先生 in a note.
 */
export function reviewFile(data: CustomerFileData, records: readonly TeamRecord[]): FileReview {
  const owned = records.map((record) => {
    const tally = new Map<TrueCustomer, number>();
    for (const note of record.notes) {
      const customer = data.ownerOf.get(note);
      if (customer) tally.set(customer, (tally.get(customer) ?? 0) + 1);
    }
    const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1]);
    return { record, tally, customer: ranked[0]?.[0], count: ranked[0]?.[1] ?? 0 };
  });
  // Each customer's primary record holds most of their notes (ties: the earlier record).
  const primary = new Map<TrueCustomer, { record: TeamRecord; count: number }>();
  for (const { record, customer, count } of owned)
    if (customer && count > (primary.get(customer)?.count ?? 0)) primary.set(customer, { record, count });
  const reviews: RecordReview[] = owned.map(({ record, tally, customer }) => ({
    record,
    customer,
    mixedWith: [...tally.keys()].filter((other) => other !== customer),
    secondary: customer !== undefined && primary.get(customer)?.record !== record,
    verdicts: customer ? judge(record, customer) : NO_VERDICTS,
  }));
  const holder = noteHolders(records);
  const merged: TrueCustomer[] = [];
  const unmerged: TrueCustomer[] = [];
  for (const customer of data.customers.filter((candidate) => candidate.notes.length > 1)) {
    const homes = new Set(customer.notes.map((note) => holder.get(note)));
    const [home] = homes;
    if (homes.size === 1 && home && home.notes.every((note) => data.ownerOf.get(note) === customer))
      merged.push(customer);
    // A customer none of whose notes is filed is a coverage gap, not a merging mistake.
    else if (!(homes.size === 1 && home === undefined)) unmerged.push(customer);
  }
  return {
    records: reviews,
    uncovered: data.customers.filter((customer) => !primary.has(customer)),
    merged,
    unmerged,
    unfiled: data.notes.filter((note) => !holder.has(note.id)).map((note) => note.id),
  };
}

/** Pairs of notes filed together, as 'N03|N17', for comparing groupings pair by pair. */
export function notePairs(groups: readonly (readonly string[])[]): string[] {
  return groups.flatMap((group) => {
    const sorted = [...group].sort();
    return sorted.flatMap((first, index) => sorted.slice(index + 1).map((second) => `${first}|${second}`));
  });
}
