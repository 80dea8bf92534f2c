import { describe, expect, it } from 'vitest';
import { fixtureContent } from '../../../../tests/fixtures/scoring';
import { readAnswers } from './answers';
import { contentSchema, type Content } from './content';
import { generate } from './generate';
import { parseResults } from './results';
import { keyCsv } from './key';

const content: Content = fixtureContent(4, contentSchema);
const data = generate(content, 'results-test');
const ids = data.customers.map((customer) => customer.id);

describe('sub-project 5 results file', () => {
  it('reads a spreadsheet export of the key into the rows the scorer reads', () => {
    const parsed = parseResults(content, ids, `\uFEFF${keyCsv(data)}\r\n`);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.missing).toEqual([]);
    expect(readAnswers({ results: parsed.rows as never }).results).toEqual(parsed.rows);
    const first = data.key.rows[0]!;
    expect(parsed.rows[first.customer]).toEqual({
      revenue: first.revenue,
      R: first.r,
      F: first.f,
      M: first.m,
      ABC: first.abc,
      segment: first.segment,
    });
  });

  it('accepts semicolons, Chinese headers, labels in either language, loose ids and thousands separators', () => {
    const text = [
      '客户编号;销售额;R;F;M;ABC;客户分级',
      'c1;"1,234.5";5;4;3;a;常客',
      'C002;80;1;1;1;C;Drifting away',
    ].join('\n');
    const parsed = parseResults(content, ids, text);
    expect(parsed).toMatchObject({
      ok: true,
      rows: {
        C001: { revenue: 1234.5, R: 5, F: 4, M: 3, ABC: 'A', segment: 'regulars' },
        C002: { segment: 'drifting' },
      },
    });
    expect(parsed.ok && parsed.missing.length).toBe(ids.length - 2);
  });

  it('lists every bad row with its line number and keeps nothing', () => {
    const text = [
      'customer,revenue,R,F,M,ABC,segment',
      'C001,100,5,5,5,A,regulars',
      '',
      'C999,100,5,5,5,A,regulars',
      'C001,100,6,5,5,A,regulars',
      'C003,-5,5,2.5,5,D,vip',
    ].join('\n');
    const parsed = parseResults(content, ids, text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      { line: 4, problem: 'unknownCustomer', value: 'C999' },
      { line: 5, problem: 'duplicateCustomer', value: 'C001' },
      { line: 5, problem: 'score', column: 'R', value: '6' },
      { line: 6, problem: 'revenue', column: 'revenue', value: '-5' },
      { line: 6, problem: 'score', column: 'F', value: '2.5' },
      { line: 6, problem: 'abc', column: 'ABC', value: 'D' },
      { line: 6, problem: 'segment', column: 'segment', value: 'vip' },
    ]);
  });

  it('names missing columns and refuses an empty file', () => {
    expect(parseResults(content, ids, 'customer,R,F,M\nC001,1,1,1')).toEqual({
      ok: false,
      errors: [{ line: 1, problem: 'missingColumns', column: 'revenue, ABC, segment' }],
    });
    expect(parseResults(content, ids, 'customer,revenue,R,F,M,ABC,segment\n\n')).toEqual({
      ok: false,
      errors: [{ line: 2, problem: 'empty' }],
    });
    expect(parseResults(content, ids, '').ok).toBe(false);
  });
});
