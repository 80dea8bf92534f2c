export { createDatabase, db, DATABASE_NAME, type ScenarioFileRow, type SettingRow, type SimulatorDatabase } from './db';
export { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
export { DEFAULT_LANGUAGE, loadLanguage, saveLanguage, UI_LANGUAGES, type UiLanguage } from './settings';
export { addScenarioFile, listScenarioFiles, removeScenarioFile, type AddScenarioResult } from './scenario-files';
export {
  addStudents,
  listClasses,
  loadClassBundle,
  removeStudent,
  saveClass,
  saveRoleAssignment,
  saveTeams,
  type ClassBundle,
} from './classes';
export { appendAction, appendImportedActions, rulesFor, teamActions, updateAnswer } from './action-log';
export type { ActionRow, AdjustmentRow, OverrideRow, RoleAssignmentRow, StudentRow, TeamRow } from './db';
export { addAdjustment, removeAdjustment, removeOverride, saveOverride } from './grading';
export { checkPin, clearPin, hasPin, recoverWithCode, setPin } from './pin';
export { exportBackup, restoreBackup } from './backup';
export { installClassPack } from './class-pack';
export { groupManualScores, removePeerScore, savePeerScore, saveRubricScore } from './manual-scores';
export type { PeerScoreRow, RubricScoreRow } from './db';
