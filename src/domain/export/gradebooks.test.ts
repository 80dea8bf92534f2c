import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { scoredCriterion } from '../scoring/criterion';
import { subprojectGrade, type ScoredAttempt } from '../scoring/grades';
import { canvasCsv, criteriaCsv, moodleCsv, plainCsv, type GradeSheet } from './gradebooks';

const explanation = { key: 'criteria.test', params: {} };
const scored = (points: number): ScoredAttempt => ({
  attempt: { number: 1, answers: {}, submittedAt: 1, submittedBy: { studentId: 's', role: 'manager' }, final: true },
  criteria: [
    scoredCriterion({ id: 'problems.f1', max: 4, ratio: points / 6, explanation }),
    scoredCriterion({ id: 'process.roles', max: 1, ratio: 1, explanation }),
  ],
  total: { earned: 0, max: 0, pendingMax: 0 },
  late: false,
  points,
});
const policy = { allowed: true, counts: 'best' } as const;

const teamOne = [
  subprojectGrade('sp01-diagnosis', 6, [scored(4.5)], policy),
  subprojectGrade('sp02-department', 8, [scored(7)], policy, {
    points: 6,
    reason: '职责表抄袭他组，扣1分；见"答辩记录"',
    at: 1,
  }),
];
const teamTwo = [
  subprojectGrade('sp01-diagnosis', 6, [scored(6)], policy),
  subprojectGrade('sp02-department', 8, [], policy),
];

/** Chinese names, a comma in a name, a formula-looking name, LMS ids from Canvas and Moodle. */
const sheet: GradeSheet = {
  subprojects: [
    { id: 'sp01-diagnosis', label: '01 企业CRM诊断' },
    { id: 'sp02-department', label: '02 客户服务部门与岗位设计' },
  ],
  students: [
    {
      student: { id: '2024001', name: '张三', email: 'zhangsan@example.edu.cn', lms: { moodleIdNumber: '2024001' } },
      teamNumber: 1,
      grades: teamOne,
      adjustments: [],
      total: 10.5,
    },
    {
      student: {
        id: '2024002',
        name: 'Li, Si',
        lms: { canvasId: '4322', sisUserId: '2024002', sisLoginId: 'lisi', section: 'CRM 1班' },
      },
      teamNumber: 1,
      grades: teamOne,
      adjustments: [{ studentId: '2024002', points: -1.5, reason: '缺席两次小组讨论', at: 2 }],
      total: 9,
    },
    {
      student: { id: '2024003', name: '=HYPERLINK("http://evil")', email: 'w@example.edu.cn' },
      teamNumber: 2,
      grades: teamTwo,
      adjustments: [],
      total: 6,
    },
  ],
};

const plainHeaders = {
  studentId: '学号',
  name: '姓名',
  email: '邮箱',
  team: '小组',
  adjustment: '个人调整',
  total: '总分',
};
const criteriaHeaders = {
  team: '小组',
  studentId: '学号',
  name: '姓名',
  subproject: '子项目',
  criterion: '评分项',
  autoPoints: '自动得分',
  override: '教师改分',
  reason: '改分理由',
  max: '满分',
  totalRow: '子项目合计',
};

describe('grade exports (golden files)', () => {
  it('Moodle CSV by ID number', async () => {
    await expect(moodleCsv(sheet, 'idnumber')).toMatchFileSnapshot(
      '../../../tests/fixtures/exports/moodle-idnumber.csv',
    );
  });

  it('Moodle CSV by email', async () => {
    await expect(moodleCsv(sheet, 'email')).toMatchFileSnapshot('../../../tests/fixtures/exports/moodle-email.csv');
  });

  it('Canvas CSV', async () => {
    await expect(canvasCsv(sheet)).toMatchFileSnapshot('../../../tests/fixtures/exports/canvas.csv');
  });

  it('plain CSV with Chinese headers', async () => {
    await expect(plainCsv(sheet, plainHeaders)).toMatchFileSnapshot('../../../tests/fixtures/exports/plain-zh.csv');
  });

  it('per-criterion CSV', async () => {
    await expect(criteriaCsv(sheet, criteriaHeaders)).toMatchFileSnapshot(
      '../../../tests/fixtures/exports/criteria-zh.csv',
    );
  });
});

describe('grade exports (properties a gradebook relies on)', () => {
  const parse = (text: string) =>
    Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', newline: '\r\n', skipEmptyLines: true }).data;

  it('start with a BOM by default and can leave it out', () => {
    expect(moodleCsv(sheet, 'idnumber').startsWith('\uFEFF')).toBe(true);
    expect(moodleCsv(sheet, 'idnumber', { bom: false }).startsWith('ID number')).toBe(true);
  });

  it('end every line with CRLF', () => {
    const text = plainCsv(sheet, plainHeaders);
    expect(text.split('\r\n')).toHaveLength(sheet.students.length + 2);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('guard a formula-looking name and keep Chinese names and commas intact', () => {
    const rows = parse(canvasCsv(sheet));
    expect(rows[1]?.[0]).toBe('张三');
    expect(rows[2]?.[0]).toBe('Li, Si');
    expect(rows[3]?.[0]).toBe('\'=HYPERLINK("http://evil")');
  });

  it('Canvas rows keep the identifiers of the Canvas export', () => {
    expect(parse(canvasCsv(sheet))[2]).toEqual(['Li, Si', '4322', '2024002', 'lisi', 'CRM 1班', '4.5', '6']);
  });

  it('leave a sub-project with no final work empty, not zero', () => {
    expect(parse(moodleCsv(sheet, 'idnumber'))[3]).toEqual(['2024003', '6', '', '6']);
  });

  it('keep both the automatic points and the override with its reason', () => {
    const totalRow = parse(criteriaCsv(sheet, criteriaHeaders)).find(
      (row) => row[1] === '2024001' && row[4] === '子项目合计' && row[3]?.startsWith('02'),
    );
    expect(totalRow).toEqual([
      '1',
      '2024001',
      '张三',
      '02 客户服务部门与岗位设计',
      '子项目合计',
      '7',
      '6',
      '职责表抄袭他组，扣1分；见"答辩记录"',
      '8',
    ]);
  });
});
