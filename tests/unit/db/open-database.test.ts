import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  DatabaseOpenError,
  latestSchemaVersion,
  migrations,
  openDatabase,
} from '../../../electron/backend/db';
import type { Migration } from '../../../electron/backend/db/migrations';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

function openError(run: () => unknown): DatabaseOpenError {
  try {
    run();
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error;
    throw error;
  }
  throw new Error('expected openDatabase to throw');
}

function addPlan(file: string): void {
  const db = new BetterSqlite3(file);
  db.prepare(
    `INSERT INTO plans (name, path_id, path_title, start_date, target_date, created_at)
     VALUES ('Kept plan', 'p', 'P', '2026-01-01', '2026-02-01', '2026-01-01T00:00:00.000Z')`,
  ).run();
  db.close();
}

const nextVersion = latestSchemaVersion + 10;

const addNotesIndex: Migration = {
  version: nextVersion,
  name: 'test-notes-index',
  up: (db) => db.exec('CREATE INDEX test_notes ON plan_items (notes)'),
};

const brokenMigration: Migration = {
  version: nextVersion,
  name: 'test-broken',
  up: (db) => {
    db.exec('CREATE TABLE half_done (x INTEGER) STRICT');
    db.exec('THIS IS NOT SQL');
  },
};

describe('opening the database', () => {
  it('creates a new file with the full schema, WAL and foreign keys', () => {
    const file = join(tempDir(), 'new.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db
      .prepare<[], { name: string; type: string; strict: number }>(
        `SELECT name, type, strict FROM pragma_table_list
         WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .all();
    expect(tables).toEqual([
      { name: 'library_search', type: 'virtual', strict: 0 },
      { name: 'path_items', type: 'table', strict: 1 },
      { name: 'paths', type: 'table', strict: 1 },
      { name: 'plan_item_deliverables', type: 'table', strict: 1 },
      { name: 'plan_item_links', type: 'table', strict: 1 },
      { name: 'plan_items', type: 'table', strict: 1 },
      { name: 'plans', type: 'table', strict: 1 },
      { name: 'settings', type: 'table', strict: 1 },
    ]);
    db.close();
  });

  it('reopens an up-to-date file without making a backup', () => {
    const dir = tempDir();
    const file = join(dir, 'studypath.sqlite');
    openDatabase(file).close();
    addPlan(file);
    const db = openDatabase(file);
    expect(db.prepare('SELECT name FROM plans').pluck().all()).toEqual(['Kept plan']);
    db.close();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('refuses a file from a newer StudyPath and leaves it byte for byte as it was', () => {
    const file = join(tempDir(), 'newer.sqlite');
    const newer = new BetterSqlite3(file);
    newer.exec('CREATE TABLE from_the_future (x INTEGER)');
    newer.pragma(`user_version = ${latestSchemaVersion + 990}`);
    newer.close();
    const before = readFileSync(file);

    const error = openError(() => openDatabase(file));
    expect(error.failure).toBe('newer-version');
    expect(error.message).toMatch(/newer version of StudyPath/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a file that is not a database as damaged and never deletes it', () => {
    const file = join(tempDir(), 'garbage.sqlite');
    const garbage = Buffer.alloc(8192, 0x5a);
    writeFileSync(file, garbage);
    const error = openError(() => openDatabase(file));
    expect(error.failure).toBe('corrupt');
    expect(error.message).toMatch(/damaged/);
    expect(readFileSync(file).equals(garbage)).toBe(true);
  });

  it('reports a database with damaged pages as corrupt', () => {
    const file = join(tempDir(), 'damaged.sqlite');
    const db = openDatabase(file);
    const insert = db.prepare(
      `INSERT INTO plans (name, path_id, path_title, start_date, target_date, created_at)
       VALUES (?, 'p', 'P', '2026-01-01', '2026-02-01', '2026-01-01T00:00:00.000Z')`,
    );
    for (let n = 0; n < 2000; n += 1) insert.run(`plan ${n} ${'x'.repeat(100)}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over the middle of the file, leaving the header readable.
    bytes.fill(0xff, pageSize * 3, pageSize * 3 + pageSize * 4);
    writeFileSync(file, bytes);

    expect(openError(() => openDatabase(file)).failure).toBe('corrupt');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('migrations', () => {
  it('are listed in increasing steps of ten', () => {
    migrations.forEach((migration, index) => {
      expect(migration.version).toBe((index + 1) * 10);
    });
  });

  it('back up an existing database with SQLite before upgrading it', () => {
    const dir = tempDir();
    const file = join(dir, 'studypath.sqlite');
    openDatabase(file).close();
    addPlan(file);

    const upgraded = openDatabase(file, { migrations: [...migrations, addNotesIndex] });
    expect(upgraded.pragma('user_version', { simple: true })).toBe(nextVersion);
    upgraded.close();

    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toEqual([expect.stringMatching(/^studypath-.*-before-migration\.sqlite$/)]);
    const backup = new BetterSqlite3(join(dir, 'backups', backups[0] ?? ''), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(backup.prepare('SELECT name FROM plans').pluck().all()).toEqual(['Kept plan']);
    backup.close();
  });

  it('roll back every step when one fails, keeping the data and the old version', () => {
    const file = join(tempDir(), 'studypath.sqlite');
    openDatabase(file).close();
    addPlan(file);

    const error = openError(() => openDatabase(file, { migrations: [...migrations, brokenMigration] }));
    expect(error.failure).toBe('migration-failed');
    expect(error.message).toContain(`${nextVersion} (test-broken)`);

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.prepare('SELECT name FROM plans').pluck().all()).toEqual(['Kept plan']);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });

  it('leave a new file empty when the first run fails', () => {
    const file = join(tempDir(), 'fresh.sqlite');
    expect(
      openError(() => openDatabase(file, { migrations: [...migrations, brokenMigration] })).failure,
    ).toBe('migration-failed');
    const db = new BetterSqlite3(file);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get()).toBe(0);
    db.close();
    expect(existsSync(file)).toBe(true);
  });
});
