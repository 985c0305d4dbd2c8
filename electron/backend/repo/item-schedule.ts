/** The schedule side of plan items: order, effort and planned dates, read and written in bulk. */
import type { IsoDate, ItemStatus } from '../../../shared/domain';
import type { SchedulableItem } from '../../../shared/planning';
import type { Database } from '../db';

interface ItemScheduleRow {
  id: number;
  plan_id: number;
  status: ItemStatus;
  effort_hours: number;
  start_date: IsoDate | null;
  due_date: IsoDate | null;
}

/** A plan item as the scheduler sees it, with the ids needed to write its dates back. */
export interface ItemSchedule extends SchedulableItem {
  id: number;
  planId: number;
}

function rowToItemSchedule(row: ItemScheduleRow): ItemSchedule {
  return {
    id: row.id,
    planId: row.plan_id,
    status: row.status,
    effortHours: row.effort_hours,
    startDate: row.start_date,
    dueDate: row.due_date,
  };
}

const SCHEDULE_SELECT = 'SELECT id, plan_id, status, effort_hours, start_date, due_date FROM plan_items';

/** The plan's items in plan order. */
export function listItemSchedules(db: Database, planId: number): ItemSchedule[] {
  return db
    .prepare<[number], ItemScheduleRow>(`${SCHEDULE_SELECT} WHERE plan_id = ? ORDER BY position, id`)
    .all(planId)
    .map(rowToItemSchedule);
}

/** Every plan's items in plan order, by plan id; plans without items are absent. */
export function listItemSchedulesByPlan(db: Database): Map<number, ItemSchedule[]> {
  const byPlan = new Map<number, ItemSchedule[]>();
  const rows = db.prepare<[], ItemScheduleRow>(`${SCHEDULE_SELECT} ORDER BY plan_id, position, id`).all();
  for (const row of rows) {
    const items = byPlan.get(row.plan_id);
    if (items === undefined) byPlan.set(row.plan_id, [rowToItemSchedule(row)]);
    else items.push(rowToItemSchedule(row));
  }
  return byPlan;
}

export function writeItemDates(
  db: Database,
  items: ReadonlyArray<Pick<ItemSchedule, 'id' | 'startDate' | 'dueDate'>>,
): void {
  const update = db.prepare<{ id: number; start_date: IsoDate | null; due_date: IsoDate | null }>(
    'UPDATE plan_items SET start_date = @start_date, due_date = @due_date WHERE id = @id',
  );
  for (const item of items) update.run({ id: item.id, start_date: item.startDate, due_date: item.dueDate });
}

/** Positions 0, 1, 2... in the order given. */
export function writeItemPositions(db: Database, itemIds: readonly number[]): void {
  const update = db.prepare<[number, number]>('UPDATE plan_items SET position = ? WHERE id = ?');
  itemIds.forEach((itemId, position) => update.run(position, itemId));
}

export function writeItemEffort(db: Database, itemId: number, effortHours: number): void {
  db.prepare<[number, number]>('UPDATE plan_items SET effort_hours = ? WHERE id = ?').run(
    effortHours,
    itemId,
  );
}
