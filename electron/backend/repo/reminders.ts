/** Queries behind the reminder overview and the reminder scheduler. */
import type { IsoDate, IsoDateTime } from '../../../shared/domain';
import type { Database } from '../db';

export interface ReminderCandidateRow {
  item_id: number;
  plan_id: number;
  plan_name: string;
  title: string;
  due_date: IsoDate | null;
  reminder_at: IsoDateTime | null;
}

const CANDIDATE_SELECT = `
  SELECT i.id AS item_id, i.plan_id, p.name AS plan_name, i.title, i.due_date, i.reminder_at
  FROM plan_items i JOIN plans p ON p.id = i.plan_id`;

/**
 * Unfinished items that have a reminder, or a due date up to `dueUntil`. The service sorts
 * them into overdue and upcoming.
 */
export function listReminderCandidates(db: Database, dueUntil: IsoDate): ReminderCandidateRow[] {
  return db
    .prepare<[IsoDate], ReminderCandidateRow>(
      `${CANDIDATE_SELECT}
       WHERE i.status <> 'done' AND (i.reminder_at IS NOT NULL OR i.due_date <= ?)`,
    )
    .all(dueUntil);
}

/** Reminders whose time has come that nobody has been told about, oldest first. */
export function listDueUnnotifiedReminders(db: Database, now: IsoDateTime): ReminderCandidateRow[] {
  return db
    .prepare<[IsoDateTime], ReminderCandidateRow>(
      `${CANDIDATE_SELECT}
       WHERE i.status <> 'done' AND i.reminder_notified_at IS NULL
         AND i.reminder_at IS NOT NULL AND i.reminder_at <= ?
       ORDER BY i.reminder_at, i.id`,
    )
    .all(now);
}

export function markRemindersNotified(db: Database, itemIds: readonly number[], at: IsoDateTime): void {
  const mark = db.prepare<[IsoDateTime, number]>(
    'UPDATE plan_items SET reminder_notified_at = ? WHERE id = ?',
  );
  for (const itemId of itemIds) mark.run(at, itemId);
}
