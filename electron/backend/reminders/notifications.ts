/** The wording of reminder notifications. */
import type { IsoDate } from '../../../shared/domain';
import type { ReminderNotification } from '../platform';
import type {
  ExamCandidateRow,
  ReminderCandidateRow,
  RenewalCandidateRow,
  StudySessionPlanRow,
} from '../repo/reminders';

const TITLES_IN_SUMMARY = 3;

/** A notification plus the few words that stand for it in a summary of missed ones. */
export interface DueNotification {
  notification: ReminderNotification;
  summaryLabel: string;
}

export function reminderNotification(row: ReminderCandidateRow): DueNotification {
  const due = row.due_date === null ? '' : ` · due ${row.due_date}`;
  return {
    notification: {
      kind: 'reminder',
      title: row.title,
      body: `Reminder from ${row.plan_name}${due}`,
      planId: row.plan_id,
      itemId: row.item_id,
    },
    summaryLabel: row.title,
  };
}

export function studySessionNotification(
  row: StudySessionPlanRow & { next_item_id: number; next_item_title: string },
): DueNotification {
  return {
    notification: {
      kind: 'study-session',
      title: `Time to study: ${row.plan_name}`,
      body: `Next up: ${row.next_item_title}`,
      planId: row.plan_id,
      itemId: row.next_item_id,
    },
    summaryLabel: `Study session: ${row.plan_name}`,
  };
}

export function examNotification(row: ExamCandidateRow, today: IsoDate): DueNotification {
  const when = row.exam_date === today ? 'today' : 'tomorrow';
  const booking = row.booking_note.trim() === '' ? '' : ` · ${row.booking_note.trim()}`;
  return {
    notification: {
      kind: 'exam',
      title: `Exam ${when}: ${row.title}`,
      body: `${row.exam_date} · ${row.plan_name}${booking}`,
      planId: row.plan_id,
      itemId: row.item_id,
    },
    summaryLabel: `Exam ${when}: ${row.title}`,
  };
}

export function renewalNotification(row: RenewalCandidateRow, today: IsoDate): DueNotification {
  const expired = row.expires_date < today;
  return {
    notification: {
      kind: 'renewal',
      title: `${expired ? 'Expired' : 'Renew soon'}: ${row.title}`,
      body: `${expired ? 'Expired' : 'Expires'} on ${row.expires_date} · ${row.plan_name}`,
      planId: row.plan_id,
      itemId: row.item_id,
    },
    summaryLabel: `Renewal: ${row.title}`,
  };
}

/** Reminders that came due while the app was closed, as one notification instead of a burst. */
export function missedRemindersNotification(due: readonly DueNotification[]): ReminderNotification {
  const labels = due.slice(0, TITLES_IN_SUMMARY).map((entry) => entry.summaryLabel);
  const more = due.length > TITLES_IN_SUMMARY ? ` and ${due.length - TITLES_IN_SUMMARY} more` : '';
  return {
    kind: 'summary',
    title: `${due.length} reminders while you were away`,
    body: `${labels.join(', ')}${more}`,
    planId: null,
    itemId: null,
  };
}
