import { migrateScenario } from './migrations';
import { problemFromJsonError, problemsFromZod, type ScenarioProblem } from './problems';
import { CURRENT_SCHEMA_VERSION, scenarioSchema, type Scenario } from './schema';

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

/**
 * Validates an already-parsed JSON value as a scenario, after migrating older
 * formats. Never throws and never stops at the first problem.
 * @example validateScenario(JSON.parse(text)).ok
 */
export function validateScenario(raw: unknown): ScenarioResult {
  const migrated = migrateScenario(raw);
  if (!migrated.ok) {
    const message =
      migrated.code === 'scenario.newerVersion'
        ? `schemaVersion ${migrated.found} is newer than this app understands (${CURRENT_SCHEMA_VERSION}); update the app`
        : `no migration from schemaVersion ${migrated.found}`;
    return { ok: false, problems: [{ path: 'schemaVersion', message }] };
  }
  const parsed = scenarioSchema.safeParse(migrated.value);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return { ok: false, problems: problemsFromZod(parsed.error.issues) };
}

/** Parses and validates the text of a scenario file. */
export function parseScenario(source: string): ScenarioResult {
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    return { ok: false, problems: [problemFromJsonError(source, error)] };
  }
  return validateScenario(raw);
}
