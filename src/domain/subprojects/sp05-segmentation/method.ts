import type { Content, DimensionMethod, Segment } from './content';

/**
 * The declared analysis methods, exactly as the method statement tells the
 * students. The key is computed by these functions from the generated
 * transactions; the Pareto chart uses `paretoCurve` for the team's and the key's revenues alike.
 */

export type AbcClass = 'A' | 'B' | 'C';
export const ABC_CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];

export interface Transaction {
  /** YYYY-MM-DD */
  readonly date: string;
  /** The same date as a day number (dayNumber), so the analysis need not parse dates. */
  readonly day: number;
  readonly customer: string;
  readonly amount: number;
}

export interface CustomerMeasures {
  readonly customer: string;
  /** Days from the last purchase to the analysis day. */
  readonly recencyDays: number;
  readonly orders: number;
  readonly revenue: number;
}

export interface KeyRow extends CustomerMeasures {
  readonly r: number;
  readonly f: number;
  readonly m: number;
  readonly abc: AbcClass;
  readonly segment: string;
}

const DAY_MS = 86_400_000;

/** Whole days since 1970-01-01 of a YYYY-MM-DD date (UTC, so no time-zone drift). */
export function dayNumber(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

// Generators ask for the same few hundred days again and again; formatting a date is the slow part.
const dateCache = new Map<number, string>();

export function dateOfDay(day: number): string {
  let date = dateCache.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dateCache.size < 20_000) dateCache.set(day, date);
  }
  return date;
}

/** R, F and M raw measures per customer; customers without a transaction are left out. */
export function measure(transactions: readonly Transaction[], endDate: string): CustomerMeasures[] {
  const end = dayNumber(endDate);
  const byCustomer = new Map<string, { last: number; orders: number; revenue: number }>();
  for (const transaction of transactions) {
    const day = transaction.day;
    const entry = byCustomer.get(transaction.customer) ?? { last: -Infinity, orders: 0, revenue: 0 };
    entry.last = Math.max(entry.last, day);
    entry.orders += 1;
    entry.revenue += transaction.amount;
    byCustomer.set(transaction.customer, entry);
  }
  return [...byCustomer.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([customer, entry]) => ({
      customer,
      recencyDays: end - entry.last,
      orders: entry.orders,
      revenue: entry.revenue,
    }));
}

/**
 * Scores one measure for every customer. `higherIsBetter` is false for recency (fewer days score higher).
 * Thresholds: F/M score 1 + #cuts reached (value ≥ cut); R scores 5 − #cuts exceeded (days > cut).
 * Quintiles: 1 + floor(5 × #customers with a strictly worse value / n).
 */
export function scoreDimension(values: readonly number[], method: DimensionMethod, higherIsBetter: boolean): number[] {
  if (method.method === 'thresholds') {
    const cuts = method.cuts;
    return values.map((value) => {
      let reached = 0;
      for (const cut of cuts) if (higherIsBetter ? value >= cut : value > cut) reached += 1;
      return higherIsBetter ? 1 + reached : 5 - reached;
    });
  }
  const n = values.length;
  const sorted = [...values].sort((a, b) => a - b);
  // How many sorted values pass `before`, by binary search on the sorted copy.
  const countWhile = (before: (sortedValue: number) => boolean) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(sorted[mid] ?? 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const below = (value: number) => countWhile((other) => other < value);
  const above = (value: number) => n - countWhile((other) => other <= value);
  return values.map((value) => 1 + Math.floor((5 * (higherIsBetter ? below(value) : above(value))) / n));
}

/** Customers by revenue, highest first; equal revenue in customer-id order (the stated tie rule). */
export function byRevenue<T extends { customer: string; revenue: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => b.revenue - a.revenue || (a.customer < b.customer ? -1 : 1));
}

/**
 * ABC classes: sorted by revenue, a customer is A while the revenue of the customers ranked above it is below
 * a % of the total, B while below b %, else C — so the customer who crosses a line stays in the class it starts in.
 */
export function abcClasses(
  rows: readonly { customer: string; revenue: number }[],
  cutoffs: Content['abc'],
): Map<string, AbcClass> {
  const total = rows.reduce((sum, row) => sum + row.revenue, 0);
  const classes = new Map<string, AbcClass>();
  let before = 0;
  for (const row of byRevenue(rows)) {
    classes.set(row.customer, before * 100 < cutoffs.a * total ? 'A' : before * 100 < cutoffs.b * total ? 'B' : 'C');
    before += row.revenue;
  }
  return classes;
}

/** CLV = annual revenue × margin × retention / (1 + discount − retention); annual revenue = M × 12 / months. */
export function lifetimeValue(revenue: number, months: number, clv: Content['clv']): number {
  const annualMargin = ((revenue * 12) / months) * clv.marginRate;
  return (annualMargin * clv.retentionRate) / (1 + clv.discountRate - clv.retentionRate);
}

/** The segment whose R×F ranges hold the scores (the schema makes it unique and total). */
export function segmentOf(segments: Content['segments'], r: number, f: number): string {
  const found = segments.find(({ rule }) => r >= rule.r[0] && r <= rule.r[1] && f >= rule.f[0] && f <= rule.f[1]);
  return found?.id ?? '';
}

/** Whether the key puts an A-class customer in a segment. */
export const holdsAClass = (rows: readonly KeyRow[], segment: string): boolean =>
  rows.some((row) => row.segment === segment && row.abc === 'A');

/** The treatments the policy lets a segment have: its own, plus the A-class treatment when it holds an A-class customer. */
export function fittingTreatments(content: Content, segment: Segment, holdsA: boolean): Set<string> {
  return new Set([...segment.treatments, ...(holdsA ? [content.policy.aClassTreatment] : [])]);
}

export interface AnalysisKey {
  /** By customer id, in id order. */
  readonly rows: readonly KeyRow[];
  /** The `topCount` customers with the highest revenue, highest first, each with its lifetime value. */
  readonly top: readonly { readonly customer: string; readonly clv: number }[];
}

/** The whole key from the transactions, by the declared methods. */
export function analyse(content: Content, transactions: readonly Transaction[]): AnalysisKey {
  const measures = measure(transactions, content.data.endDate);
  const r = scoreDimension(
    measures.map((row) => row.recencyDays),
    content.rfm.r,
    false,
  );
  const f = scoreDimension(
    measures.map((row) => row.orders),
    content.rfm.f,
    true,
  );
  const m = scoreDimension(
    measures.map((row) => row.revenue),
    content.rfm.m,
    true,
  );
  const classes = abcClasses(measures, content.abc);
  const rows = measures.map((row, index): KeyRow => {
    const rScore = r[index] ?? 1;
    const fScore = f[index] ?? 1;
    return {
      customer: row.customer,
      recencyDays: row.recencyDays,
      orders: row.orders,
      revenue: row.revenue,
      r: rScore,
      f: fScore,
      m: m[index] ?? 1,
      abc: classes.get(row.customer) ?? 'C',
      segment: segmentOf(content.segments, rScore, fScore),
    };
  });
  const top = byRevenue(measures)
    .slice(0, content.clv.topCount)
    .map((row) => ({ customer: row.customer, clv: lifetimeValue(row.revenue, content.data.months, content.clv) }));
  return { rows, top };
}

/**
 * Cumulative revenue share (y, %) against cumulative customer share (x, %), customers by revenue descending,
 * thinned to at most `points` points so a chart of hundreds of customers stays light.
 */
export function paretoCurve(revenues: readonly number[], points = 60): { x: number; y: number }[] {
  const sorted = [...revenues].filter((value) => Number.isFinite(value) && value > 0).sort((a, b) => b - a);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  if (sorted.length === 0 || total <= 0) return [];
  const curve = [{ x: 0, y: 0 }];
  let running = 0;
  const step = Math.max(1, Math.floor(sorted.length / points));
  sorted.forEach((value, index) => {
    running += value;
    if ((index + 1) % step === 0 || index === sorted.length - 1)
      curve.push({ x: ((index + 1) / sorted.length) * 100, y: (running / total) * 100 });
  });
  return curve;
}

/** Share of revenue (0–1) brought by the top `share` of customers (at least one customer). */
export function topShare(revenues: readonly number[], share: number): number {
  const sorted = [...revenues].sort((a, b) => b - a);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  const count = Math.max(1, Math.round(sorted.length * share));
  return total <= 0 ? 0 : sorted.slice(0, count).reduce((sum, value) => sum + value, 0) / total;
}
