/** The wording of reminder notifications. */
import type { ReminderCandidateRow } from '../repo/reminders';
import type { ReminderNotification } from '../platform';

const TITLES_IN_SUMMARY = 3;

export function reminderNotification(row: ReminderCandidateRow): ReminderNotification {
  const due = row.due_date === null ? '' : ` · due ${row.due_date}`;
  return {
    title: row.title,
    body: `Reminder from ${row.plan_name}${due}`,
    planId: row.plan_id,
    itemId: row.item_id,
  };
}

/** Reminders that came due while the app was closed, as one notification instead of a burst. */
export function missedRemindersNotification(rows: readonly ReminderCandidateRow[]): ReminderNotification {
  const titles = rows.slice(0, TITLES_IN_SUMMARY).map((row) => row.title);
  const more = rows.length > TITLES_IN_SUMMARY ? ` and ${rows.length - TITLES_IN_SUMMARY} more` : '';
  return {
    title: `${rows.length} reminders while you were away`,
    body: `${titles.join(', ')}${more}`,
    planId: null,
    itemId: null,
  };
}
