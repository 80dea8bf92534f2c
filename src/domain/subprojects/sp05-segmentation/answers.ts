import type { Answers } from '../../session/replay';
import { isRecord, stringRecord, strings } from '../answer-values';
import { ABC_CLASSES, type AbcClass } from './method';

/** One customer's line of the team's results file. */
export interface ResultRow {
  /** The team's own revenue figure (drawn as its Pareto curve; not scored). */
  readonly revenue: number;
  readonly R: number;
  readonly F: number;
  readonly M: number;
  readonly ABC: AbcClass;
  /** Segment id. */
  readonly segment: string;
}

/** A row of the lifetime-value table as typed: the customer id and the amount, kept as text so nothing typed is lost. */
export interface ClvRow {
  readonly customer: string;
  readonly value: string;
}

export interface SegmentationAnswers {
  /** Customer id → the team's row. */
  readonly results: Readonly<Record<string, ResultRow>>;
  readonly clvRows: readonly ClvRow[];
  /** Customer id → lifetime value, from the rows with a known id and a valid number (first row wins). */
  readonly clv: Readonly<Record<string, number>>;
  /** Segment id → treatment ids. */
  readonly treatments: Readonly<Record<string, readonly string[]>>;
}

export const FIELDS = { results: 'results', clv: 'clv', treatments: 'treatments' } as const;

/** An RFM score: a whole number 1–5. */
export const isScore = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;

/**
 * A number as people type it: '12,345.6', '¥ 8 000', '3200元'. Undefined for
 * anything else, including negative numbers (no value here can be negative).
 */
export function parseAmount(text: string): number | undefined {
  const cleaned = text.replace(/[\s,¥￥元]/g, '');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

function readRow(raw: unknown): ResultRow | undefined {
  if (!isRecord(raw)) return undefined;
  const { revenue, R, F, M, ABC, segment } = raw;
  if (!isScore(R) || !isScore(F) || !isScore(M)) return undefined;
  if (!(ABC_CLASSES as readonly unknown[]).includes(ABC) || typeof segment !== 'string') return undefined;
  if (typeof revenue !== 'number' || !Number.isFinite(revenue) || revenue < 0) return undefined;
  return { revenue, R, F, M, ABC: ABC as AbcClass, segment };
}

/** The team's answers, read defensively from the logged JSON. */
export function readAnswers(answers: Answers): SegmentationAnswers {
  const rawResults = answers[FIELDS.results];
  const results: Record<string, ResultRow> = {};
  if (isRecord(rawResults))
    for (const [customer, raw] of Object.entries(rawResults)) {
      const row = readRow(raw);
      if (row) results[customer] = row;
    }

  const rawClv = answers[FIELDS.clv];
  const clvRows: ClvRow[] = Array.isArray(rawClv)
    ? rawClv.map((raw) => {
        const { customer = '', value = '' } = stringRecord(raw);
        return { customer, value };
      })
    : [];
  const clv: Record<string, number> = {};
  for (const row of clvRows) {
    const customer = normaliseCustomer(row.customer);
    const value = parseAmount(row.value);
    if (customer !== '' && value !== undefined && !(customer in clv)) clv[customer] = value;
  }

  const rawTreatments = answers[FIELDS.treatments];
  const treatments: Record<string, string[]> = {};
  if (isRecord(rawTreatments))
    for (const [segment, list] of Object.entries(rawTreatments))
      if (Array.isArray(list)) treatments[segment] = strings(list);

  return { results, clvRows, clv, treatments };
}

/** 'c17', ' C017 ' → 'C017' for ids of a given width; other text is only trimmed and upper-cased. */
export function normaliseCustomer(text: string, width = 3): string {
  const match = /^\s*[cC]\s*0*(\d+)\s*$/.exec(text);
  if (!match) return text.trim().toUpperCase();
  return `C${(match[1] ?? '').padStart(width, '0')}`;
}
