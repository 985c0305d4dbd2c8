import { existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeCheckedBackup } from '../../../electron/backend/backup';
import {
  DatabaseOpenError,
  latestSchemaVersion,
  openDatabase,
  openDatabaseWithRecovery,
  type Database,
} from '../../../electron/backend/db';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
const NOW = new Date(2026, 3, 20, 8, 30);

interface DataFolder {
  dir: string;
  file: string;
  backupsDir: string;
}

function addPlan(db: Database, name: string): void {
  db.prepare(
    `INSERT INTO plans (name, path_id, path_title, start_date, target_date, created_at)
     VALUES (?, 'p', 'P', '2026-01-01', '2026-02-01', '2026-01-01T00:00:00.000Z')`,
  ).run(name);
}

function planNames(db: Database): string[] {
  return db.prepare('SELECT name FROM plans ORDER BY id').pluck().all() as string[];
}

/**
 * A data folder whose database has "Backed up" in an automatic backup from 18 April 09:15
 * and "Too late" added after it; enough rows that damage lands on real pages.
 */
function dataFolder(backupTimes: Date[] = [new Date(2026, 3, 18, 9, 15)]): DataFolder {
  const dir = tempDir();
  const file = join(dir, 'studypath.sqlite');
  const backupsDir = join(dir, 'backups');
  const db = openDatabase(file);
  addPlan(db, 'Backed up');
  for (const at of backupTimes) {
    const written = writeCheckedBackup(db, backupsDir, 'automatic', at);
    if (!written.ok) throw new Error(written.error.message);
  }
  addPlan(db, 'Too late');
  const insert = db.prepare(
    `INSERT INTO plan_items (plan_id, kind, title, position) VALUES (1, 'custom', ?, ?)`,
  );
  for (let n = 0; n < 1500; n += 1) insert.run(`item ${n} ${'x'.repeat(100)}`, n);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { dir, file, backupsDir };
}

function recover(folder: DataFolder) {
  return openDatabaseWithRecovery(folder.file, { backupsDir: folder.backupsDir, now: NOW });
}

function damagePages(file: string): void {
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  bytes.fill(0xff, pageSize * 3, pageSize * 7);
  writeFileSync(file, bytes);
}

function expectRecoveredFromBackup(folder: DataFolder, damaged: Buffer): void {
  const { db, notice } = recover(folder);
  expect(planNames(db)).toEqual(['Backed up']);
  expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  addPlan(db, 'After recovery');
  db.close();

  expect(notice?.kind).toBe('recovered');
  expect(notice?.restoredFrom?.fileName).toBe(
    'studypath-' + new Date(2026, 3, 18, 9, 15).toISOString().replace(/:/g, '-') + '-automatic.sqlite',
  );
  expect(notice?.message).toContain('damaged');
  expect(notice?.message).toContain('18 April 2026 at 09:15');
  expect(notice?.message).toContain('changes made after that time are lost');
  const movedAsideTo = notice?.movedAsideTo ?? '';
  expect(movedAsideTo).toMatch(/[/\\]studypath\.corrupt-[0-9T.Z-]+\.sqlite$/);
  expect(notice?.message).toContain(movedAsideTo.split(/[/\\]/).at(-1));
  expect(readFileSync(movedAsideTo).equals(damaged)).toBe(true);
}

describe('opening a damaged database at start', () => {
  it('moves a file of garbage bytes aside and restores the newest backup', () => {
    const folder = dataFolder();
    const garbage = Buffer.alloc(16384, 0x5a);
    writeFileSync(folder.file, garbage);
    expectRecoveredFromBackup(folder, garbage);
  });

  it('recovers from a truncated file', () => {
    const folder = dataFolder();
    truncateSync(folder.file, Math.floor(statSync(folder.file).size / 3));
    expectRecoveredFromBackup(folder, readFileSync(folder.file));
  });

  it('recovers from a file that lost all its contents', () => {
    const folder = dataFolder();
    truncateSync(folder.file, 0);
    expectRecoveredFromBackup(folder, Buffer.alloc(0));
  });

  it('recovers from a file whose pages are corrupted, keeping its write-ahead log with it untouched', () => {
    const folder = dataFolder();
    // A crash leaves the last changes in the WAL: copy it while the connection is still open.
    const db = new BetterSqlite3(folder.file);
    db.pragma('wal_autocheckpoint = 0');
    addPlan(db, 'Only in the WAL');
    const wal = readFileSync(`${folder.file}-wal`);
    db.close();
    damagePages(folder.file);
    writeFileSync(`${folder.file}-wal`, wal);
    const damaged = readFileSync(folder.file);

    expectRecoveredFromBackup(folder, damaged);
    const aside = readdirSync(folder.dir).find((name) => /^studypath\.corrupt-.*\.sqlite$/.test(name)) ?? '';
    expect(readFileSync(join(folder.dir, `${aside}-wal`)).equals(wal)).toBe(true);
  });

  it('skips a damaged backup and restores the newest good one', () => {
    const folder = dataFolder([new Date(2026, 3, 18, 9, 15), new Date(2026, 3, 19, 9, 15)]);
    const newest = readdirSync(folder.backupsDir).sort().at(-1) ?? '';
    expect(newest).toContain('2026-04-19');
    writeFileSync(join(folder.backupsDir, newest), Buffer.alloc(4096, 0x33));
    const garbage = Buffer.alloc(8192, 0x5a);
    writeFileSync(folder.file, garbage);
    expectRecoveredFromBackup(folder, garbage);
  });

  it('starts an empty planner when there is no usable backup, and says so', () => {
    const dir = tempDir();
    const file = join(dir, 'studypath.sqlite');
    const garbage = Buffer.from('this is not a database '.repeat(400));
    writeFileSync(file, garbage);
    const { db, notice } = openDatabaseWithRecovery(file, { backupsDir: join(dir, 'backups'), now: NOW });
    expect(planNames(db)).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    db.close();
    expect(notice).toMatchObject({ kind: 'recovery-failed', restoredFrom: null });
    expect(notice?.message).toMatch(/no usable backup/);
    expect(notice?.message).toMatch(/empty planner/);
    expect(readFileSync(notice?.movedAsideTo ?? '').equals(garbage)).toBe(true);
  });

  it('opens a healthy database as it is, with no notice', () => {
    const folder = dataFolder();
    const { db, notice } = recover(folder);
    expect(notice).toBeNull();
    expect(planNames(db)).toEqual(['Backed up', 'Too late']);
    db.close();
    expect(readdirSync(folder.dir).filter((name) => name.includes('corrupt'))).toEqual([]);
  });

  it('refuses a database from a newer StudyPath and leaves it and its backups alone', () => {
    const folder = dataFolder();
    const newer = new BetterSqlite3(folder.file);
    newer.pragma(`user_version = ${latestSchemaVersion + 10}`);
    newer.close();
    const bytes = readFileSync(folder.file);
    const backups = readdirSync(folder.backupsDir);

    let failure: unknown;
    try {
      recover(folder).db.close();
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(DatabaseOpenError);
    expect((failure as DatabaseOpenError).failure).toBe('newer-version');
    expect(readFileSync(folder.file).equals(bytes)).toBe(true);
    expect(readdirSync(folder.backupsDir)).toEqual(backups);
    expect(existsSync(folder.file)).toBe(true);
    expect(readdirSync(folder.dir).filter((name) => name.includes('corrupt'))).toEqual([]);
  });
});
