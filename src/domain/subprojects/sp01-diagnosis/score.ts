import { pendingCriterion, scoredCriterion, type Criterion, type Evidence } from '../../scoring/criterion';
import { compareSets } from '../../scoring/sets';
import type { ScoreInput } from '../define';
import { textLength } from '../answer-values';
import { readAnswers } from './answers';
import type { Content } from './content';
import type { LocalizedText } from '../../scenario/text';

/** Points of each criterion (scaled to the class weight afterwards). */
export const MAX = { problems: 3, levers: 2, memo: 1, memoQuality: 2 } as const;

/**
 * Scores a diagnosis: F1 of the chosen problem set against the real problems,
 * the share of real problems matched to a lever that addresses them, memo parts
 * of the required length, and the memo's quality (the instructor's rubric).
 */
export function scoreDiagnosis({ content, answers }: ScoreInput<Content>): Criterion[] {
  if (!content)
    return [
      pendingCriterion('diagnosis.noContent', MAX.problems + MAX.levers + MAX.memo, {
        key: 'criteria.noContent',
        params: {},
      }),
    ];
  const team = readAnswers(answers);
  const known = new Set(content.problems.map((problem) => problem.id));
  const real = content.problems.filter((problem) => problem.real);
  const sets = compareSets(
    team.problems.filter((id) => known.has(id)),
    real.map((problem) => problem.id),
  );
  const problemsEvidence: Evidence[] = [
    ...sets.falseNegatives.map((ref): Evidence => ({ ref: `problem:${ref}`, verdict: 'missing' })),
    ...sets.falsePositives.map((ref): Evidence => ({ ref: `problem:${ref}`, verdict: 'extra' })),
  ];

  const leverEvidence: Evidence[] = [];
  let matched = 0;
  for (const problem of real) {
    const chosen = team.levers[problem.id];
    if (chosen !== undefined && problem.levers.includes(chosen) && team.problems.includes(problem.id)) matched += 1;
    else
      leverEvidence.push({
        ref: `problem:${problem.id}`,
        verdict: chosen === undefined || !team.problems.includes(problem.id) ? 'missing' : 'wrong',
      });
  }

  const shortParts = content.memoParts.filter((part) => textLength(team.memo[part.id] ?? '') < part.minChars);
  return [
    scoredCriterion({
      id: 'diagnosis.problems',
      max: MAX.problems,
      ratio: sets.f1,
      explanation: {
        key: 'criteria.diagnosis.problems',
        params: { found: sets.truePositives.length, real: real.length, distractors: sets.falsePositives.length },
      },
      evidence: problemsEvidence,
    }),
    scoredCriterion({
      id: 'diagnosis.levers',
      max: MAX.levers,
      ratio: real.length === 0 ? 1 : matched / real.length,
      explanation: { key: 'criteria.diagnosis.levers', params: { matched, real: real.length } },
      evidence: leverEvidence,
    }),
    scoredCriterion({
      id: 'diagnosis.memo',
      max: MAX.memo,
      ratio: (content.memoParts.length - shortParts.length) / content.memoParts.length,
      explanation: {
        key: 'criteria.diagnosis.memo',
        params: { complete: content.memoParts.length - shortParts.length, parts: content.memoParts.length },
      },
      evidence: shortParts.map((part): Evidence => ({ ref: `memo:${part.id}`, verdict: 'missing' })),
    }),
    pendingCriterion('diagnosis.memoQuality', MAX.memoQuality, { key: 'criteria.diagnosis.memoQuality', params: {} }),
  ];
}

/** 'problem:<id>' is the statement as the team saw it; 'memo:<id>' the memo part's label. */
export function describeEvidence(content: Content, ref: string): LocalizedText | undefined {
  const [kind, id] = ref.split(':');
  if (kind === 'problem') return content.problems.find((problem) => problem.id === id)?.text;
  if (kind === 'memo') return content.memoParts.find((part) => part.id === id)?.label;
  return undefined;
}
