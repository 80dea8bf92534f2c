import { distinctNames, memoizeGenerator, mobileNumber, type PersonName } from '../../generate';
import { createRandom, type Random } from '../../random';
import type { LocalizedText } from '../../scenario/text';
import { daysBetween, FACTS, placeholdersOf, type Content, type Placeholder, type Scope } from './content';

/** One real customer behind the notes: the truth the team's record is scored against. */
export interface TrueCustomer {
  /** 'C01', 'C02' … (never shown before scoring). */
  readonly id: string;
  readonly name: PersonName;
  /** The current number, written 3-4-4. */
  readonly phone: string;
  /** The number an older note still has, for customers whose notes conflict. */
  readonly oldPhone: string | undefined;
  readonly place: string;
  readonly interest: string;
  readonly type: string;
  readonly scope: Scope;
  /** Ids of the customer's notes, oldest first. */
  readonly notes: readonly string[];
}

/** One piece of raw material as the team sees it. */
export interface RawNote {
  /** 'N01' … in the order the notes are shown (shuffled, so neighbours are not related). */
  readonly id: string;
  readonly kind: string;
  /** ISO date, YYYY-MM-DD. */
  readonly date: string;
  readonly text: LocalizedText;
  /** Id of the customer the note is about. */
  readonly customer: string;
  readonly nameForm: 'full' | 'polite';
  /** The phone number as written in the note, if it has one. */
  readonly phone: string | undefined;
}

export interface CustomerFileData {
  readonly customers: readonly TrueCustomer[];
  readonly notes: readonly RawNote[];
  /** Note id → its customer. */
  readonly ownerOf: ReadonlyMap<string, TrueCustomer>;
}

interface Template {
  readonly kind: string;
  readonly text: LocalizedText;
  readonly uses: readonly string[];
}

const PHONE_FORMATS: readonly ((digits: string) => string)[] = [
  (d) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`,
  (d) => d,
  (d) => `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`,
];

const pad = (value: number) => String(value).padStart(2, '0');

/** How many notes each customer gets: 1–3, at least half of them (≥ 30 %) more than one. */
function noteCounts(random: Random, customers: number): number[] {
  const low = Math.min(3 * customers, Math.max(Math.ceil(1.5 * customers), 30));
  const high = Math.max(low, Math.min(3 * customers, 50, Math.round(2.3 * customers)));
  const extra = random.int(low, high) - customers;
  // `duplicated` customers get a second note and some of them a third; the rest stay single, as in real files.
  const duplicated = random.int(
    Math.min(customers, Math.max(Math.ceil(0.3 * customers), Math.ceil(extra / 2))),
    Math.min(customers, extra),
  );
  const order = random.shuffle(Array.from({ length: customers }, (_, index) => index));
  const counts = Array.from({ length: customers }, () => 1);
  order.slice(0, duplicated).forEach((index, rank) => {
    counts[index] = rank < extra - duplicated ? 3 : 2;
  });
  return counts;
}

/** Templates for one customer's notes, oldest first, that between them reveal every fact. */
function chooseTemplates(random: Random, templates: readonly Template[], count: number, conflict: boolean) {
  const covers = (chosen: readonly Template[]) =>
    FACTS.every((fact) => chosen.some((template) => template.uses.includes(fact)));
  const hasPhone = (template: Template) => template.uses.includes('phone');
  for (let tries = 0; tries < 30; tries += 1) {
    const chosen = Array.from({ length: count }, () => random.pick(templates));
    const conflictShows = !conflict || (hasPhone(chosen[0]!) && chosen.slice(1).some(hasPhone));
    if (conflictShows && covers(chosen)) return chosen;
  }
  const complete = templates.filter((template) => covers([template]));
  const chosen = Array.from({ length: count }, () => random.pick(templates));
  chosen[count - 1] = random.pick(complete);
  if (conflict && !hasPhone(chosen[0]!)) chosen[0] = random.pick(templates.filter(hasPhone));
  return chosen;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatDate(iso: string): LocalizedText {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { zh: `${year}年${month}月${day}日`, en: `${day} ${MONTHS[month - 1]} ${year}` };
}

function fill(template: LocalizedText, values: Readonly<Record<string, LocalizedText>>): LocalizedText {
  const render = (text: string, language: 'zh' | 'en') =>
    text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key]?.[language] ?? whole);
  return { zh: render(template.zh, 'zh'), en: render(template.en, 'en') };
}

function generateData(content: Content, teamSeed: string): CustomerFileData {
  const random = createRandom(`${teamSeed}/sp04-customer-file`);
  const count = random.int(content.customerCount.min, content.customerCount.max);
  const names = distinctNames(random.fork('names'), count);
  const phoneRandom = random.fork('phones');
  const phones = new Set<string>();
  while (phones.size < 2 * count) phones.add(mobileNumber(phoneRandom));
  const [current, old] = [[...phones].slice(0, count), [...phones].slice(count)];

  const narrow = content.customerTypes.filter((type) => type.scope === 'narrow');
  const broad = content.customerTypes.filter((type) => type.scope === 'broad');
  const weights = content.customerTypes.map((type) => type.weight);
  // Both scopes always occur, so classifying everyone the same way never gets full marks.
  const types = random.shuffle([
    random.pick(narrow),
    random.pick(broad),
    ...Array.from({ length: count - 2 }, () => random.weightedPick(content.customerTypes, weights)),
  ]);
  const counts = noteCounts(random, count);
  const duplicated = counts.flatMap((notes, index) => (notes > 1 ? [index] : []));
  const conflictCount = Math.min(duplicated.length, Math.max(2, Math.round(count * 0.2)));
  const conflicts = new Set(random.shuffle(duplicated).slice(0, conflictCount));
  const templates: Template[] = content.noteKinds.flatMap((kind) =>
    kind.templates.map((text) => ({ kind: kind.id, text, uses: placeholdersOf(text.zh) })),
  );
  const span = daysBetween(content.period.from, content.period.to);
  const start = Date.parse(`${content.period.from}T00:00:00Z`);

  const drafts = types.map((type, index) => {
    const name = names[index]!;
    const interests = content.interests.filter((interest) => interest.types.includes(type.id));
    const interest = random.pick(interests);
    const place = random.pick(content.places);
    const conflict = conflicts.has(index);
    const noteCount = counts[index]!;
    const chosen = chooseTemplates(random, templates, noteCount, conflict);
    const days = new Set<number>();
    while (days.size < noteCount) days.add(random.int(0, span));
    const dates = [...days]
      .sort((a, b) => a - b)
      .map((day) => new Date(start + day * 86_400_000).toISOString().slice(0, 10));
    const phoneOf = (at: number) => (conflict && at === 0 ? old[index]! : current[index]!);
    // A polite name (王先生) only goes with the current number that a full-name note also shows: still linkable.
    const withCurrent = chosen.flatMap((template, at) =>
      template.uses.includes('phone') && phoneOf(at) === current[index] ? [at] : [],
    );
    const anchor = withCurrent.length > 1 ? random.pick(withCurrent) : -1;
    const notes = chosen.map((template, at) => {
      const polite = anchor >= 0 && at !== anchor && withCurrent.includes(at) && random.chance(0.5);
      const digits = phoneOf(at).replace(/\D/g, '');
      const phone = template.uses.includes('phone') ? random.pick(PHONE_FORMATS)(digits) : undefined;
      const cue = random.pick(type.cues);
      const values: Record<Placeholder, LocalizedText> = {
        name: polite ? name.polite : name.full,
        phone: { zh: phone ?? '', en: phone ?? '' },
        place: place.label,
        interest: interest.label,
        cue,
        date: formatDate(dates[at]!),
      };
      return {
        kind: template.kind,
        date: dates[at]!,
        text: fill(template.text, values),
        nameForm: polite ? ('polite' as const) : ('full' as const),
        phone,
      };
    });
    return {
      customer: {
        id: `C${pad(index + 1)}`,
        name,
        phone: current[index]!,
        oldPhone: conflict ? old[index] : undefined,
        place: place.id,
        interest: interest.id,
        type: type.id,
        scope: type.scope,
      },
      notes,
    };
  });

  const shuffled = random.shuffle(
    drafts.flatMap((draft) => draft.notes.map((note) => ({ ...note, customer: draft.customer.id }))),
  );
  const notes: RawNote[] = shuffled.map((note, index) => ({ id: `N${pad(index + 1)}`, ...note }));
  // A customer's notes were drafted oldest first; list their new ids in that order (ISO dates sort as text).
  const idsOf = new Map<string, RawNote[]>();
  for (const note of notes) idsOf.set(note.customer, [...(idsOf.get(note.customer) ?? []), note]);
  const customers: TrueCustomer[] = drafts.map(({ customer }) => ({
    ...customer,
    notes: (idsOf.get(customer.id) ?? []).sort((a, b) => (a.date < b.date ? -1 : 1)).map((note) => note.id),
  }));
  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  return { customers, notes, ownerOf: new Map(notes.map((note) => [note.id, byId.get(note.customer)!])) };
}

/**
 * The team's customers and raw notes, drawn from its seed: the same seed always
 * gives the same data, so the workspace, the scorer and the evidence labels agree.
 */
export const generate = memoizeGenerator(generateData);
