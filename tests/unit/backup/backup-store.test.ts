import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_KINDS,
  backupFileName,
  parseBackupFileName,
} from '../../../electron/backend/backup/backup-names';
import { latestSchemaVersion, openDatabase } from '../../../electron/backend/db';
import { initialSchema } from '../../../electron/backend/db/migrations/0010-initial';
import { createSamplePlan, expectOk, snapshotData } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { backupHarness, readOnly } from './backup-harness';

const tempDir = useTempDir();

function searchTitles(db: BetterSqlite3.Database, query: string): string[] {
  return db
    .prepare<[string], { title: string }>(
      'SELECT title FROM library_search WHERE library_search MATCH ? ORDER BY rowid',
    )
    .all(query)
    .map((row) => row.title);
}

describe('backup file names', () => {
  it('say when and why a backup was made, and sort by time', () => {
    const at = new Date(Date.UTC(2026, 2, 2, 9, 5, 7, 123));
    expect(backupFileName('automatic', at)).toBe('studypath-2026-03-02T09-05-07.123Z-automatic.sqlite');
    expect(backupFileName('before-import', at, 2)).toBe(
      'studypath-2026-03-02T09-05-07.123Z-before-import-2.sqlite',
    );
    for (const kind of BACKUP_KINDS) {
      expect(parseBackupFileName(backupFileName(kind, at))).toEqual({ kind, createdAt: at.toISOString() });
    }
    const times = [Date.UTC(2027, 0, 1), Date.UTC(2026, 11, 31, 23, 59), Date.UTC(2026, 0, 9, 10)];
    const names = times.map((time, index) => backupFileName(BACKUP_KINDS[index] ?? 'manual', new Date(time)));
    expect([...names].sort()).toEqual([names[2], names[1], names[0]]);
  });

  it('are the only files the backups folder lists', () => {
    for (const name of [
      'studypath.sqlite',
      'notes.txt',
      'studypath-2026-03-02T09-05-07.123Z-manual.sqlite.partial',
      'studypath-2026-02-30T09-05-07.123Z-manual.sqlite',
      'studypath-2026-03-02T09-05-07.123Z-weekly.sqlite',
    ]) {
      expect(parseBackupFileName(name)).toBeNull();
    }
    const { store, backupsDir } = backupHarness(tempDir());
    mkdirSync(backupsDir, { recursive: true });
    writeFileSync(join(backupsDir, 'notes.txt'), 'mine');
    mkdirSync(join(backupsDir, 'studypath-2026-03-01T09-00-00.000Z-manual.sqlite'));
    const made = expectOk(store.create('manual'));
    expect(store.list()).toEqual([made]);
  });
});

describe('starting after a backup or restore was cut short', () => {
  it('removes the half-written backup and the restore copy, and nothing else', () => {
    const dataDir = tempDir();
    const backupsDir = join(dataDir, 'backups');
    mkdirSync(backupsDir, { recursive: true });
    const earlier = backupHarness(dataDir);
    const kept = expectOk(earlier.store.create('manual'));
    earlier.db.close();
    const leftovers = [
      'studypath-2026-03-02T09-05-07.123Z-automatic.sqlite.partial',
      'restore-0f8fad5b-d9cb-469f-a165-70867728950e.tmp',
      'restore-0f8fad5b-d9cb-469f-a165-70867728950e.tmp-journal',
    ];
    const others = ['notes.txt', 'restore-notes.tmp', 'my.sqlite.partial'];
    for (const name of [...leftovers, ...others]) writeFileSync(join(backupsDir, name), 'x');

    const { store } = backupHarness(dataDir);

    expect(readdirSync(backupsDir).sort()).toEqual([kept.fileName, ...others].sort());
    expect(store.list()).toEqual([kept]);
  });
});

describe('making a backup', () => {
  it('writes a checked SQLite copy that includes changes still in the write-ahead log', () => {
    const { service, store, databaseFile, backupsDir } = backupHarness(tempDir());
    const plan = createSamplePlan(service);
    expectOk(service.setItemStatus({ itemId: plan.items[0]?.id ?? 0, status: 'done' }));
    // The plan lives only in the WAL so far: a copy of the main file would miss it.
    expect(statSync(`${databaseFile}-wal`).size).toBeGreaterThan(0);

    const backup = expectOk(service.backupNow({}));
    expect(backup).toMatchObject({ kind: 'manual', createdAt: new Date(2026, 2, 2, 9, 0).toISOString() });
    const file = join(backupsDir, backup.fileName);
    expect(backup.sizeBytes).toBe(statSync(file).size);
    readOnly(file, (copy) => {
      expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
      expect(copy.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(copy.prepare('SELECT name FROM plans').pluck().all()).toEqual(['My plan']);
      expect(copy.prepare("SELECT count(*) FROM plan_items WHERE status = 'done'").pluck().get()).toBe(1);
    });
    expect(store.list()).toEqual([backup]);
    expect(readdirSync(backupsDir)).toEqual([backup.fileName]);
  });

  it('keeps two backups made in the same millisecond apart', () => {
    const { store } = backupHarness(tempDir());
    const first = expectOk(store.create('manual'));
    const second = expectOk(store.create('manual'));
    expect(second.fileName).not.toBe(first.fileName);
    expect(
      store
        .list()
        .map((b) => b.fileName)
        .sort(),
    ).toEqual([first.fileName, second.fileName].sort());
  });

  it('is refused, not half-made, in the middle of a transaction', () => {
    const { store, db, backupsDir } = backupHarness(tempDir());
    const result = db.transaction(() => store.create('manual'))();
    expect(result.ok).toBe(false);
    expect(existsSync(backupsDir) ? readdirSync(backupsDir) : []).toEqual([]);
  });
});

describe('restoring a backup', () => {
  it('brings back the data of that moment and the app keeps working on the same connection', () => {
    const { service, store, db, backupsDir } = backupHarness(tempDir());
    const plan = createSamplePlan(service);
    const [first, second] = plan.items;
    if (first === undefined || second === undefined) throw new Error('sample plan too small');
    expectOk(service.setItemStatus({ itemId: first.id, status: 'done' }));
    expectOk(
      service.updateItem({ itemId: first.id, notes: 'Passed it', reminderAt: '2026-03-09T08:00:00.000Z' }),
    );
    db.prepare(
      "INSERT INTO library_search (path_id, item_key, title, body) VALUES ('test-role', NULL, 'Kubernetes', 'clusters')",
    ).run();
    const backup = expectOk(service.backupNow({}));
    const atBackup = snapshotData(db);

    expectOk(service.setItemStatus({ itemId: first.id, status: 'todo' }));
    expectOk(service.addCustomItem({ planId: plan.id, title: 'Added later' }));
    expectOk(service.deleteItem({ itemId: second.id }));
    db.prepare(
      "INSERT INTO library_search (path_id, item_key, title, body) VALUES ('test-role', NULL, 'Terraform', 'later')",
    ).run();
    const beforeRestore = snapshotData(db);

    const outcome = expectOk(service.restoreBackup({ fileName: backup.fileName }));
    expect(outcome.restoredFrom).toEqual(backup);
    expect(outcome.safetyBackup.kind).toBe('before-restore');
    expect(snapshotData(db)).toEqual(atBackup);
    const restored = expectOk(service.getPlan({ planId: plan.id }));
    expect(restored.items.find((item) => item.id === first.id)).toMatchObject({
      status: 'done',
      notes: 'Passed it',
      reminderAt: '2026-03-09T08:00:00.000Z',
    });
    expect(restored.items.map((item) => item.title)).not.toContain('Added later');
    expect(searchTitles(db, 'kubernetes')).toEqual(['Kubernetes']);
    expect(searchTitles(db, 'terraform')).toEqual([]);

    // The safety backup holds the state just before, so the restore can itself be undone.
    readOnly(join(backupsDir, outcome.safetyBackup.fileName), (copy) => {
      expect(snapshotData(copy)).toEqual(beforeRestore);
    });
    expect(
      store
        .list()
        .map((b) => b.kind)
        .sort(),
    ).toEqual(['before-restore', 'manual']);
    expect(readdirSync(backupsDir).sort()).toEqual([backup.fileName, outcome.safetyBackup.fileName].sort());

    expectOk(service.setItemStatus({ itemId: second.id, status: 'in-progress' }));
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
  });

  it('upgrades a backup from an older StudyPath on the way in', () => {
    const { service, db, backupsDir } = backupHarness(tempDir());
    const old = openDatabase(join(tempDir(), 'old.sqlite'), { migrations: [initialSchema] });
    old.exec(`INSERT INTO plans (id, name, path_id, path_title, start_date, target_date, created_at)
              VALUES (7, 'From version 10', 'p', 'P', '2025-01-01', '2025-06-01', '2025-01-01T00:00:00.000Z')`);
    const fileName = backupFileName('automatic', new Date(Date.UTC(2025, 0, 2)));
    mkdirSync(backupsDir, { recursive: true });
    old.prepare('VACUUM INTO ?').run(join(backupsDir, fileName));
    old.close();

    expectOk(service.restoreBackup({ fileName }));
    expect(db.prepare('SELECT name FROM plans').pluck().all()).toEqual(['From version 10']);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(readdirSync(backupsDir).filter((name) => !parseBackupFileName(name))).toEqual([]);
    expect(readFileSync(join(backupsDir, fileName)).subarray(0, 16).toString('latin1')).toBe(
      'SQLite format 3\0',
    );
  });

  it('changes nothing when the backup is damaged', () => {
    const { service, store, db, backupsDir } = backupHarness(tempDir());
    createSamplePlan(service);
    const backup = expectOk(service.backupNow({}));
    const file = join(backupsDir, backup.fileName);
    const bytes = readFileSync(file);
    bytes.fill(0xff, 100, bytes.length);
    writeFileSync(file, bytes);
    const before = snapshotData(db);

    const result = service.restoreBackup({ fileName: backup.fileName });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(snapshotData(db)).toEqual(before);
    expect(store.list()).toEqual([backup]);
    expect(readdirSync(backupsDir)).toEqual([backup.fileName]);
  });

  it('changes nothing when writing the restored rows fails part-way', () => {
    const { service, store, db, backupsDir } = backupHarness(tempDir());
    const plan = createSamplePlan(service);
    const backup = expectOk(service.backupNow({}));
    expectOk(service.setItemStatus({ itemId: plan.items[0]?.id ?? 0, status: 'done' }));
    db.exec(`CREATE TRIGGER refuse_restore BEFORE INSERT ON plan_items WHEN NEW.position = 1
             BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END`);
    const before = snapshotData(db);

    const result = service.restoreBackup({ fileName: backup.fileName });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'storage-failed', message: /nothing was changed/ },
    });
    expect(snapshotData(db)).toEqual(before);
    expect(store.list()).toEqual([backup]);
    expect(readdirSync(backupsDir)).toEqual([backup.fileName]);
    expect(db.prepare('SELECT name FROM pragma_database_list').pluck().all()).not.toContain('restored');
  });

  it('refuses a backup made by a newer StudyPath and changes nothing', () => {
    const { service, db, backupsDir } = backupHarness(tempDir());
    createSamplePlan(service);
    const backup = expectOk(service.backupNow({}));
    const newer = new BetterSqlite3(join(backupsDir, backup.fileName));
    newer.pragma(`user_version = ${latestSchemaVersion + 10}`);
    newer.close();
    const before = snapshotData(db);

    const result = service.restoreBackup({ fileName: backup.fileName });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: /newer version/ },
    });
    expect(snapshotData(db)).toEqual(before);
    expect(readdirSync(backupsDir)).toEqual([backup.fileName]);
  });

  it('only restores files from the backups folder', () => {
    const { service } = backupHarness(tempDir());
    expectOk(service.backupNow({}));
    for (const fileName of ['../studypath.sqlite', 'studypath.sqlite', '/etc/passwd']) {
      expect(service.restoreBackup({ fileName })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
    expect(service.restoreBackup({ fileName: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });
});
