/** Plan items: ticks, notes, dates and reminders the user owns. */
import type { IsoDate, IsoDateTime, ItemStatus, PlanItem, PlanItemKind } from '../../../shared/domain';
import type { Database } from '../db';

export interface PlanItemRow {
  id: number;
  plan_id: number;
  content_key: string | null;
  kind: PlanItemKind;
  title: string;
  description: string;
  status: ItemStatus;
  completed_at: IsoDateTime | null;
  notes: string;
  due_date: IsoDate | null;
  reminder_at: IsoDateTime | null;
  reminder_notified_at: IsoDateTime | null;
  position: number;
}

interface PlanItemWithContentRow extends PlanItemRow {
  content_exists: 0 | 1;
}

export type NewPlanItemRow = Omit<PlanItemRow, 'id'>;
export type PlanItemEdits = Pick<
  PlanItemRow,
  'title' | 'notes' | 'due_date' | 'reminder_at' | 'reminder_notified_at' | 'status' | 'completed_at'
>;

function rowToPlanItem(row: PlanItemWithContentRow): PlanItem {
  return {
    id: row.id,
    planId: row.plan_id,
    contentKey: row.content_key,
    kind: row.kind,
    title: row.title,
    description: row.description,
    dueDate: row.due_date,
    status: row.status,
    completedAt: row.completed_at,
    notes: row.notes,
    reminderAt: row.reminder_at,
    position: row.position,
    orphaned: row.content_key !== null && row.content_exists === 0,
  };
}

const ITEM_SELECT = `
  SELECT i.*, EXISTS (SELECT 1 FROM path_items c WHERE c.key = i.content_key) AS content_exists
  FROM plan_items i`;

export function listPlanItems(db: Database, planId: number): PlanItem[] {
  return db
    .prepare<[number], PlanItemWithContentRow>(`${ITEM_SELECT} WHERE i.plan_id = ? ORDER BY i.position, i.id`)
    .all(planId)
    .map(rowToPlanItem);
}

export function findPlanItem(db: Database, itemId: number): PlanItem | undefined {
  const row = db.prepare<[number], PlanItemWithContentRow>(`${ITEM_SELECT} WHERE i.id = ?`).get(itemId);
  return row === undefined ? undefined : rowToPlanItem(row);
}

export function findPlanItemRow(db: Database, itemId: number): PlanItemRow | undefined {
  return db.prepare<[number], PlanItemRow>('SELECT * FROM plan_items WHERE id = ?').get(itemId);
}

export function insertPlanItem(db: Database, item: NewPlanItemRow): number {
  const result = db
    .prepare<NewPlanItemRow>(
      `INSERT INTO plan_items (plan_id, content_key, kind, title, description, status, completed_at,
                               notes, due_date, reminder_at, reminder_notified_at, position)
       VALUES (@plan_id, @content_key, @kind, @title, @description, @status, @completed_at,
               @notes, @due_date, @reminder_at, @reminder_notified_at, @position)`,
    )
    .run(item);
  return Number(result.lastInsertRowid);
}

export function nextItemPosition(db: Database, planId: number): number {
  const row = db
    .prepare<[number], { next: number }>(
      'SELECT coalesce(max(position) + 1, 0) AS next FROM plan_items WHERE plan_id = ?',
    )
    .get(planId);
  return row?.next ?? 0;
}

export function updatePlanItemRow(db: Database, itemId: number, edits: PlanItemEdits): void {
  db.prepare<PlanItemEdits & { id: number }>(
    `UPDATE plan_items SET title = @title, notes = @notes, due_date = @due_date, reminder_at = @reminder_at,
       reminder_notified_at = @reminder_notified_at, status = @status, completed_at = @completed_at
     WHERE id = @id`,
  ).run({ ...edits, id: itemId });
}

export function deletePlanItemRow(db: Database, itemId: number): boolean {
  return db.prepare('DELETE FROM plan_items WHERE id = ?').run(itemId).changes > 0;
}

/**
 * After a re-import, items whose content still exists show the new description. Titles are
 * left alone: the user may have renamed them.
 */
export function refreshDescriptionsFromPath(db: Database, pathId: string): void {
  db.prepare(
    `UPDATE plan_items
     SET description = (SELECT c.description FROM path_items c WHERE c.key = plan_items.content_key)
     WHERE content_key IN (SELECT key FROM path_items WHERE path_id = ?)`,
  ).run(pathId);
}

/** Items in plans built from `pathId` whose content the path no longer has. */
export function countOrphanedItems(db: Database, pathId: string): number {
  return db
    .prepare<[string], { n: number }>(
      `SELECT count(*) AS n FROM plan_items i JOIN plans p ON p.id = i.plan_id
       WHERE p.path_id = ? AND i.content_key IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM path_items c WHERE c.key = i.content_key)`,
    )
    .get(pathId)!.n;
}
