/** Putting a backup's data back into the live database without closing its connection. */
import { randomUUID } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../db/database';
import { DatabaseOpenError } from '../db/errors';
import { latestSchemaVersion } from '../db/migrations';
import { openDatabase } from '../db/open';
import { checkBackupFile, errorReason, isStorageError } from './backup-files';
import { scratchFileName } from './backup-names';
import { replaceAllRows } from './copy-tables';

const ATTACHED_AS = 'restored';

function removeScratch(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/**
 * A scratch copy of the backup, opened with the normal migrations so an older backup is
 * brought up to the current schema; the backup file itself is never written to.
 */
export function prepareScratchCopy(backupsDir: string, backup: BackupInfo): Result<string> {
  const backupFile = join(backupsDir, backup.fileName);
  const check = checkBackupFile(backupFile);
  if (!check.ok) return fail('storage-failed', `That backup cannot be restored. ${check.error.message}`);
  if (check.value.schemaVersion > latestSchemaVersion) {
    return fail(
      'invalid-argument',
      'That backup was made by a newer version of StudyPath. Update StudyPath to restore it.',
    );
  }
  const scratch = join(backupsDir, scratchFileName(randomUUID()));
  try {
    copyFileSync(backupFile, scratch);
    const upgraded = openDatabase(scratch, { backUpBeforeMigration: false });
    // Back to a single file, so attaching it needs no WAL of its own.
    upgraded.pragma('journal_mode = DELETE');
    upgraded.close();
    return ok(scratch);
  } catch (error) {
    removeScratch(scratch);
    if (!(error instanceof DatabaseOpenError) && !isStorageError(error)) throw error;
    return fail('storage-failed', `That backup cannot be restored (${errorReason(error)}).`);
  }
}

/**
 * Replaces every row of `db` with the scratch copy's in one transaction: either all of the
 * backup's data is in place afterwards or none of it is. The scratch copy is deleted.
 */
export function replaceDataFrom(db: Database, scratch: string): Result<void> {
  let attached = false;
  try {
    db.prepare('ATTACH DATABASE ? AS ' + ATTACHED_AS).run(scratch);
    attached = true;
    replaceAllRows(db, ATTACHED_AS);
    return ok(undefined);
  } catch (error) {
    if (!isStorageError(error)) throw error;
    return fail(
      'storage-failed',
      `The backup could not be restored (${errorReason(error)}); nothing was changed.`,
    );
  } finally {
    if (attached) db.exec(`DETACH DATABASE ${ATTACHED_AS}`);
    removeScratch(scratch);
  }
}
