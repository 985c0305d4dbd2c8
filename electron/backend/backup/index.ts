export { BACKUPS_FOLDER, backupFileName, parseBackupFileName } from './backup-names';
export { checkBackupFile, listBackupFiles, writeCheckedBackup } from './backup-files';
export { backupsToPrune, DEFAULT_RETENTION, type RetentionPolicy } from './retention';
export {
  AUTOMATIC_BACKUP_EVERY_MS,
  createBackupStore,
  type BackupLogger,
  type BackupStore,
  type BackupStoreOptions,
} from './backup-store';
