import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../electron/backend/db';
import {
  findPlanItem,
  insertPlanItem,
  listPlanItems,
  type NewPlanItemRow,
} from '../../../electron/backend/repo/items';
import {
  findPath,
  listPathItems,
  listPathSummaries,
  replacePathItems,
  upsertPath,
  type PathRow,
} from '../../../electron/backend/repo/paths';
import { deletePlanRow, findPlanSummary, insertPlan } from '../../../electron/backend/repo/plans';
import { listDueUnnotifiedReminders, markRemindersNotified } from '../../../electron/backend/repo/reminders';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

function freshDatabase(): Database {
  return openDatabase(join(tempDir(), 'store.sqlite'));
}

const pathRow: PathRow = {
  id: 'role',
  title: 'Role',
  description: 'A role',
  source: 'bundled',
  file_name: 'role.md',
  content_hash: 'abc',
  content_json: JSON.stringify({ title: 'Role' }),
  warnings_json: '["a warning"]',
  imported_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
};

function planItem(planId: number, overrides: Partial<NewPlanItemRow> = {}): NewPlanItemRow {
  return {
    plan_id: planId,
    content_key: 'role/tool/editors',
    kind: 'tool',
    title: 'Editors',
    description: 'Vim',
    status: 'todo',
    completed_at: null,
    notes: '',
    due_date: '2026-02-01',
    reminder_at: null,
    reminder_notified_at: null,
    position: 0,
    ...overrides,
  };
}

function addPlan(db: Database): number {
  return insertPlan(db, {
    name: 'Plan',
    path_id: 'role',
    path_title: 'Role',
    start_date: '2026-01-01',
    target_date: '2026-03-01',
    created_at: '2026-01-01T00:00:00.000Z',
  });
}

describe('the store', () => {
  it('reads back a path, its items in path order and its counts', () => {
    const db = freshDatabase();
    upsertPath(db, pathRow);
    replacePathItems(db, 'role', [
      { key: 'role/project/p', kind: 'project', title: 'P', description: '', hours: null },
      { key: 'role/certification/c', kind: 'certification', title: 'C', description: '', hours: null },
      { key: 'role/tool/editors', kind: 'tool', title: 'Editors', description: 'Vim', hours: null },
    ]);
    expect(findPath(db, 'role')).toEqual(pathRow);
    expect(listPathItems(db, 'role').map((item) => item.kind)).toEqual(['certification', 'tool', 'project']);
    expect(listPathSummaries(db)[0]?.counts).toEqual({ certifications: 1, tools: 1, projects: 1 });
    db.close();
  });

  it('reads back a plan item exactly as written, and shows it orphaned when its content is gone', () => {
    const db = freshDatabase();
    upsertPath(db, pathRow);
    replacePathItems(db, 'role', [
      { key: 'role/tool/editors', kind: 'tool', title: 'Editors', description: 'Vim', hours: null },
    ]);
    const planId = addPlan(db);
    const itemId = insertPlanItem(
      db,
      planItem(planId, { notes: 'ünïcødé ✓', reminder_at: '2026-01-15T08:00:00.000Z' }),
    );
    expect(findPlanItem(db, itemId)).toMatchObject({
      notes: 'ünïcødé ✓',
      reminderAt: '2026-01-15T08:00:00.000Z',
      orphaned: false,
    });

    replacePathItems(db, 'role', []);
    expect(findPlanItem(db, itemId)).toMatchObject({ orphaned: true, title: 'Editors' });
    db.close();
  });

  it('deletes a plan’s items with the plan', () => {
    const db = freshDatabase();
    const planId = addPlan(db);
    insertPlanItem(db, planItem(planId));
    insertPlanItem(db, planItem(planId, { content_key: null, kind: 'custom', position: 1 }));
    expect(findPlanSummary(db, planId, '2026-01-10')).toMatchObject({ total: 2, done: 0, pathTitle: 'Role' });
    expect(deletePlanRow(db, planId)).toBe(true);
    expect(listPlanItems(db, planId)).toEqual([]);
    db.close();
  });

  it('finds due reminders once and never again after they are marked', () => {
    const db = freshDatabase();
    const planId = addPlan(db);
    const due = insertPlanItem(db, planItem(planId, { reminder_at: '2026-01-15T08:00:00.000Z' }));
    insertPlanItem(
      db,
      planItem(planId, { reminder_at: '2026-01-15T09:00:00.000Z', position: 1, content_key: 'x' }),
    );
    const now = '2026-01-15T08:30:00.000Z';
    expect(listDueUnnotifiedReminders(db, now).map((row) => row.item_id)).toEqual([due]);
    markRemindersNotified(db, [due], now);
    expect(listDueUnnotifiedReminders(db, now)).toEqual([]);
    db.close();
  });

  it('rejects values of the wrong type or outside the allowed set (STRICT tables and checks)', () => {
    const db = freshDatabase();
    const planId = addPlan(db);
    expect(() => insertPlanItem(db, planItem(planId, { status: 'finished' as 'done' }))).toThrow(/CHECK/);
    expect(() => insertPlanItem(db, planItem(planId, { position: 'first' as unknown as number }))).toThrow(
      /cannot store TEXT/,
    );
    expect(() => insertPlanItem(db, planItem(planId, { status: 'done', completed_at: null }))).toThrow(
      /CHECK/,
    );
    expect(() => insertPlanItem(db, planItem(9999))).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
