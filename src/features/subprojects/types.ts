import type { ScoredAttempt } from '../../domain/scoring/grades';
import type { JsonValue } from '../../domain/session/actions';
import type { Answers } from '../../domain/session/replay';

/** What every sub-project workspace receives: one shape for all twelve. */
export interface WorkspaceProps<Content> {
  readonly content: Content | undefined;
  /** The answers as stored (the replayed log). */
  readonly answers: Answers;
  /** False once submitted, when closed, or in the instructor's read-only view. */
  readonly editable: boolean;
  /**
   * Saves one answer field at once, as a log record under the member and role.
   * `next` gets the latest stored value, so quick successive changes never overwrite each other.
   */
  readonly save: (field: string, next: (previous: JsonValue | null) => JsonValue | null) => Promise<void>;
  /** The team's seed: ★ sub-projects generate the team's data from it. */
  readonly teamSeed: string;
  /** The counting attempt once scored, for feedback beside the answers. */
  readonly result?: ScoredAttempt;
}
