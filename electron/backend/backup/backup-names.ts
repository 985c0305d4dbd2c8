/** How backup files are named: the time first (so names sort by age), then the kind. */
import type { BackupKind, IsoDateTime } from '../../../shared/domain';

/** The folder inside the data folder that holds every backup. */
export const BACKUPS_FOLDER = 'backups';

export const BACKUP_KINDS: readonly BackupKind[] = [
  'automatic',
  'manual',
  'before-restore',
  'before-import',
  'before-migration',
];

const NAME_PATTERN = new RegExp(
  `^studypath-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2}\\.\\d{3})Z-(${BACKUP_KINDS.join('|')})(?:-(\\d+))?\\.sqlite$`,
);

/** An ISO instant in UTC with the colons (not allowed in Windows file names) turned into dashes. */
export function fileTimestamp(at: Date): string {
  return at.toISOString().replace(/:/g, '-');
}

/** e.g. `studypath-2026-03-02T09-00-00.000Z-automatic.sqlite`; `attempt` tells apart two made in the same millisecond. */
export function backupFileName(kind: BackupKind, at: Date, attempt = 1): string {
  return `studypath-${fileTimestamp(at)}-${kind}${attempt > 1 ? `-${attempt}` : ''}.sqlite`;
}

export interface ParsedBackupName {
  kind: BackupKind;
  createdAt: IsoDateTime;
}

/** A restore's working copy of a backup; deleted when the restore ends. */
export function scratchFileName(id: string): string {
  return `restore-${id}.tmp`;
}

const LEFTOVER_PATTERN =
  /^(?:studypath-.+\.sqlite\.partial|restore-[0-9a-f-]{36}\.tmp(?:-wal|-shm|-journal)?)$/;

/**
 * A half-written backup (`.partial`) or a restore's working copy: files that only outlive the
 * step that made them when StudyPath was stopped in the middle of it.
 */
export function isLeftoverFileName(fileName: string): boolean {
  return LEFTOVER_PATTERN.test(fileName);
}

/** Null for any file StudyPath did not write as a backup. */
export function parseBackupFileName(fileName: string): ParsedBackupName | null {
  const match = NAME_PATTERN.exec(fileName);
  if (match === null) return null;
  const [, day, hours, minutes, seconds, kind] = match;
  const createdAt = `${day}T${hours}:${minutes}:${seconds}Z`;
  const time = Date.parse(createdAt);
  if (Number.isNaN(time) || new Date(time).toISOString() !== createdAt) return null;
  return { kind: kind as BackupKind, createdAt };
}
