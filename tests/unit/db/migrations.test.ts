import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { contentItemsOf, parseCareerPath } from '../../../electron/backend/content/importer';
import {
  DatabaseOpenError,
  latestSchemaVersion,
  migrations,
  openDatabase,
  type Database,
} from '../../../electron/backend/db';
import { initialSchema } from '../../../electron/backend/db/migrations/0010-initial';
import type { Migration } from '../../../electron/backend/db/migrations';
import { createPlannerService } from '../../../electron/backend/service';
import { fakeClock } from '../../helpers/clock';
import { bundledContentDir } from '../../helpers/corpus';
import { expectOk } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
type Rows = Record<'paths' | 'path_items' | 'plans' | 'plan_items', Record<string, unknown>[]>;

function allRows(db: Database): Rows {
  const rows = (table: string) =>
    db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Record<string, unknown>[];
  return {
    paths: rows('paths'),
    path_items: rows('path_items'),
    plans: rows('plans'),
    plan_items: rows('plan_items'),
  };
}

/** A database exactly as StudyPath's first release (schema 10) left it, holding a plan under way. */
function buildVersion10Database(file: string): Rows {
  const db = openDatabase(file, { migrations: [initialSchema] });
  const bytes = new Uint8Array(readFileSync(join(bundledContentDir, 'support-engineer.md')));
  const parsed = expectOk(parseCareerPath('support-engineer.md', bytes));
  const items = contentItemsOf(parsed);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO paths (id, title, description, source, file_name, content_hash, content_json, warnings_json, imported_at, updated_at)
       VALUES (?, ?, ?, 'bundled', 'support-engineer.md', 'hash-v1', ?, '["a warning"]', '2025-11-01T08:00:00.000Z', '2025-11-01T08:00:00.000Z')`,
    ).run(parsed.id, parsed.content.title, parsed.content.description, JSON.stringify(parsed.content));
    const insertPathItem = db.prepare(
      'INSERT INTO path_items (key, path_id, kind, title, description, position) VALUES (?, ?, ?, ?, ?, ?)',
    );
    items.forEach((item, position) =>
      insertPathItem.run(item.key, parsed.id, item.kind, item.title, item.description, position),
    );
    const planId = db
      .prepare(
        `INSERT INTO plans (name, path_id, path_title, start_date, target_date, created_at)
         VALUES ('Support engineer by June', ?, ?, '2025-11-03', '2026-06-30', '2025-11-03T09:00:00.000Z')`,
      )
      .run(parsed.id, parsed.content.title).lastInsertRowid;
    const insertPlanItem = db.prepare(
      `INSERT INTO plan_items (plan_id, content_key, kind, title, description, status, completed_at, notes, due_date, reminder_at, reminder_notified_at, position)
       VALUES (@plan_id, @content_key, @kind, @title, @description, @status, @completed_at, @notes, @due_date, @reminder_at, @reminder_notified_at, @position)`,
    );
    items.forEach((item, position) =>
      insertPlanItem.run({
        plan_id: planId,
        content_key: item.key,
        kind: item.kind,
        title: item.title,
        description: item.description,
        status: position < 2 ? 'done' : position === 2 ? 'in-progress' : 'todo',
        completed_at: position < 2 ? `2025-12-0${position + 1}T18:30:00.000Z` : null,
        notes: position === 0 ? 'Passed with 812/900 ✓ — retake not needed' : '',
        due_date: `2026-0${1 + (position % 6)}-15`,
        reminder_at:
          position === 3 ? '2026-01-10T08:00:00.000Z' : position === 4 ? '2025-12-20T08:00:00.000Z' : null,
        reminder_notified_at: position === 4 ? '2025-12-20T08:00:05.000Z' : null,
        position,
      }),
    );
    insertPlanItem.run({
      plan_id: planId,
      content_key: null,
      kind: 'custom',
      title: 'Mock interview with a mentor',
      description: 'Ask about ticket triage',
      status: 'todo',
      completed_at: null,
      notes: 'Book for February',
      due_date: null,
      reminder_at: null,
      reminder_notified_at: null,
      position: items.length,
    });
  })();
  const rows = allRows(db);
  db.close();
  return rows;
}

const brokenStep: Migration = {
  version: latestSchemaVersion + 10,
  name: 'test-broken',
  up: (db) => db.exec('ALTER TABLE plans ADD COLUMN colour TEXT; THIS IS NOT SQL'),
};

describe('upgrading a version-10 database', () => {
  it('keeps every path, plan, tick, note and reminder', () => {
    const file = join(tempDir(), 'studypath.sqlite');
    const before = buildVersion10Database(file);
    expect(before.plan_items.filter((row) => row['status'] === 'done')).toHaveLength(2);

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    const after = allRows(db);
    expect(after.paths).toEqual(before.paths);
    expect(after.plans).toEqual(before.plans);
    expect(after.plan_items).toEqual(before.plan_items);
    expect(after.path_items).toEqual(before.path_items.map((row) => ({ ...row, hours: null })));
    db.close();
  });

  it('leaves the plan readable through the service, ticks and reminders included', () => {
    const file = join(tempDir(), 'studypath.sqlite');
    buildVersion10Database(file);
    const db = openDatabase(file);
    const service = createPlannerService(db, {
      clock: fakeClock(new Date(2026, 0, 5, 9)),
      log: () => undefined,
    });
    const [plan] = expectOk(service.listPlans({}));
    expect(plan).toMatchObject({ name: 'Support engineer by June', done: 2 });
    const detail = expectOk(service.getPlan({ planId: plan?.id ?? 0 }));
    expect(detail.items[0]).toMatchObject({
      status: 'done',
      notes: 'Passed with 812/900 ✓ — retake not needed',
    });
    expect(detail.items.at(-1)).toMatchObject({ kind: 'custom', title: 'Mock interview with a mentor' });
    expect(expectOk(service.getReminders({})).upcoming.map((entry) => entry.reason)).toContain('reminder');
    db.close();
  });

  it('adds effort hours to path items and a working library search index', () => {
    const file = join(tempDir(), 'studypath.sqlite');
    buildVersion10Database(file);
    const db = openDatabase(file);
    const key = db.prepare('SELECT key FROM path_items ORDER BY position LIMIT 1').pluck().get() as string;
    db.prepare('UPDATE path_items SET hours = 40 WHERE key = ?').run(key);
    expect(db.prepare('SELECT hours FROM path_items WHERE key = ?').pluck().get(key)).toBe(40);
    expect(() => db.prepare('UPDATE path_items SET hours = 0 WHERE key = ?').run(key)).toThrow(/CHECK/);

    // The paths stored before the index existed are found through it straight away.
    const match = (query: string) =>
      db
        .prepare('SELECT DISTINCT path_id FROM library_search WHERE library_search MATCH ?')
        .pluck()
        .all(query);
    expect(match('"customer success"')).toEqual(['support-engineer']);

    const insert = db.prepare(
      'INSERT INTO library_search (path_id, item_key, title, body) VALUES (?, ?, ?, ?)',
    );
    insert.run('imported-role', null, 'Quokka wrangler', 'Works in the Quokkacafé help desk');
    expect(match('quokkacafe')).toEqual(['imported-role']);
    db.close();
  });

  it('first writes a before-migration backup holding the version-10 data', () => {
    const dir = tempDir();
    const file = join(dir, 'studypath.sqlite');
    const before = buildVersion10Database(file);
    openDatabase(file, { now: new Date(Date.UTC(2026, 0, 5, 9)) }).close();
    expect(readdirSync(join(dir, 'backups'))).toEqual([
      'studypath-2026-01-05T09-00-00.000Z-before-migration.sqlite',
    ]);
    const backup = new BetterSqlite3(
      join(dir, 'backups', 'studypath-2026-01-05T09-00-00.000Z-before-migration.sqlite'),
      {
        readonly: true,
      },
    );
    expect(backup.pragma('user_version', { simple: true })).toBe(10);
    expect(allRows(backup)).toEqual(before);
    backup.close();
  });

  it('leaves the old file byte for byte as it was when a step fails', () => {
    const file = join(tempDir(), 'studypath.sqlite');
    buildVersion10Database(file);
    const bytes = readFileSync(file);

    let failure: unknown;
    try {
      openDatabase(file, { migrations: [...migrations, brokenStep] }).close();
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(DatabaseOpenError);
    expect((failure as DatabaseOpenError).failure).toBe('migration-failed');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
