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
import { librarySearch } from '../../../electron/backend/db/migrations/0020-library-search';
import { planningSchema } from '../../../electron/backend/db/migrations/0030-planning';
import type { Migration } from '../../../electron/backend/db/migrations';
import { createPlannerService } from '../../../electron/backend/service';
import { fakeClock } from '../../helpers/clock';
import { bundledContentDir } from '../../helpers/corpus';
import { expectOk } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

/** What schema 30 gives rows that existed before it. */
const NEW_PLAN_DEFAULTS = {
  budget_json: '[60,60,60,60,60,180,0]',
  schedule_mode: 'target',
  paused_since: null,
  study_sessions_json: '{"enabled":false,"weekdays":[1,2,3,4,5],"time":"19:00"}',
  study_notified_at: null,
};
const NEW_ITEM_DEFAULTS = {
  start_date: null,
  snoozed_until: null,
  exam_date: null,
  exam_notified_at: null,
  booking_note: '',
  exam_result: null,
  exam_score: '',
  earned_date: null,
  validity_years: null,
  expires_date: null,
  renewal_notified_at: null,
};
const FALLBACK_EFFORT: Record<string, number> = { certification: 40, tool: 20, project: 15, custom: 5 };

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
    expect(after.plans).toEqual(before.plans.map((row) => ({ ...row, ...NEW_PLAN_DEFAULTS })));
    // Version 10 had no content hours, so every item gets the typical effort of its kind.
    expect(after.plan_items).toEqual(
      before.plan_items.map((row) => ({
        ...row,
        ...NEW_ITEM_DEFAULTS,
        effort_hours: FALLBACK_EFFORT[row['kind'] as string],
      })),
    );
    expect(after.path_items).toEqual(
      before.path_items.map((row) => ({ ...row, hours: null, details_json: '{}' })),
    );
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

/**
 * A database as schema 20 left it: content hours known for most items, two plans whose items
 * interleave, a gap where an item was deleted, an item whose content left the path, and ticks.
 */
function buildVersion20Database(file: string): Rows {
  const db = openDatabase(file, { migrations: [initialSchema, librarySearch] });
  const bytes = new Uint8Array(readFileSync(join(bundledContentDir, 'support-engineer.md')));
  const parsed = expectOk(parseCareerPath('support-engineer.md', bytes));
  const items = contentItemsOf(parsed);
  // One item of each kind whose content gives no hours.
  const withoutHours = new Set(
    (['certification', 'tool', 'project'] as const).map((kind) => items.find((i) => i.kind === kind)?.key),
  );
  db.transaction(() => {
    db.prepare(
      `INSERT INTO paths (id, title, description, source, file_name, content_hash, content_json, warnings_json, imported_at, updated_at)
       VALUES (?, ?, ?, 'imported', 'support-engineer.md', 'hash-v2', ?, '[]', '2026-01-01T08:00:00.000Z', '2026-01-01T08:00:00.000Z')`,
    ).run(parsed.id, parsed.content.title, parsed.content.description, JSON.stringify(parsed.content));
    const insertPathItem = db.prepare(
      'INSERT INTO path_items (key, path_id, kind, title, description, position, hours) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    items.forEach((item, position) =>
      insertPathItem.run(
        item.key,
        parsed.id,
        item.kind,
        item.title,
        item.description,
        position,
        withoutHours.has(item.key) ? null : item.hours,
      ),
    );
    const insertPlan = db.prepare(
      `INSERT INTO plans (name, path_id, path_title, start_date, target_date, created_at)
       VALUES (?, ?, ?, '2026-01-05', '2026-09-30', ?)`,
    );
    const planIds = [
      insertPlan.run('Support by autumn', parsed.id, parsed.content.title, '2026-01-05T09:00:00.000Z')
        .lastInsertRowid,
      insertPlan.run('Second try', parsed.id, parsed.content.title, '2026-01-06T09:00:00.000Z')
        .lastInsertRowid,
    ];
    const insertPlanItem = db.prepare(
      `INSERT INTO plan_items (plan_id, content_key, kind, title, description, status, completed_at, notes, due_date, reminder_at, reminder_notified_at, position)
       VALUES (@plan_id, @content_key, @kind, @title, @description, @status, @completed_at, @notes, @due_date, @reminder_at, @reminder_notified_at, @position)`,
    );
    items.forEach((item, position) => {
      for (const planId of planIds) {
        const done = position % 4 === 0;
        insertPlanItem.run({
          plan_id: planId,
          content_key: item.key,
          kind: item.kind,
          title: item.title,
          description: item.description,
          status: done ? 'done' : position % 4 === 1 ? 'in-progress' : 'todo',
          completed_at: done ? `2026-02-${String(1 + (position % 28)).padStart(2, '0')}T18:30:00.000Z` : null,
          notes: position === 1 ? 'Voucher from the employer — ask HR' : '',
          due_date: `2026-0${2 + (position % 7)}-10`,
          reminder_at: position === 2 ? '2026-03-01T08:00:00.000Z' : null,
          reminder_notified_at: null,
          position,
        });
      }
    });
    const custom = {
      plan_id: planIds[0],
      kind: 'custom',
      description: '',
      status: 'todo',
      completed_at: null,
      notes: '',
      due_date: null,
      reminder_at: null,
      reminder_notified_at: null,
    };
    insertPlanItem.run({
      ...custom,
      content_key: null,
      title: 'Shadow a support shift',
      position: items.length,
    });
    insertPlanItem.run({
      ...custom,
      content_key: `${parsed.id}/project/a-project-no-longer-in-the-path`,
      kind: 'project',
      title: 'Old project idea',
      position: items.length + 1,
    });
    db.prepare('DELETE FROM plan_items WHERE id = 3').run();
  })();
  const rows = allRows(db);
  db.close();
  return rows;
}

describe('upgrading a version-20 database to planning (schema 30)', () => {
  it('keeps every row and id, gives new columns their defaults and effort from content hours', () => {
    const file = join(tempDir(), 'studypath.sqlite');
    const before = buildVersion20Database(file);
    const hoursByKey = new Map(before.path_items.map((row) => [row['key'], row['hours'] as number | null]));
    expect([...hoursByKey.values()].filter((hours) => hours === null)).toHaveLength(3);

    const db = openDatabase(file, { migrations: [initialSchema, librarySearch, planningSchema] });
    expect(db.pragma('user_version', { simple: true })).toBe(30);
    const after = allRows(db);
    expect(after.paths).toEqual(before.paths);
    expect(after.path_items).toEqual(before.path_items.map((row) => ({ ...row, details_json: '{}' })));
    expect(after.plans).toEqual(before.plans.map((row) => ({ ...row, ...NEW_PLAN_DEFAULTS })));
    expect(after.plan_items.map((row) => row['id'])).toEqual(before.plan_items.map((row) => row['id']));
    expect(after.plan_items.map((row) => row['id'])).not.toContain(3);
    expect(after.plan_items).toEqual(
      before.plan_items.map((row) => ({
        ...row,
        ...NEW_ITEM_DEFAULTS,
        effort_hours: hoursByKey.get(row['content_key']) ?? FALLBACK_EFFORT[row['kind'] as string],
      })),
    );
    const effortOf = (title: string) =>
      after.plan_items.find((row) => row['title'] === title)?.['effort_hours'];
    expect(effortOf('CompTIA A+')).toBe(40);
    expect(effortOf('ITIL Foundation')).toBe(25);
    expect(effortOf('Shadow a support shift')).toBe(5);
    expect(effortOf('Old project idea')).toBe(15);
    for (const table of ['plan_item_deliverables', 'plan_item_links', 'settings']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('accepts the new statuses and tracking after the upgrade, and still guards done items', () => {
    const file = join(tempDir(), 'studypath.sqlite');
    buildVersion20Database(file);
    const db = openDatabase(file);
    const todo = db
      .prepare("SELECT id FROM plan_items WHERE status = 'todo' LIMIT 1")
      .pluck()
      .get() as number;
    db.prepare("UPDATE plan_items SET status = 'skipped' WHERE id = ?").run(todo);
    expect(() => db.prepare("UPDATE plan_items SET status = 'done' WHERE id = ?").run(todo)).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE plan_items SET effort_hours = 0 WHERE id = ?').run(todo)).toThrow(
      /CHECK/,
    );
    db.prepare(
      "INSERT INTO plan_item_deliverables (item_id, title, position) VALUES (?, 'A diagram', 0)",
    ).run(todo);
    db.prepare('DELETE FROM plans').run();
    expect(db.prepare('SELECT count(*) FROM plan_item_deliverables').pluck().get()).toBe(0);
    db.close();
  });

  it('shows the upgraded plans through the service, and a new plan gets details from old content rows', () => {
    const file = join(tempDir(), 'studypath.sqlite');
    buildVersion20Database(file);
    const db = openDatabase(file);
    const service = createPlannerService(db, {
      clock: fakeClock(new Date(2026, 2, 2, 9)),
      log: () => undefined,
    });
    const [second, first] = expectOk(service.listPlans({}));
    expect(first?.name).toBe('Support by autumn');
    const detail = expectOk(service.getPlan({ planId: first?.id ?? 0 }));
    expect(detail.items.find((item) => item.title === 'CompTIA A+')).toMatchObject({
      effortHours: 40,
      startDate: null,
      certification: {
        examDate: null,
        result: null,
        earnedDate: null,
        validityYears: null,
        expiresDate: null,
      },
      deliverables: [],
      evidence: [],
    });
    expect(detail.items.find((item) => item.title === 'Old project idea')).toMatchObject({ orphaned: true });
    expect(detail.studySessions).toEqual({ enabled: false, weekdays: [1, 2, 3, 4, 5], time: '19:00' });
    expect(second?.schedule.budget).toEqual([60, 60, 60, 60, 60, 180, 0]);

    // The path's rows were stored before details existed; a new plan reads them from its content.
    const path = expectOk(service.getPath({ pathId: 'support-engineer' }));
    const fresh = expectOk(
      service.createPlan({
        name: 'Fresh start',
        pathId: 'support-engineer',
        startDate: '2026-03-02',
        targetDate: '2026-12-31',
        itemKeys: path.items.map((item) => item.key),
      }),
    );
    expect(fresh.items.find((item) => item.title === 'CompTIA A+')?.certification?.validityYears).toBe(3);
    expect(
      fresh.items
        .find((item) => item.title === 'Write a troubleshooting guide')
        ?.deliverables.map((d) => d.title),
    ).toEqual([
      'At least eight help articles, each covering one error message or setup problem',
      'Screenshots and numbered steps in every article',
      'A contents page that groups the articles by topic',
      'A public link to the guide (a Git repository, a wiki or a free help-centre site)',
    ]);
    db.close();
  });
});
