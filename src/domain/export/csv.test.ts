import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('toCsv', () => {
  it('writes a BOM, CRLF line ends and Chinese text as is', () => {
    expect(
      toCsv([
        ['姓名', '总分'],
        ['张三', 87.5],
      ]),
    ).toBe('\uFEFF姓名,总分\r\n张三,87.5\r\n');
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
    expect(toCsv([], { bom: false })).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Li, Hua')).toBe('"Li, Hua"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
  });

  it('guards cells that a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const start of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1`).replace(/"/g, '')).toMatch(/^'/);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('a-b')).toBe('a-b');
  });

  it('writes empty cells for missing and non-finite values', () => {
    expect(toCsv([[null, undefined, Number.NaN, 0]], { bom: false })).toBe(',,,0\r\n');
  });

  it('round-trips any text through a standard CSV parser (formula guard aside)', () => {
    const safeText = fc.string().filter((text) => !/^[=+\-@\t\r]/.test(text));
    fc.assert(
      fc.property(
        fc.array(fc.array(safeText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const width = rows[0]!.length;
          const table = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
          const parsed = Papa.parse<string[]>(toCsv(table, { bom: false }), { newline: '\r\n', delimiter: ',' }).data;
          expect(parsed.slice(0, table.length)).toEqual(table);
        },
      ),
    );
  });
});
