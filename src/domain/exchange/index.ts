export { canonicalJson, checksumOf } from './canonical';
export { openEnvelope, seal, FORMAT_PREFIX, type EnvelopeRefusal } from './envelope';
export { checkClassPack, createClassPack, classPackSchema, type ClassPack, type ClassPackCheck } from './class-pack';
export {
  checkSubmission,
  createSubmission,
  submissionSchema,
  type SubmissionCheck,
  type SubmissionFile,
} from './submission';
export { compareVersions } from './versions';
export { checkBackup, createBackup, backupSchema, type BackupCheck, type BackupFile } from './backup';
