/**
 * Which backups to keep. Automatic ones thin out with age: the newest of each of the last
 * days that have one, then the newest of each of the last ISO weeks that have one (the
 * keep-daily / keep-weekly rule of tools like restic). Backups made for a reason (by hand, or
 * before a restore, an import or an upgrade) are kept newest first, a fixed number per kind.
 */
import { format, getISOWeek, getISOWeekYear } from 'date-fns';
import type { BackupInfo } from '../../../shared/domain';

export interface RetentionPolicy {
  dailyAutomatic: number;
  weeklyAutomatic: number;
  perOtherKind: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { dailyAutomatic: 7, weeklyAutomatic: 4, perOtherKind: 10 };

function dayOf(backup: BackupInfo): string {
  return format(new Date(backup.createdAt), 'yyyy-MM-dd');
}

function isoWeekOf(backup: BackupInfo): string {
  const at = new Date(backup.createdAt);
  return `${getISOWeekYear(at)}-W${getISOWeek(at)}`;
}

/** Keeps the newest backup in each of the `count` most recent periods that have any. */
function newestPerPeriod(
  newestFirst: readonly BackupInfo[],
  periodOf: (b: BackupInfo) => string,
  count: number,
) {
  const seen = new Set<string>();
  const kept: BackupInfo[] = [];
  for (const backup of newestFirst) {
    const period = periodOf(backup);
    if (seen.has(period)) continue;
    if (seen.size >= count) break;
    seen.add(period);
    kept.push(backup);
  }
  return kept;
}

function newestFirst(backups: readonly BackupInfo[]): BackupInfo[] {
  return [...backups].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName),
  );
}

/** The backups the policy no longer keeps; days and weeks are the person's local ones. */
export function backupsToPrune(
  backups: readonly BackupInfo[],
  policy: RetentionPolicy = DEFAULT_RETENTION,
): BackupInfo[] {
  const sorted = newestFirst(backups);
  const automatic = sorted.filter((backup) => backup.kind === 'automatic');
  const keep = new Set<string>([
    ...newestPerPeriod(automatic, dayOf, policy.dailyAutomatic).map((b) => b.fileName),
    ...newestPerPeriod(automatic, isoWeekOf, policy.weeklyAutomatic).map((b) => b.fileName),
  ]);
  const otherKinds = new Set(sorted.filter((b) => b.kind !== 'automatic').map((b) => b.kind));
  for (const kind of otherKinds) {
    sorted
      .filter((backup) => backup.kind === kind)
      .slice(0, policy.perOtherKind)
      .forEach((backup) => keep.add(backup.fileName));
  }
  return sorted.filter((backup) => !keep.has(backup.fileName));
}
