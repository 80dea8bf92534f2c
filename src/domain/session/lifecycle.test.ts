import { describe, expect, it } from 'vitest';
import type { Action } from './actions';
import { DEFAULT_GATES, type SubprojectGates } from './lifecycle';
import { applyAction, contributionCounts, replay, subprojectStatus, type ActionRules, type TeamWork } from './replay';

const withApproval: SubprojectGates = { submit: ['specialist', 'manager'], approve: ['manager'] };
const gatesOf = (id: string) => (id === 'sp-approve' ? withApproval : DEFAULT_GATES);
const rules = (overrides: Partial<ActionRules> = {}): ActionRules => ({
  gatesOf,
  resubmission: { allowed: true, counts: 'best' },
  isOpen: () => true,
  ...overrides,
});

let clock = 1000;
function action(
  type: Action['type'],
  role: Action['role'],
  extra: Partial<Action> = {},
  subprojectId = 'sp-simple',
): Action {
  clock += 1;
  const base = {
    id: `a${clock}`,
    classId: 'c',
    teamId: 't',
    subprojectId,
    studentId: role.slice(0, 1),
    role,
    at: clock,
  };
  return (
    type === 'answer.set'
      ? { ...base, type, field: 'x', before: null, after: 1, ...extra }
      : { ...base, type, ...extra }
  ) as Action;
}

function run(actions: Action[], ruleSet = rules()) {
  let work: TeamWork = {};
  const refusals: string[] = [];
  for (const next of actions) {
    const result = applyAction(work, next, ruleSet);
    if (result.ok) work = result.work;
    else refusals.push(result.code);
  }
  return { work, refusals };
}

describe('sub-project lifecycle', () => {
  it('goes open → in progress → scored when the manager submits', () => {
    const { work } = run([action('answer.set', 'specialist')]);
    expect(subprojectStatus(undefined, true, DEFAULT_GATES)).toBe('open');
    expect(subprojectStatus(work['sp-simple'], true, DEFAULT_GATES)).toBe('in-progress');
    const submitted = run([action('answer.set', 'specialist'), action('subproject.submit', 'manager')]).work[
      'sp-simple'
    ];
    expect(subprojectStatus(submitted, true, DEFAULT_GATES)).toBe('scored');
    expect(submitted?.attempts).toMatchObject([
      { number: 1, answers: { x: 1 }, final: true, submittedBy: { role: 'manager' } },
    ]);
  });

  it('waits for the manager’s approval where one is required', () => {
    const steps = [
      action('answer.set', 'specialist', {}, 'sp-approve'),
      action('subproject.submit', 'specialist', {}, 'sp-approve'),
    ];
    const submitted = run(steps).work['sp-approve'];
    expect(subprojectStatus(submitted, true, withApproval)).toBe('submitted');
    const approved = run([...steps, action('subproject.approve', 'manager', {}, 'sp-approve')]).work['sp-approve'];
    expect(subprojectStatus(approved, true, withApproval)).toBe('scored');
    expect(approved?.attempts[0]).toMatchObject({ final: true, approvedBy: { role: 'manager' } });
  });

  it('refuses role-gated steps to other roles, and changes nothing', () => {
    const { work, refusals } = run([
      action('answer.set', 'advisor'),
      action('subproject.submit', 'advisor'),
      action('subproject.submit', 'specialist'),
    ]);
    expect(refusals).toEqual(['lifecycle.wrongRole', 'lifecycle.wrongRole']);
    expect(work['sp-simple']?.attempts).toEqual([]);
    const approval = run([
      action('subproject.submit', 'specialist', {}, 'sp-approve'),
      action('subproject.approve', 'specialist', {}, 'sp-approve'),
    ]);
    expect(approval.refusals).toEqual(['lifecycle.wrongRole']);
  });

  it('refuses work on a locked sub-project and edits after submitting', () => {
    expect(run([action('answer.set', 'manager')], rules({ isOpen: () => false })).refusals).toEqual([
      'lifecycle.locked',
    ]);
    expect(run([action('subproject.submit', 'manager'), action('answer.set', 'manager')]).refusals).toEqual([
      'lifecycle.alreadySubmitted',
    ]);
    expect(run([action('subproject.submit', 'manager'), action('subproject.submit', 'manager')]).refusals).toEqual([
      'lifecycle.alreadySubmitted',
    ]);
  });

  it('refuses approval where none is needed or nothing was submitted', () => {
    expect(run([action('subproject.approve', 'manager')]).refusals).toEqual(['lifecycle.noApprovalNeeded']);
    expect(run([action('subproject.approve', 'manager', {}, 'sp-approve')]).refusals).toEqual([
      'lifecycle.notSubmitted',
    ]);
  });

  it('reopens for a resubmission only when the class allows it', () => {
    const submitted = [action('answer.set', 'manager'), action('subproject.submit', 'manager')];
    const again = run([
      ...submitted,
      action('subproject.reopen', 'manager'),
      action('answer.set', 'manager', { after: 2 }),
      action('subproject.submit', 'manager'),
    ]);
    expect(again.refusals).toEqual([]);
    expect(again.work['sp-simple']?.attempts.map((attempt) => attempt.answers)).toEqual([{ x: 1 }, { x: 2 }]);
    const refused = run(
      [...submitted, action('subproject.reopen', 'manager')],
      rules({ resubmission: { allowed: false, counts: 'last' } }),
    );
    expect(refused.refusals).toEqual(['lifecycle.resubmissionNotAllowed']);
    expect(run([action('subproject.reopen', 'manager')]).refusals).toEqual(['lifecycle.notSubmitted']);
  });

  it('removes an answer set to null', () => {
    const { work } = run([
      action('answer.set', 'manager'),
      action('answer.set', 'manager', { before: 1, after: null }),
    ]);
    expect(work['sp-simple']?.answers).toEqual({});
  });
});

describe('replay', () => {
  const log = [
    action('answer.set', 'specialist'),
    action('answer.set', 'advisor', { field: 'y', after: 'b' }),
    action('subproject.submit', 'manager'),
  ];

  it('rebuilds the same work as applying actions live', () => {
    expect(replay(log, rules()).work).toEqual(run(log).work);
  });

  it('steps through the log one record at a time', () => {
    expect(replay(log, rules(), 1).work['sp-simple']?.answers).toEqual({ x: 1 });
    expect(replay(log, rules(), 2).work['sp-simple']?.answers).toEqual({ x: 1, y: 'b' });
  });

  it('does not depend on today’s schedule: work done while open survives closing', () => {
    expect(replay(log, rules({ isOpen: () => false })).rejected).toEqual([]);
  });

  it('reports records a tampered log could contain', () => {
    const tampered = [...log, action('answer.set', 'advisor')];
    expect(replay(tampered, rules()).rejected.map((entry) => entry.code)).toEqual(['lifecycle.alreadySubmitted']);
  });

  it('counts each member’s contributions', () => {
    expect(Object.fromEntries(contributionCounts(log))).toEqual({ s: 1, a: 1, m: 1 });
  });
});
