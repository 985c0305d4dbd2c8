/** A project item's sub-checklist: the concrete things to hand in, copied from the content and editable. */
import type { Deliverable } from '../../../shared/domain';
import type { Database } from '../db';

export interface DeliverableRow {
  id: number;
  item_id: number;
  title: string;
  done: 0 | 1;
  position: number;
}

export function rowToDeliverable(row: DeliverableRow): Deliverable {
  return { id: row.id, title: row.title, done: row.done === 1 };
}

/** Every deliverable of a plan's items, grouped by item, each list in position order. */
export function listDeliverablesOfPlan(db: Database, planId: number): Map<number, Deliverable[]> {
  const rows = db
    .prepare<[number], DeliverableRow>(
      `SELECT d.* FROM plan_item_deliverables d JOIN plan_items i ON i.id = d.item_id
       WHERE i.plan_id = ? ORDER BY d.item_id, d.position, d.id`,
    )
    .all(planId);
  const byItem = new Map<number, Deliverable[]>();
  for (const row of rows) {
    const list = byItem.get(row.item_id) ?? [];
    list.push(rowToDeliverable(row));
    byItem.set(row.item_id, list);
  }
  return byItem;
}

export function listDeliverables(db: Database, itemId: number): Deliverable[] {
  return db
    .prepare<[number], DeliverableRow>(
      'SELECT * FROM plan_item_deliverables WHERE item_id = ? ORDER BY position, id',
    )
    .all(itemId)
    .map(rowToDeliverable);
}

export function findDeliverableRow(db: Database, deliverableId: number): DeliverableRow | undefined {
  return db
    .prepare<[number], DeliverableRow>('SELECT * FROM plan_item_deliverables WHERE id = ?')
    .get(deliverableId);
}

/** Appends a deliverable to the end of the item's list. */
export function insertDeliverable(db: Database, itemId: number, title: string, done = false): number {
  const result = db
    .prepare<{ item_id: number; title: string; done: 0 | 1 }>(
      `INSERT INTO plan_item_deliverables (item_id, title, done, position)
       VALUES (@item_id, @title, @done,
               (SELECT coalesce(max(position) + 1, 0) FROM plan_item_deliverables WHERE item_id = @item_id))`,
    )
    .run({ item_id: itemId, title, done: done ? 1 : 0 });
  return Number(result.lastInsertRowid);
}

export function updateDeliverableRow(
  db: Database,
  deliverableId: number,
  edits: { title: string; done: boolean },
): void {
  db.prepare<{ id: number; title: string; done: 0 | 1 }>(
    'UPDATE plan_item_deliverables SET title = @title, done = @done WHERE id = @id',
  ).run({ id: deliverableId, title: edits.title, done: edits.done ? 1 : 0 });
}

export function deleteDeliverableRow(db: Database, deliverableId: number): boolean {
  return db.prepare('DELETE FROM plan_item_deliverables WHERE id = ?').run(deliverableId).changes > 0;
}
