/** What the back end needs from its host (Electron or the browser host). */

/** What a notification is about; only an item's own reminder can be snoozed. */
export type ReminderKind = 'reminder' | 'study-session' | 'exam' | 'renewal' | 'summary';

export interface ReminderNotification {
  kind: ReminderKind;
  title: string;
  body: string;
  /** The item a click should focus; null for a summary of several reminders. */
  planId: number | null;
  itemId: number | null;
}

export interface Notifier {
  notify(notification: ReminderNotification): void;
}
