import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { backupsToPrune } from '../../../electron/backend/backup';
import type { BackupInfo, BackupKind } from '../../../shared/domain';
import { expectOk } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { backupHarness } from './backup-harness';

const tempDir = useTempDir();
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

function localDays(backups: readonly BackupInfo[]): string[] {
  return backups.map((backup) => format(new Date(backup.createdAt), 'yyyy-MM-dd')).sort();
}

function backupAt(kind: BackupKind, at: Date): BackupInfo {
  return { fileName: `${at.toISOString()}-${kind}`, kind, createdAt: at.toISOString(), sizeBytes: 1 };
}

describe('automatic backups over weeks of use', () => {
  it('keep the newest of each of the last 7 days and of each of the last 4 weeks', () => {
    // Monday 2 March 2026 to Sunday 19 April 2026: seven ISO weeks of daily use.
    const { store, clock } = backupHarness(tempDir(), new Date(2026, 2, 2, 9, 0));
    for (let day = 0; day < 49; day += 1) {
      clock.set(new Date(2026, 2, 2 + day, 9, 0));
      expect(expectOk(store.backUpIfDue())?.kind).toBe('automatic');
      // The hourly checks for the rest of the day find the day's backup already made.
      for (let hour = 1; hour <= 12; hour += 1) {
        clock.advance(HOUR);
        expect(expectOk(store.backUpIfDue())).toBeNull();
      }
    }
    expect(localDays(store.list())).toEqual([
      '2026-03-29',
      '2026-04-05',
      '2026-04-12',
      '2026-04-13',
      '2026-04-14',
      '2026-04-15',
      '2026-04-16',
      '2026-04-17',
      '2026-04-18',
      '2026-04-19',
    ]);
  });

  it('count days that have a backup, so a person who opens the app now and then keeps a week of them', () => {
    const { store, clock } = backupHarness(tempDir(), new Date(2026, 0, 5, 9, 0));
    for (let day = 0; day < 60; day += 5) {
      clock.set(new Date(2026, 0, 5 + day, 9, 0));
      expectOk(store.backUpIfDue());
    }
    // Days 25 to 55 are the 7 newest days with a backup; the 4 newest weeks fall inside them.
    expect(localDays(store.list())).toEqual([
      '2026-01-30',
      '2026-02-04',
      '2026-02-09',
      '2026-02-14',
      '2026-02-19',
      '2026-02-24',
      '2026-03-01',
    ]);
  });

  it('make another backup once the last one is a day old, not before', () => {
    const { store, clock } = backupHarness(tempDir(), new Date(2026, 2, 2, 9, 0));
    expectOk(store.backUpIfDue());
    clock.advance(DAY - HOUR);
    expect(expectOk(store.backUpIfDue())).toBeNull();
    clock.advance(HOUR);
    expect(expectOk(store.backUpIfDue())?.createdAt).toBe(new Date(2026, 2, 3, 9, 0).toISOString());
  });

  it('are not held back by manual backups', () => {
    const { store } = backupHarness(tempDir());
    expectOk(store.create('manual'));
    expect(expectOk(store.backUpIfDue())?.kind).toBe('automatic');
  });
});

describe('backups made for a reason', () => {
  it('keep the newest 10 of each kind, whatever the automatic ones do', () => {
    const { store, clock } = backupHarness(tempDir(), new Date(2026, 2, 2, 9, 0));
    for (let n = 0; n < 12; n += 1) {
      clock.advance(HOUR);
      expectOk(store.create('manual'));
    }
    for (let n = 0; n < 3; n += 1) {
      clock.advance(HOUR);
      expectOk(store.create('before-import'));
    }
    const kept = store.list();
    const manual = kept.filter((backup) => backup.kind === 'manual');
    expect(manual).toHaveLength(10);
    expect(manual.at(-1)?.createdAt).toBe(new Date(2026, 2, 2, 12, 0).toISOString());
    expect(kept.filter((backup) => backup.kind === 'before-import')).toHaveLength(3);
  });

  it('leave files that are not backups alone', () => {
    const { store, backupsDir } = backupHarness(tempDir());
    mkdirSync(backupsDir, { recursive: true });
    writeFileSync(join(backupsDir, 'my-copy.sqlite'), 'kept');
    for (let n = 0; n < 11; n += 1) expectOk(store.create('manual'));
    expect(readdirSync(backupsDir)).toContain('my-copy.sqlite');
  });
});

describe('the retention rule', () => {
  it('thins out a long history of automatic backups by local day and ISO week', () => {
    const history = Array.from({ length: 90 }, (_, day) =>
      backupAt('automatic', new Date(2026, 0, 1 + day, 20)),
    );
    const pruned = new Set(backupsToPrune(history).map((backup) => backup.fileName));
    const kept = history.filter((backup) => !pruned.has(backup.fileName));
    // Tuesday 31 March is the newest: its week and the three before it end on Sundays 15, 22 and 29 March.
    expect(localDays(kept)).toEqual([
      '2026-03-15',
      '2026-03-22',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
    ]);
  });

  it('keeps only the newest backup of a day', () => {
    const morning = backupAt('automatic', new Date(2026, 2, 2, 8));
    const evening = backupAt('automatic', new Date(2026, 2, 2, 18));
    expect(backupsToPrune([morning, evening])).toEqual([morning]);
  });
});
