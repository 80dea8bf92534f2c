import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../roles';
import { totalOf } from '../../scoring/criterion';
import type { Answers } from '../../session/replay';
import { finalAttempt, fixtureContent } from '../../../../tests/fixtures/scoring';
import { FIELDS } from './answers';
import { contentSchema, JOB_FIELDS, type Content } from './content';
import { describeEvidence, MAX, scoreDepartment } from './score';

const content: Content = fixtureContent(1, contentSchema);
const attempt = finalAttempt;
const score = (answers: Answers) => scoreDepartment({ content, teamSeed: 'seed', answers, attempt: attempt(answers) });
const byId = (answers: Answers) => Object.fromEntries(score(answers).map((criterion) => [criterion.id, criterion]));
const fullJobs = Object.fromEntries(
  ROLES.map((role) => [
    FIELDS.job(role),
    Object.fromEntries(JOB_FIELDS.map((field) => [field, `${role}的${field}内容`])),
  ]),
);

function keyAnswers(): Answers {
  const real = content.duties.filter((duty) => duty.area !== null);
  return {
    reportingLine: content.reportingLines.find((line) => line.correct)!.id,
    duties: real.map((duty) => duty.id),
    owners: Object.fromEntries(real.map((duty) => [duty.id, duty.owners[0]!])),
    ...fullJobs,
  };
}
const autoMax = MAX.reporting + MAX.duties + MAX.areas + MAX.owners + MAX.consistency + MAX.jobs;

describe('sub-project 2 scoring', () => {
  it('gives full automatic points to the key; job quality waits for the instructor', () => {
    expect(totalOf(score(keyAnswers()))).toEqual({ earned: autoMax, max: autoMax, pendingMax: MAX.jobQuality });
  });

  it('scores an empty or malformed submission zero without errors', () => {
    expect(totalOf(score({})).earned).toBe(0);
    expect(totalOf(score({ reportingLine: 3, duties: 'x', owners: ['a'], 'job:manager': 'text' })).earned).toBe(0);
  });

  it('names the wrong reporting line, the missed and distractor duties, the uncovered area and the wrong owner', () => {
    const criteria = byId({
      reportingLine: 'to-baker',
      duties: ['keep-file', 'receive-complaints', 'decide-compensation', 'bake-bread'],
      owners: { 'keep-file': 'specialist', 'receive-complaints': 'manager', 'bake-bread': 'advisor' },
    });
    expect(criteria['department.reporting']).toMatchObject({
      earned: 0,
      explanation: { key: 'criteria.department.reportingWrong' },
    });
    expect(criteria['department.duties']?.evidence).toEqual([
      { ref: 'duty:analyse', verdict: 'missing' },
      { ref: 'duty:follow-up-calls', verdict: 'missing' },
      { ref: 'duty:loyalty-policy', verdict: 'missing' },
      { ref: 'duty:bake-bread', verdict: 'extra' },
    ]);
    expect(criteria['department.areas']?.evidence).toEqual([{ ref: 'area:loyalty', verdict: 'missing' }]);
    expect(criteria['department.owners']?.evidence).toEqual([
      { ref: 'duty:receive-complaints', verdict: 'wrong' },
      { ref: 'duty:decide-compensation', verdict: 'missing' },
    ]);
    expect(criteria['department.consistency']?.explanation.params).toEqual({ unowned: 1, duties: 4 });
  });

  it('counts job-description fields per role and names the empty ones', () => {
    const jobs = { ...fullJobs, [FIELDS.job('advisor')]: { title: '顾问' } };
    const criteria = byId(jobs);
    expect(criteria['department.jobs']?.explanation.params).toEqual({ filled: 15, fields: 21 });
    expect(criteria['department.jobs']?.evidence[0]).toEqual({ ref: 'job:advisor:department', verdict: 'missing' });
  });

  it('stays within bounds and is deterministic for random answers', () => {
    const dutyIds = content.duties.map((duty) => duty.id);
    fc.assert(
      fc.property(
        fc.record({
          reportingLine: fc.constantFrom(...content.reportingLines.map((line) => line.id), 'nope'),
          duties: fc.subarray(dutyIds),
          owners: fc.dictionary(fc.constantFrom(...dutyIds), fc.constantFrom(...ROLES)),
        }),
        (answers) => {
          const criteria = score(answers);
          for (const criterion of criteria) expect(criterion.earned).toBeLessThanOrEqual(criterion.max);
          expect(score(answers)).toEqual(criteria);
        },
      ),
    );
  });

  it('names duties, areas and reporting lines in the words on screen', () => {
    expect(describeEvidence(content, 'duty:bake-bread')?.zh).toBe('烤面包');
    expect(describeEvidence(content, 'area:loyalty')?.en).toBe('Loyalty and follow-up');
    expect(describeEvidence(content, 'line:outsourced')?.en).toBe('Outsourced');
    expect(describeEvidence(content, 'job:advisor:title')).toBeUndefined();
  });
});

describe('sub-project 2 content rules', () => {
  it('needs exactly one correct reporting line, owners only on real duties, every area covered', () => {
    const broken = structuredClone(content) as any;
    broken.reportingLines[1].correct = true;
    broken.duties[6].owners = ['manager'];
    broken.duties = broken.duties.filter((duty: { area: string | null }) => duty.area !== 'loyalty');
    const result = contentSchema.safeParse(broken);
    // 'duties' first: removing the loyalty duties also leaves fewer than the eight duties a bank needs.
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'duties',
      'reportingLines',
      'duties.4.owners',
      'areas.2',
    ]);
  });
});
