import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BackupPort } from '../../../electron/backend/service/context';
import { METHODS_WITHOUT_TRANSACTION } from '../../../electron/backend/service/guard';
import { createPlannerService } from '../../../electron/backend/service';
import type { StartupNotice } from '../../../shared/domain';
import { fakeClock } from '../../helpers/clock';
import { expectOk, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

const notice: StartupNotice = {
  kind: 'recovered',
  message: 'Restored from the automatic backup.',
  movedAsideTo: '/data/studypath.corrupt-2026-03-02T09-00-00.000Z.sqlite',
  restoredFrom: null,
};

function portThat(overrides: Partial<BackupPort>): BackupPort {
  return {
    list: () => [],
    create: () => {
      throw new Error('not expected');
    },
    restore: () => {
      throw new Error('not expected');
    },
    startupNotice: () => null,
    ...overrides,
  };
}

describe('the backup methods of the service', () => {
  it('answer with a clear error when the service has no backups', () => {
    const { service } = serviceHarness(tempDir());
    for (const result of [
      service.listBackups({}),
      service.backupNow({}),
      service.restoreBackup({ fileName: 'studypath-2026-03-02T09-00-00.000Z-manual.sqlite' }),
      service.getStartupNotice({}),
    ]) {
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'internal', message: /Backups are not available/ },
      });
    }
  });

  it('run outside a transaction, which SQLite needs for VACUUM INTO', () => {
    const { db } = serviceHarness(tempDir());
    const seen: boolean[] = [];
    const service = createPlannerService(db, {
      clock: fakeClock('2026-03-02T09:00:00Z'),
      backups: portThat({
        list: () => {
          seen.push(db.inTransaction);
          return [];
        },
        startupNotice: () => {
          seen.push(db.inTransaction);
          return notice;
        },
      }),
    });
    expect(expectOk(service.listBackups({}))).toEqual([]);
    expect(expectOk(service.getStartupNotice({}))).toEqual(notice);
    expect(seen).toEqual([false, false]);
    expect([...METHODS_WITHOUT_TRANSACTION].sort()).toEqual(
      ['backupNow', 'getStartupNotice', 'importData', 'listBackups', 'restoreBackup'].sort(),
    );
  });

  it('still validate their input and report storage failures as data', () => {
    const { db } = serviceHarness(tempDir());
    const logged: string[] = [];
    const service = createPlannerService(db, {
      clock: fakeClock('2026-03-02T09:00:00Z'),
      log: (message) => void logged.push(message),
      backups: portThat({
        create: () => {
          throw new BetterSqlite3.SqliteError('disk I/O error', 'SQLITE_IOERR');
        },
      }),
    });
    expect(service.restoreBackup({ fileName: 7 } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(service.backupNow({})).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(logged).toEqual(['StudyPath could not complete backupNow']);
  });
});
