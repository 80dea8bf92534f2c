import { describe, expect, it } from 'vitest';
import { parseRoster } from './roster';

function ok(text: string) {
  const result = parseRoster(text);
  if (!result.ok) throw new Error(`roster refused: ${result.code}`);
  return result;
}

describe('parseRoster — plain lists', () => {
  it('reads Chinese headers, keeps team and role, strips a BOM', () => {
    const result = ok(
      '\uFEFF学号,姓名,邮箱,小组,岗位\r\n2024001,张三,zhangsan@example.edu.cn,1,经理\r\n2024002,李四,,1,专员\r\n',
    );
    expect(result.format).toBe('plain');
    expect(result.errors).toEqual([]);
    expect(result.entries).toEqual([
      {
        line: 2,
        student: { id: '2024001', name: '张三', email: 'zhangsan@example.edu.cn' },
        team: '1',
        role: 'manager',
      },
      { line: 3, student: { id: '2024002', name: '李四' }, team: '1', role: 'specialist' },
    ]);
  });

  it('reads English headers in any case and order', () => {
    const result = ok('Name,Email,Student ID,Role\nLi Hua,li@example.com,S1,Advisor');
    expect(result.entries[0]).toMatchObject({ student: { id: 'S1', name: 'Li Hua' }, role: 'advisor' });
  });

  it('keeps good rows and lists every bad row with its line and reason', () => {
    const text = [
      '学号,姓名,邮箱,岗位',
      '2024001,张三,,',
      ',无学号,,',
      '2024003,,,',
      '2024001,重复的张三,,',
      '2024005,王五,not-an-email,',
      '',
      '2024006,赵六,,老板',
      '2024007,"Qian, Qi",,顾问',
    ].join('\n');
    const result = ok(text);
    expect(result.entries.map((entry) => [entry.line, entry.student.id])).toEqual([
      [2, '2024001'],
      [9, '2024007'],
    ]);
    expect(result.entries[1]?.student.name).toBe('Qian, Qi');
    expect(result.errors).toEqual([
      { line: 3, code: 'roster.missingId', params: {} },
      { line: 4, code: 'roster.missingName', params: { id: '2024003' } },
      { line: 5, code: 'roster.duplicateId', params: { id: '2024001', firstLine: 2 } },
      { line: 6, code: 'roster.badEmail', params: { id: '2024005', email: 'not-an-email' } },
      {
        line: 8,
        code: 'roster.badRole',
        params: { id: '2024006', role: '老板', allowed: 'manager, specialist, advisor' },
      },
    ]);
  });

  it('counts lines correctly after a quoted field with a line break', () => {
    const result = ok('学号,姓名,小组\n1,"张\n三",A\n2,,B');
    expect(result.entries[0]?.student.name).toBe('张\n三');
    expect(result.errors).toEqual([{ line: 4, code: 'roster.missingName', params: { id: '2' } }]);
  });

  it('refuses a file without an id or name column, naming the columns it found', () => {
    expect(parseRoster('姓名,小组\n张三,1')).toEqual({
      ok: false,
      code: 'roster.noIdColumn',
      columns: ['姓名', '小组'],
    });
    expect(parseRoster('学号,小组\n1,1')).toEqual({
      ok: false,
      code: 'roster.noNameColumn',
      columns: ['学号', '小组'],
    });
    expect(parseRoster('')).toEqual({ ok: false, code: 'roster.empty', columns: [] });
    expect(parseRoster('\n\n')).toMatchObject({ ok: false, code: 'roster.empty' });
  });

  it('accepts semicolon- and tab-separated files as spreadsheets save them', () => {
    expect(ok('学号;姓名\n1;张三').entries).toHaveLength(1);
    expect(ok('学号\t姓名\n1\t张三').entries).toHaveLength(1);
  });
});

describe('parseRoster — LMS exports', () => {
  it('reads a Moodle export and keeps the ID number', () => {
    const text = [
      'First name,Surname,ID number,Institution,Department,Email address',
      '三,张,2024001,某职业技术学院,市场营销,zhang@example.edu.cn',
      'Hua,Li,,Some College,Marketing,li@example.edu',
    ].join('\n');
    const result = ok(text);
    expect(result.format).toBe('moodle');
    expect(result.entries.map((entry) => entry.student)).toEqual([
      { id: '2024001', name: '张三', email: 'zhang@example.edu.cn', lms: { moodleIdNumber: '2024001' } },
      { id: 'li@example.edu', name: 'Hua Li', email: 'li@example.edu' },
    ]);
  });

  it('reads a Canvas gradebook export, skips the points-possible row and keeps the LMS identifiers', () => {
    const text = [
      'Student,ID,SIS User ID,SIS Login ID,Section,Assignment 1 (101)',
      '    Points Possible,,,,,10',
      '"Zhang, San",4321,2024001,zhangsan,CRM 1班,8',
      '"Li, Si",4322,,lisi,CRM 1班,',
    ].join('\n');
    const result = ok(text);
    expect(result.format).toBe('canvas');
    expect(result.errors).toEqual([]);
    expect(result.entries.map((entry) => entry.student)).toEqual([
      {
        id: '2024001',
        name: 'Zhang, San',
        lms: { canvasId: '4321', sisUserId: '2024001', sisLoginId: 'zhangsan', section: 'CRM 1班' },
      },
      { id: '4322', name: 'Li, Si', lms: { canvasId: '4322', sisLoginId: 'lisi', section: 'CRM 1班' } },
    ]);
  });
});
