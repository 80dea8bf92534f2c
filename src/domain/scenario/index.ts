export { parseScenario, validateScenario, type ScenarioResult } from './parse';
export { formatPath, type ScenarioProblem } from './problems';
export { CURRENT_SCHEMA_VERSION, scenarioSchema, type Scenario, type ScenarioSlot } from './schema';
export { localizedTextSchema, pick, LANGUAGES, type Language, type LocalizedText } from './text';
export { scenarioJsonSchema } from './json-schema';
