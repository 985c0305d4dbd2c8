import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo } from '../../shared/domain';
import { BACKUP_CHECK_INTERVAL_MS, createBackend, DATABASE_FILE_NAME } from '../../electron/backend/backend';
import { fakeTimerClock } from '../helpers/clock';
import { recordingNotifier } from '../helpers/notifier';
import { expectOk } from '../helpers/service';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

function start(dataDir: string, onAutomaticBackup?: (backup: BackupInfo) => void) {
  return createBackend({
    dataDir,
    contentDir: join(dataDir, 'no-content'),
    clock: fakeTimerClock,
    notifier: recordingNotifier(),
    onAutomaticBackup,
  });
}

describe('automatic backups while the app runs', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date(2026, 2, 2, 9, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('takes one at start, then one a day from the hourly check, and stops on close', () => {
    const dataDir = tempDir();
    const announced: BackupInfo[] = [];
    const backend = start(dataDir, (backup) => void announced.push(backup));
    const automatic = () => expectOk(backend.service.listBackups({})).filter((b) => b.kind === 'automatic');
    expect(automatic()).toHaveLength(1);

    vi.advanceTimersByTime(23 * BACKUP_CHECK_INTERVAL_MS);
    expect(automatic()).toHaveLength(1);
    vi.advanceTimersByTime(BACKUP_CHECK_INTERVAL_MS);
    expect(automatic().map((b) => b.createdAt)).toEqual([
      new Date(2026, 2, 3, 9, 0).toISOString(),
      new Date(2026, 2, 2, 9, 0).toISOString(),
    ]);
    // Each one is announced, so an open Backups screen lists it without being reopened.
    expect(announced).toEqual([...automatic()].reverse());

    backend.close();
    vi.advanceTimersByTime(48 * BACKUP_CHECK_INTERVAL_MS);
    expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(2);
  });

  it('does not take another at a restart the same day', () => {
    const dataDir = tempDir();
    start(dataDir).close();
    vi.advanceTimersByTime(2 * BACKUP_CHECK_INTERVAL_MS);
    const again = start(dataDir);
    expect(expectOk(again.service.listBackups({}))).toHaveLength(1);
    again.close();
  });

  it('restores the newest backup at start when the database was damaged', () => {
    const dataDir = tempDir();
    const first = start(dataDir);
    const backup = expectOk(first.service.backupNow({}));
    first.close();
    writeFileSync(join(dataDir, DATABASE_FILE_NAME), Buffer.alloc(8192, 0x42));
    vi.advanceTimersByTime(BACKUP_CHECK_INTERVAL_MS);

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const second = start(dataDir);
    warn.mockRestore();
    const notice = expectOk(second.service.getStartupNotice({}));
    expect(notice).toMatchObject({ kind: 'recovered', restoredFrom: { fileName: backup.fileName } });
    expect(second.startupNotice).toEqual(notice);
    second.close();
  });
});
