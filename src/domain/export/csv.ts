/**
 * A small RFC 4180 CSV writer for grade exports. Spreadsheet programs treat a
 * cell starting with = + - @ (or a tab / carriage return) as a formula, so such
 * cells are prefixed with an apostrophe (OWASP's CSV-injection advice); numbers
 * are written as numbers, so negative points stay numeric.
 */

export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark so Excel shows Chinese names correctly. Default true. */
  readonly bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Escapes one cell: formula guard for text, quoting when needed. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * Writes rows as CSV text with CRLF line ends (RFC 4180), every row ending in CRLF.
 * @example toCsv([['姓名', '总分'], ['张三', 87.5]], { bom: false }) // '姓名,总分\r\n张三,87.5\r\n'
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const body = rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${body}${rows.length > 0 ? '\r\n' : ''}`;
}
