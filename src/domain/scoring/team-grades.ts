import { deriveTeamSeed } from '../random';
import type { Scenario } from '../scenario/schema';
import type { Action } from '../session/actions';
import type { ClassSession } from '../session/class';
import { classRules } from '../session/rules';
import { replay } from '../session/replay';
import type { SubprojectDefinition } from '../subprojects/define';
import { SUBPROJECTS } from '../subprojects/registry';
import { pendingCriterion, type Criterion } from './criterion';
import { scoreAttempt, subprojectGrade, type ScoreOverride, type SubprojectGrade } from './grades';
import type { ManualScores } from './manual';

/** Points a sub-project without its own scorer reserves for the instructor's grade. */
const MANUAL_POINTS = 10;

/** Sub-projects whose scorer is not built yet are graded by the instructor: one pending criterion. */
function withManualFallback(definition: SubprojectDefinition): SubprojectDefinition {
  if (definition.score) return definition;
  const pending: readonly Criterion[] = [
    pendingCriterion('manual.grade', MANUAL_POINTS, { key: 'criteria.manual.pending', params: {} }),
  ];
  return { ...definition, score: () => pending };
}

export interface TeamGradeInput {
  readonly scenario: Pick<Scenario, 'id' | 'subprojects'>;
  readonly classSession: ClassSession;
  readonly teamId: string;
  /** The team's whole action log, in order. */
  readonly actions: readonly Action[];
  readonly overrides?: Readonly<Record<string, ScoreOverride>>;
  /** Rubric and peer scores by sub-project id. */
  readonly manualScores?: Readonly<Record<string, ManualScores>>;
  /** The sub-project registry; tests pass their own. */
  readonly registry?: readonly SubprojectDefinition[];
}

/**
 * A team's grade for every sub-project of the class, recomputed from its
 * action log: replay → final attempts → scorer + process credit → weight, late
 * penalty, best/last policy → instructor override. The app, the import of
 * submissions and the command-line re-score all call this one function.
 */
export function gradeTeam(input: TeamGradeInput): SubprojectGrade[] {
  const registry = input.registry ?? (SUBPROJECTS as unknown as readonly SubprojectDefinition[]);
  const { classSession } = input;
  const definitionOf = (id: string) => registry.find((definition) => definition.id === id);
  const { work } = replay(input.actions, classRules(classSession, registry));
  const teamSeed = deriveTeamSeed(input.scenario.id, classSession.seed, input.teamId);
  return classSession.subprojects.map((entry) => {
    const definition = definitionOf(entry.id);
    const attempts = (work[entry.id]?.attempts ?? []).filter((attempt) => attempt.final);
    const rules = {
      weight: entry.weight,
      latePenaltyPercent: classSession.latePenaltyPercent,
      resubmission: classSession.resubmission,
      ...(entry.deadline !== undefined && { deadline: entry.deadline }),
      ...(input.manualScores?.[entry.id] && { manual: input.manualScores[entry.id] }),
    };
    const content = input.scenario.subprojects.find((slot) => slot.id === entry.id)?.content;
    const scored = definition
      ? attempts.map((attempt) => scoreAttempt(withManualFallback(definition), content, teamSeed, attempt, rules))
      : [];
    return subprojectGrade(entry.id, entry.weight, scored, classSession.resubmission, input.overrides?.[entry.id]);
  });
}
