import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Scenario } from '../../domain/scenario';
import type { ScoreOverride, SubprojectGrade } from '../../domain/scoring/grades';
import { gradeTeam } from '../../domain/scoring/team-grades';
import type { Action } from '../../domain/session/actions';
import type { ClassScheduleEntry } from '../../domain/session/class';
import type { SubprojectStatus } from '../../domain/session/lifecycle';
import { replay, subprojectStatus, type ActionRules, type TeamWork } from '../../domain/session/replay';
import { db, groupManualScores, loadClassBundle, rulesFor, type ClassBundle } from '../../storage';
import { useScenarioCatalog } from '../scenario-library/useScenarioCatalog';

export interface ClassData {
  readonly bundle: ClassBundle;
  readonly scenario: Scenario | undefined;
  readonly actionsByTeam: ReadonlyMap<string, readonly Action[]>;
  /** Each team's log replayed once, for every screen that shows status or answers. */
  readonly workByTeam: ReadonlyMap<string, TeamWork>;
  /** The class's lifecycle rules (gates per sub-project, resubmission, what is open). */
  readonly rules: ActionRules;
  readonly gradesByTeam: ReadonlyMap<string, readonly SubprojectGrade[]>;
}

/**
 * A class as every classroom screen needs it, live from IndexedDB: the bundle,
 * its scenario, each team's log, and each team's grades recomputed from the log
 * (scores are never stored, so they can never disagree with the work).
 */
export function useClassData(classId: string): { loading: boolean; data: ClassData | undefined } {
  const bundle = useLiveQuery(() => loadClassBundle(db, classId), [classId], null);
  const actions = useLiveQuery(() => db.actions.where('classId').equals(classId).sortBy('seq'), [classId]);
  const catalog = useScenarioCatalog();

  const data = useMemo<ClassData | undefined>(() => {
    if (!bundle || !actions) return undefined;
    const scenario = catalog.items.find(
      (item) => item.state === 'valid' && item.scenario.id === bundle.classSession.scenarioId,
    );
    const validScenario = scenario?.state === 'valid' ? scenario.scenario : undefined;
    const actionsByTeam = new Map<string, Action[]>();
    for (const { seq: _seq, ...action } of actions) {
      actionsByTeam.set(action.teamId, [...(actionsByTeam.get(action.teamId) ?? []), action as Action]);
    }
    const rules = rulesFor(bundle.classSession);
    const workByTeam = new Map(
      bundle.teams.map((team) => [team.id, replay(actionsByTeam.get(team.id) ?? [], rules).work]),
    );
    const gradesByTeam = new Map<string, SubprojectGrade[]>();
    if (validScenario) {
      const manual = groupManualScores(bundle.rubricScores, bundle.peerScores);
      for (const team of bundle.teams) {
        const overrides: Record<string, ScoreOverride> = {};
        for (const row of bundle.overrides.filter((override) => override.teamId === team.id))
          overrides[row.subprojectId] = row;
        gradesByTeam.set(
          team.id,
          gradeTeam({
            scenario: validScenario,
            classSession: bundle.classSession,
            teamId: team.id,
            actions: actionsByTeam.get(team.id) ?? [],
            overrides,
            manualScores: manual.get(team.id) ?? {},
          }),
        );
      }
    }
    return { bundle, scenario: validScenario, actionsByTeam, workByTeam, rules, gradesByTeam };
  }, [bundle, actions, catalog.items]);

  return { loading: bundle === null || actions === undefined || catalog.loading, data };
}

/** A team's status in one sub-project of the class, from the replayed log and the schedule. */
export function statusIn(data: ClassData, teamId: string, entry: ClassScheduleEntry): SubprojectStatus {
  return subprojectStatus(data.workByTeam.get(teamId)?.[entry.id], entry.open, data.rules.gatesOf(entry.id));
}
