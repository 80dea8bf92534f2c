import Papa from 'papaparse';
import { isScore, normaliseCustomer, parseAmount, type ResultRow } from './answers';
import type { Content } from './content';
import { ABC_CLASSES, type AbcClass } from './method';

/** The columns of the team's results file, in the order of the template. */
export const RESULT_COLUMNS = ['customer', 'revenue', 'R', 'F', 'M', 'ABC', 'segment'] as const;
export type ResultColumn = (typeof RESULT_COLUMNS)[number];

// Headers people write in a Chinese spreadsheet, accepted beside the English ones.
const ALIASES: Readonly<Record<string, ResultColumn>> = {
  customer: 'customer',
  id: 'customer',
  客户: 'customer',
  客户编号: 'customer',
  revenue: 'revenue',
  销售额: 'revenue',
  金额: 'revenue',
  r: 'R',
  f: 'F',
  m: 'M',
  abc: 'ABC',
  abc类: 'ABC',
  abc分类: 'ABC',
  segment: 'segment',
  分级: 'segment',
  客户分级: 'segment',
};

export type ResultProblem =
  | 'missingColumns'
  | 'empty'
  | 'tooManyRows'
  | 'unknownCustomer'
  | 'duplicateCustomer'
  | 'score'
  | 'abc'
  | 'segment'
  | 'revenue';

/** One problem of the file, on a line counted as a spreadsheet shows it (the header is line 1). */
export interface ResultError {
  readonly line: number;
  readonly problem: ResultProblem;
  /** The column concerned, or the missing columns joined by commas. */
  readonly column?: string;
  readonly value?: string;
}

export type ResultParse =
  | { readonly ok: true; readonly rows: Record<string, ResultRow>; readonly missing: readonly string[] }
  | { readonly ok: false; readonly errors: readonly ResultError[] };

const MAX_ROWS = 2000;

/** Matches a segment by id or by its label in either language, ignoring case and spaces. */
function findSegment(content: Content, text: string): string | undefined {
  const wanted = text.replace(/\s+/g, '').toLowerCase();
  return content.segments.find((segment) =>
    [segment.id, segment.label.zh, segment.label.en].some(
      (candidate) => candidate.replace(/\s+/g, '').toLowerCase() === wanted,
    ),
  )?.id;
}

/**
 * Reads the team's results CSV (comma, semicolon or tab separated; header names
 * in any order). Every bad row is reported with its line number; rows are
 * returned only when the whole file is valid, so a broken file never replaces good results.
 */
export function parseResults(content: Content, customerIds: readonly string[], text: string): ResultParse {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const lines = parsed.data;
  const header = (lines[0] ?? []).map((cell) => ALIASES[cell.trim().toLowerCase()] ?? ALIASES[cell.trim()]);
  const position = new Map<ResultColumn, number>();
  header.forEach((column, index) => {
    if (column && !position.has(column)) position.set(column, index);
  });
  const absent = RESULT_COLUMNS.filter((column) => !position.has(column));
  if (absent.length > 0)
    return { ok: false, errors: [{ line: 1, problem: 'missingColumns', column: absent.join(', ') }] };
  if (lines.length - 1 > MAX_ROWS) return { ok: false, errors: [{ line: lines.length, problem: 'tooManyRows' }] };

  const known = new Set(customerIds);
  const errors: ResultError[] = [];
  const rows: Record<string, ResultRow> = {};
  lines.slice(1).forEach((cells, index) => {
    const line = index + 2;
    const cell = (column: ResultColumn) => (cells[position.get(column) ?? -1] ?? '').trim();
    if (cells.every((value) => value.trim() === '')) return;
    const problems: ResultError[] = [];
    const customer = normaliseCustomer(cell('customer'));
    if (!known.has(customer)) problems.push({ line, problem: 'unknownCustomer', value: cell('customer') });
    else if (rows[customer]) problems.push({ line, problem: 'duplicateCustomer', value: customer });
    const revenue = parseAmount(cell('revenue'));
    if (revenue === undefined) problems.push({ line, problem: 'revenue', column: 'revenue', value: cell('revenue') });
    const scores = (['R', 'F', 'M'] as const).map((column) => {
      const value = Number(cell(column));
      if (!isScore(value)) problems.push({ line, problem: 'score', column, value: cell(column) });
      return value;
    });
    const abc = cell('ABC').toUpperCase();
    if (!(ABC_CLASSES as readonly string[]).includes(abc))
      problems.push({ line, problem: 'abc', column: 'ABC', value: cell('ABC') });
    const segment = findSegment(content, cell('segment'));
    if (segment === undefined) problems.push({ line, problem: 'segment', column: 'segment', value: cell('segment') });
    if (problems.length > 0) errors.push(...problems);
    else
      rows[customer] = {
        revenue: revenue ?? 0,
        R: scores[0] ?? 1,
        F: scores[1] ?? 1,
        M: scores[2] ?? 1,
        ABC: abc as AbcClass,
        segment: segment ?? '',
      };
  });
  if (errors.length > 0) return { ok: false, errors };
  if (Object.keys(rows).length === 0) return { ok: false, errors: [{ line: 2, problem: 'empty' }] };
  return { ok: true, rows, missing: customerIds.filter((id) => !rows[id]) };
}
