import { describe, expect, it, vi } from 'vitest';
import type { PlannerApi } from '../../../shared/contract';
import type { BackupInfo, StartupNotice } from '../../../shared/domain';
import { fail, ok } from '../../../shared/result';
import {
  backupKindInWords,
  createBackupsStore,
  formatBackupSize,
} from '../../../renderer/src/stores/backupsStore';
import { refreshTargetsFor } from '../../../renderer/src/stores/hostEvents';

type BackupsApi = Pick<PlannerApi, 'listBackups' | 'backupNow' | 'restoreBackup' | 'getStartupNotice'>;

const manual: BackupInfo = {
  fileName: 'studypath-2026-03-02T09-00-00.000Z-manual.sqlite',
  kind: 'manual',
  createdAt: '2026-03-02T09:00:00.000Z',
  sizeBytes: 245_760,
};
const safety: BackupInfo = {
  fileName: 'studypath-2026-03-02T10-00-00.000Z-before-restore.sqlite',
  kind: 'before-restore',
  createdAt: '2026-03-02T10:00:00.000Z',
  sizeBytes: 249_856,
};

function fakeApi(overrides: Partial<BackupsApi> = {}): BackupsApi {
  return {
    listBackups: async () => ok([manual]),
    backupNow: async () => ok(manual),
    restoreBackup: async () => ok({ restoredFrom: manual, safetyBackup: safety }),
    getStartupNotice: async () => ok(null),
    ...overrides,
  };
}

describe('the backups store', () => {
  it('lists the backups and names their kinds and sizes in words', async () => {
    const store = createBackupsStore(fakeApi(), vi.fn());
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'ready', backups: [manual] });
    expect(backupKindInWords('before-restore')).toBe('Before a restore');
    expect(backupKindInWords('automatic')).toBe('Automatic');
    expect(formatBackupSize(manual.sizeBytes)).toBe('240 KB');
    expect(formatBackupSize(3_500_000)).toBe('3.3 MB');
  });

  it('reports a backup made now and lists it', async () => {
    const notify = vi.fn();
    const listBackups = vi.fn(async () => ok([manual]));
    const store = createBackupsStore(fakeApi({ listBackups }), notify);
    await store.getState().backUpNow();
    expect(notify).toHaveBeenCalledWith('success', expect.stringMatching(/^Backed up your data/));
    expect(listBackups).toHaveBeenCalled();
    expect(store.getState().busy).toBeNull();
  });

  it('restores, says the state before was kept, and refreshes the list', async () => {
    const notify = vi.fn();
    const restoreBackup = vi.fn(async () => ok({ restoredFrom: manual, safetyBackup: safety }));
    const store = createBackupsStore(
      fakeApi({ restoreBackup, listBackups: async () => ok([safety, manual]) }),
      notify,
    );
    await store.getState().restore(manual);
    expect(restoreBackup).toHaveBeenCalledWith({ fileName: manual.fileName });
    expect(notify).toHaveBeenCalledWith('success', expect.stringContaining('kept as a backup'));
    expect(store.getState().backups).toEqual([safety, manual]);
  });

  it('shows a failed restore as an error and changes nothing on screen', async () => {
    const notify = vi.fn();
    const store = createBackupsStore(
      fakeApi({ restoreBackup: async () => fail('storage-failed', 'The backup is damaged.') }),
      notify,
    );
    await store.getState().load();
    await store.getState().restore(manual);
    expect(notify).toHaveBeenCalledWith('error', 'Nothing was restored: The backup is damaged.');
    expect(store.getState().backups).toEqual([manual]);
  });

  it('does not start a second action while one runs', async () => {
    let finish!: () => void;
    const backupNow = vi.fn(
      () => new Promise<ReturnType<typeof ok<BackupInfo>>>((resolve) => (finish = () => resolve(ok(manual)))),
    );
    const restoreBackup = vi.fn(async () => ok({ restoredFrom: manual, safetyBackup: safety }));
    const store = createBackupsStore(fakeApi({ backupNow, restoreBackup }), vi.fn());
    const first = store.getState().backUpNow();
    expect(store.getState().busy).toBe('backing-up');
    await store.getState().restore(manual);
    await store.getState().backUpNow();
    finish();
    await first;
    expect(backupNow).toHaveBeenCalledTimes(1);
    expect(restoreBackup).not.toHaveBeenCalled();
  });

  it('asks for the start-up notice once and keeps it dismissed', async () => {
    const notice: StartupNotice = {
      kind: 'recovered',
      message: 'Restored from the automatic backup of 1 March.',
      movedAsideTo: '/data/studypath.corrupt-x.sqlite',
      restoredFrom: manual,
    };
    const getStartupNotice = vi.fn(async () => ok(notice));
    const store = createBackupsStore(fakeApi({ getStartupNotice }), vi.fn());
    await store.getState().loadStartupNotice();
    expect(store.getState().startupNotice).toEqual(notice);
    store.getState().dismissStartupNotice();
    await store.getState().loadStartupNotice();
    expect(store.getState().startupNotice).toBeNull();
    expect(getStartupNotice).toHaveBeenCalledTimes(1);
  });

  it('is refreshed when the back end reports changed backups', () => {
    expect(refreshTargetsFor(['backups'])).toEqual(['backups']);
    expect(refreshTargetsFor(['paths', 'plans', 'items', 'reminders', 'backups'])).toContain('backups');
  });
});
