import type { z } from 'zod';
import type { Role } from '../roles';
import type { LocalizedText } from '../scenario/text';
import type { Criterion } from '../scoring/criterion';
import type { SubprojectGates } from '../session/lifecycle';
import type { Answers, Attempt } from '../session/replay';

/**
 * The seven projects that group the twelve sub-projects along the CRM process
 * (了解 → 建立关系 → 互动 → 连接; identify → differentiate → interact → retain).
 */
export const PROJECT_GROUPS = [
  'understand-crm', // 认识CRM
  'identify', // 识别客户
  'differentiate', // 区分客户
  'develop-interact', // 开发与互动
  'satisfy-serve', // 满意与服务
  'retain', // 保持与忠诚
  'implement-review', // 实施与评估
] as const;
export type ProjectGroup = (typeof PROJECT_GROUPS)[number];

/**
 * What the code knows about one sub-project. A scenario file repeats the
 * visible parts (name, group, lead roles, points) so an instructor can rename
 * or re-weight them, and supplies `content` that this definition's schema checks.
 */
export interface SubprojectDefinition<Id extends string = string, Content = unknown> {
  readonly id: Id;
  /** 1–12, the order in the course. */
  readonly number: number;
  readonly group: ProjectGroup;
  readonly leadRoles: readonly Role[];
  readonly defaultPoints: number;
  /** ★ sub-projects run on data generated per team from a seed. */
  readonly generated: boolean;
  /** Schema of this sub-project's `content` in a scenario file; owned by its folder. */
  readonly contentSchema: z.ZodType<Content>;
  /** Who submits and who approves; the manager submits when absent. */
  readonly gates?: SubprojectGates;
  /** Scores one attempt; absent until the sub-project's own issue builds it. */
  readonly score?: (input: ScoreInput<Content>) => readonly Criterion[];
  /**
   * The answers a perfect team would give, built from the key (for ★ sub-projects, from the team's
   * generated data). Proves that the key scores full automatic points, drives the benchmark, and
   * is never shown to students. Free text is filler of the required length: its quality is the instructor's.
   */
  readonly keyAnswers?: (content: Content, teamSeed: string) => Answers;
  /**
   * Names a piece of evidence (e.g. 'problem:used-car-fraud', 'lead:L07') in words the student knows
   * from the screen. ★ sub-projects regenerate the team's data from `teamSeed` to name a generated record.
   */
  readonly describeEvidence?: (content: Content, ref: string, teamSeed: string) => LocalizedText | undefined;
}

/** Everything a scorer may look at: the scenario's content, the team's seed and its answers. */
export interface ScoreInput<Content> {
  readonly content: Content | undefined;
  /** The team's seed (deriveTeamSeed), from which ★ sub-projects regenerate data and key. */
  readonly teamSeed: string;
  readonly answers: Answers;
  readonly attempt: Attempt;
}

/** Identity helper that keeps the literal id type. */
export function defineSubproject<Id extends string, Content>(
  definition: SubprojectDefinition<Id, Content>,
): SubprojectDefinition<Id, Content> {
  return definition;
}
