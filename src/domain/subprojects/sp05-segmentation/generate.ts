import { memoizeGenerator } from '../../generate';
import { createRandom, type Random } from '../../random';
import type { LocalizedText } from '../../scenario/text';
import type { Content } from './content';
import {
  analyse,
  dateOfDay,
  dayNumber,
  measure,
  topShare,
  type AnalysisKey,
  type KeyRow,
  type Transaction,
} from './method';
import { customerNames } from './names';

export interface Customer {
  /** C001, C002, … */
  readonly id: string;
  readonly name: LocalizedText;
}

export interface SegmentationData {
  readonly customers: readonly Customer[];
  /** By date, then customer id. */
  readonly transactions: readonly Transaction[];
  /** First and last day of the period (YYYY-MM-DD). */
  readonly start: string;
  readonly end: string;
  readonly key: AnalysisKey;
  /** Key rows by customer id. */
  readonly keyById: ReadonlyMap<string, KeyRow>;
  readonly customerById: ReadonlyMap<string, Customer>;
}

/** The long tail the data must show: the top 20 % bring 70–85 % of revenue, the top 1 % at least 8 %. */
export const TAIL = { top20: { min: 0.7, max: 0.85 }, top1Min: 0.08 } as const;

const customerId = (index: number, count: number) =>
  `C${String(index + 1).padStart(Math.max(3, String(count).length), '0')}`;

/** The period as day numbers: its first and last day and its length in days. */
function period(data: Content['data']) {
  const end = dayNumber(data.endDate);
  const span = Math.round(data.months * 30.44);
  return { start: end - span + 1, end, span };
}

/** One attempt at the transactions with a given spread of customer value. */
function drawTransactions(content: Content, random: Random, count: number, sigma: number): Transaction[] {
  const { data } = content;
  const { start, end, span } = period(data);
  const transactions: Transaction[] = [];
  for (let index = 0; index < count; index += 1) {
    const z = random.normal(0, 1);
    const value = Math.exp(sigma * z);
    // Most customers were there from the start; some joined during the period.
    const first = random.chance(0.6) ? start : start + random.int(0, Math.floor(span * 0.85));
    const lapsed = random.chance(data.lapsedShare);
    const last = lapsed
      ? first + Math.floor((end - first) * (0.2 + 0.5 * random.next()))
      : Math.max(first, end - Math.floor(-Math.log(1 - random.next()) * 60));
    // Frequency follows value (valuable customers buy more often) and the time the customer was active.
    const active = Math.min(1, (last - first + 30) / span);
    const fullOrders = data.ordersPerCustomer.typical * Math.exp(0.75 * sigma * z + random.normal(0, 0.3));
    const orders = Math.min(data.ordersPerCustomer.max, Math.max(1, Math.round(fullOrders * active ** 0.5)));
    const perOrder = (data.orderValue.typical * data.ordersPerCustomer.typical * value) / Math.max(1, fullOrders);
    const id = customerId(index, count);
    for (let order = 0; order < orders; order += 1) {
      // The last purchase falls on `last`, so recency is what the customer's story says.
      const day = order === 0 ? last : first + random.int(0, Math.max(0, last - first));
      const amount = Math.max(
        data.orderValue.roundTo,
        Math.round((perOrder * Math.exp(random.normal(0, 0.25))) / data.orderValue.roundTo) * data.orderValue.roundTo,
      );
      transactions.push({ date: dateOfDay(day), day, customer: id, amount });
    }
  }
  // Ids have a fixed width, so they compare in number order.
  return transactions.sort((a, b) => a.day - b.day || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0));
}

/** The first attempt whose revenue shares fall in TAIL, nudging the spread after each miss. */
function longTailed(content: Content, random: Random, count: number, start: number, teamSeed: string): Transaction[] {
  let sigma = start;
  for (let attempt = 0; attempt <= 60; attempt += 1) {
    const transactions = drawTransactions(content, random.fork(`attempt-${attempt}`), count, sigma);
    const values = measure(transactions, content.data.endDate).map((row) => row.revenue);
    const top20 = topShare(values, 0.2);
    if (top20 >= TAIL.top20.min && top20 <= TAIL.top20.max && topShare(values, 0.01) >= TAIL.top1Min)
      return transactions;
    sigma += top20 > TAIL.top20.max ? -0.07 : 0.07;
  }
  throw new Error(`sp05: no long-tailed data for seed ${teamSeed}`);
}

/**
 * A team's transaction history and its key. The spread of customer value starts
 * at a seed-drawn level; an attempt whose long tail falls outside TAIL is redrawn
 * from a forked seed with the spread nudged toward the band, so the result stays deterministic.
 */
function generateUncached(content: Content, teamSeed: string): SegmentationData {
  const random = createRandom(`${teamSeed}/sp05-segmentation`);
  const { customerCount } = content.data;
  const count = random.int(customerCount.min, customerCount.max);
  const names = customerNames(random.fork('names'), count, content.data.companyNames);
  const customers = names.map((name, index): Customer => ({ id: customerId(index, count), name }));
  const sigma = 1.45 + random.next() * 0.3;
  const transactions = longTailed(content, random, count, sigma, teamSeed);
  const key = analyse(content, transactions);
  return {
    customers,
    transactions,
    start: dateOfDay(period(content.data).start),
    end: content.data.endDate,
    key,
    keyById: new Map(key.rows.map((row) => [row.customer, row])),
    customerById: new Map(customers.map((customer) => [customer.id, customer])),
  };
}

/** The team's data and key, generated once per content and seed. */
export const generate = memoizeGenerator(generateUncached);
