import { describe, expect, it } from 'vitest';
import type { Action } from '../session/actions';
import { actedInLog, roleHistoryCsv } from './role-history';

const base = { classId: 'c', teamId: 't', subprojectId: 'sp01-diagnosis', at: 1 } as const;
const log: Action[] = [
  { ...base, id: '1', studentId: 's1', role: 'manager', type: 'subproject.submit' },
  {
    ...base,
    id: '2',
    studentId: 's2',
    role: 'specialist',
    type: 'answer.set',
    field: 'notes',
    before: null,
    after: 'x',
  },
  {
    ...base,
    id: '3',
    studentId: 's2',
    role: 'specialist',
    type: 'answer.set',
    field: 'notes',
    before: 'x',
    after: 'y',
  },
  { ...base, id: '4', subprojectId: 'sp02-department', studentId: 's2', role: 'manager', type: 'subproject.submit' },
];

describe('role history', () => {
  it('counts each member’s records and acted roles per sub-project', () => {
    expect(actedInLog(log, 'sp01-diagnosis', 's2')).toEqual({ actions: 2, actedAs: ['specialist'] });
    expect(actedInLog(log, 'sp02-department', 's2')).toEqual({ actions: 1, actedAs: ['manager'] });
    expect(actedInLog(log, 'sp01-diagnosis', 's3')).toEqual({ actions: 0, actedAs: [] });
  });

  it('writes one row per member and sub-project with role names', () => {
    const csv = roleHistoryCsv(
      [
        {
          teamNumber: 1,
          subproject: '01 企业CRM诊断',
          studentId: 's2',
          name: '李四',
          assigned: 'specialist',
          ...actedInLog(log, 'sp01-diagnosis', 's2'),
        },
      ],
      {
        team: '小组',
        subproject: '子项目',
        studentId: '学号',
        name: '姓名',
        assigned: '岗位',
        actions: '操作数',
        actedAs: '实际操作岗位',
      },
      (role) => ({ manager: '经理', specialist: '专员', advisor: '顾问' })[role],
      { bom: false },
    );
    expect(csv).toBe('小组,子项目,学号,姓名,岗位,操作数,实际操作岗位\r\n1,01 企业CRM诊断,s2,李四,专员,2,专员\r\n');
  });
});
