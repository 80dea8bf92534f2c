import { ROLES } from '../../roles';
import type { LocalizedText } from '../../scenario/text';
import { pendingCriterion, scoredCriterion, type Criterion, type Evidence } from '../../scoring/criterion';
import { compareSets } from '../../scoring/sets';
import type { ScoreInput } from '../define';
import { textLength } from '../answer-values';
import { readAnswers } from './answers';
import { JOB_FIELDS, type Content } from './content';

export const MAX = { reporting: 1, duties: 2, areas: 1, owners: 2, consistency: 1, jobs: 2, jobQuality: 1 } as const;

/**
 * Scores the department design: the reporting line, the chosen duties against
 * the real ones (F1), the duty areas covered, each chosen duty's owner role,
 * every chosen duty owned by some role, complete job descriptions, and their
 * quality (the instructor's rubric).
 */
export function scoreDepartment({ content, answers }: ScoreInput<Content>): Criterion[] {
  if (!content) return [pendingCriterion('department.noContent', 9, { key: 'criteria.noContent', params: {} })];
  const team = readAnswers(answers);
  const real = content.duties.filter((duty) => duty.area !== null);
  const known = new Set(content.duties.map((duty) => duty.id));
  const chosen = team.duties.filter((id) => known.has(id));
  const line = content.reportingLines.find((candidate) => candidate.id === team.reportingLine);
  const sets = compareSets(
    chosen,
    real.map((duty) => duty.id),
  );

  const coveredAreas = new Set(real.filter((duty) => chosen.includes(duty.id)).map((duty) => duty.area));
  const missingAreas = content.areas.filter((area) => !coveredAreas.has(area.id));

  const chosenReal = real.filter((duty) => chosen.includes(duty.id));
  const wrongOwner = chosenReal.filter((duty) => {
    const owner = team.owners[duty.id];
    return owner === undefined || !duty.owners.includes(owner);
  });
  const unowned = chosen.filter((id) => team.owners[id] === undefined);

  const jobGaps: Evidence[] = ROLES.flatMap((role) =>
    JOB_FIELDS.filter((field) => textLength(team.jobs[role][field] ?? '') < content.jobMinChars).map(
      (field): Evidence => ({ ref: `job:${role}:${field}`, verdict: 'missing' }),
    ),
  );
  const jobCells = ROLES.length * JOB_FIELDS.length;

  return [
    scoredCriterion({
      id: 'department.reporting',
      max: MAX.reporting,
      ratio: line?.correct ? 1 : 0,
      explanation: {
        key:
          line === undefined
            ? 'criteria.department.reportingMissing'
            : line.correct
              ? 'criteria.department.reportingRight'
              : 'criteria.department.reportingWrong',
        params: {},
      },
      evidence: line ? [{ ref: `line:${line.id}`, verdict: line.correct ? 'correct' : 'wrong' }] : [],
    }),
    scoredCriterion({
      id: 'department.duties',
      max: MAX.duties,
      ratio: sets.f1,
      explanation: {
        key: 'criteria.department.duties',
        params: { found: sets.truePositives.length, real: real.length, distractors: sets.falsePositives.length },
      },
      evidence: [
        ...sets.falseNegatives.map((ref): Evidence => ({ ref: `duty:${ref}`, verdict: 'missing' })),
        ...sets.falsePositives.map((ref): Evidence => ({ ref: `duty:${ref}`, verdict: 'extra' })),
      ],
    }),
    scoredCriterion({
      id: 'department.areas',
      max: MAX.areas,
      ratio: (content.areas.length - missingAreas.length) / content.areas.length,
      explanation: {
        key: 'criteria.department.areas',
        params: { covered: content.areas.length - missingAreas.length, areas: content.areas.length },
      },
      evidence: missingAreas.map((area): Evidence => ({ ref: `area:${area.id}`, verdict: 'missing' })),
    }),
    scoredCriterion({
      id: 'department.owners',
      max: MAX.owners,
      ratio: chosenReal.length === 0 ? 0 : (chosenReal.length - wrongOwner.length) / chosenReal.length,
      explanation: {
        key: 'criteria.department.owners',
        params: { right: chosenReal.length - wrongOwner.length, duties: chosenReal.length },
      },
      evidence: wrongOwner.map((duty): Evidence => ({
        ref: `duty:${duty.id}`,
        verdict: team.owners[duty.id] === undefined ? 'missing' : 'wrong',
      })),
    }),
    scoredCriterion({
      id: 'department.consistency',
      max: MAX.consistency,
      ratio: chosen.length === 0 ? 0 : (chosen.length - unowned.length) / chosen.length,
      explanation: {
        key: 'criteria.department.consistency',
        params: { unowned: unowned.length, duties: chosen.length },
      },
      evidence: unowned.map((id): Evidence => ({ ref: `duty:${id}`, verdict: 'missing' })),
    }),
    scoredCriterion({
      id: 'department.jobs',
      max: MAX.jobs,
      ratio: (jobCells - jobGaps.length) / jobCells,
      explanation: { key: 'criteria.department.jobs', params: { filled: jobCells - jobGaps.length, fields: jobCells } },
      evidence: jobGaps,
    }),
    pendingCriterion('department.jobQuality', MAX.jobQuality, { key: 'criteria.department.jobQuality', params: {} }),
  ];
}

/** 'duty:<id>', 'area:<id>', 'line:<id>' as shown on screen; job gaps are named by the UI. */
export function describeEvidence(content: Content, ref: string): LocalizedText | undefined {
  const [kind, id] = ref.split(':');
  if (kind === 'duty') return content.duties.find((duty) => duty.id === id)?.text;
  if (kind === 'area') return content.areas.find((area) => area.id === id)?.label;
  if (kind === 'line') return content.reportingLines.find((line) => line.id === id)?.text;
  return undefined;
}
