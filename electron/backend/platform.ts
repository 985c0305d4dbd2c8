/** What the back end needs from its host (Electron or the browser host). */
export interface ReminderNotification {
  title: string;
  body: string;
  /** The item a click should focus; null for a summary of several reminders. */
  planId: number | null;
  itemId: number | null;
}

export interface Notifier {
  notify(notification: ReminderNotification): void;
}
