/**
 * A plan item with everything that hangs off it (deliverables, evidence links), as rows: taken
 * just before the item is deleted, so Undo can put back exactly what was there.
 */
import type { Database } from '../db';

type Row = Record<string, unknown>;

export interface ItemSnapshot {
  planId: number;
  /** Tells the same plan from a later one that got its id after a restore or a data import. */
  planCreatedAt: string;
  item: Row;
  deliverables: Row[];
  links: Row[];
}

function planCreatedAt(db: Database, planId: number): string | undefined {
  return db.prepare<[number], { created_at: string }>('SELECT created_at FROM plans WHERE id = ?').get(planId)
    ?.created_at;
}

export function snapshotItem(db: Database, itemId: number): ItemSnapshot | undefined {
  const item = db.prepare<[number], Row>('SELECT * FROM plan_items WHERE id = ?').get(itemId);
  if (item === undefined) return undefined;
  const planId = item.plan_id as number;
  const createdAt = planCreatedAt(db, planId);
  if (createdAt === undefined) return undefined;
  return {
    planId,
    planCreatedAt: createdAt,
    item,
    deliverables: db
      .prepare<[number], Row>('SELECT * FROM plan_item_deliverables WHERE item_id = ? ORDER BY position, id')
      .all(itemId),
    links: db
      .prepare<[number], Row>('SELECT * FROM plan_item_links WHERE item_id = ? ORDER BY position, id')
      .all(itemId),
  };
}

/** True while the plan the item was taken from is still there (and is the same plan). */
export function snapshotPlanExists(db: Database, snapshot: ItemSnapshot): boolean {
  return planCreatedAt(db, snapshot.planId) === snapshot.planCreatedAt;
}

type Table = 'plan_items' | 'plan_item_deliverables' | 'plan_item_links';

/** Inserts a row as it was, under its old id when no row has taken it since. Column names come from the table itself. */
function insertRow(db: Database, table: Table, row: Row): number {
  const taken = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(row.id) !== undefined;
  const values = taken ? Object.fromEntries(Object.entries(row).filter(([column]) => column !== 'id')) : row;
  const columns = Object.keys(values);
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`;
  return Number(db.prepare(sql).run(values).lastInsertRowid);
}

/** Puts the item and its deliverables and links back; call inside a transaction. Returns the item's id. */
export function restoreSnapshot(db: Database, snapshot: ItemSnapshot): number {
  const itemId = insertRow(db, 'plan_items', snapshot.item);
  for (const deliverable of snapshot.deliverables) {
    insertRow(db, 'plan_item_deliverables', { ...deliverable, item_id: itemId });
  }
  for (const link of snapshot.links) insertRow(db, 'plan_item_links', { ...link, item_id: itemId });
  return itemId;
}
