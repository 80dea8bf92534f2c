export { createDatabase, db, DATABASE_NAME, type ScenarioFileRow, type SettingRow, type SimulatorDatabase } from './db';
export { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
export { DEFAULT_LANGUAGE, loadLanguage, saveLanguage, UI_LANGUAGES, type UiLanguage } from './settings';
export { addScenarioFile, listScenarioFiles, removeScenarioFile, type AddScenarioResult } from './scenario-files';
