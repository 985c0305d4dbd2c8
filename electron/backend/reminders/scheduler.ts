import type { Clock } from '../clock';
import type { Database } from '../db';
import type { Notifier, ReminderNotification } from '../platform';
import { claimDueReminders, type DueReminder } from './due-reminders';
import { missedRemindersNotification } from './notifications';

export const DEFAULT_REMINDER_INTERVAL_MS = 60_000;

export interface ReminderSchedulerOptions {
  db: Database;
  clock: Clock;
  notifier: Notifier;
  /** How often to look for due reminders; a reminder fires at most this late. */
  intervalMs?: number;
  /** Where a failing notifier or database is reported; defaults to the console. */
  log?: (message: string, error: unknown) => void;
}

/**
 * Delivers each reminder once, when its time has come: an item's reminder (or its snooze),
 * the morning before an exam, a certification's renewal and a plan's study sessions.
 * Reminders missed while the app was closed arrive as one summary at start.
 */
export class ReminderScheduler {
  private readonly db: Database;
  private readonly clock: Clock;
  private readonly notifier: Notifier;
  private readonly intervalMs: number;
  private readonly log: (message: string, error: unknown) => void;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(options: ReminderSchedulerOptions) {
    this.db = options.db;
    this.clock = options.clock;
    this.notifier = options.notifier;
    this.intervalMs = options.intervalMs ?? DEFAULT_REMINDER_INTERVAL_MS;
    this.log = options.log ?? ((message, error) => console.error(message, error));
  }

  get running(): boolean {
    return this.timer !== null;
  }

  /** Summarises what was missed, then checks every interval. Calling it twice changes nothing. */
  start(): void {
    if (this.timer !== null) return;
    const missed = this.claimDueReminders();
    if (missed.length === 1 && missed[0] !== undefined) this.deliver(missed[0].notification);
    else if (missed.length > 1) this.deliver(missedRemindersNotification(missed));
    this.timer = setInterval(() => this.checkNow(), this.intervalMs);
    // A pending check must not keep a closing process alive.
    this.timer.unref?.();
  }

  /** Delivers every reminder that is due now, one notification each; returns how many. */
  checkNow(): number {
    const due = this.claimDueReminders();
    for (const reminder of due) this.deliver(reminder.notification);
    return due.length;
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * Finds due reminders and marks them notified in one transaction before anything is shown,
   * so a crash or a second check can never show the same reminder twice.
   */
  private claimDueReminders(): DueReminder[] {
    try {
      return this.db.transaction(() => claimDueReminders(this.db, this.clock.now(), this.intervalMs))();
    } catch (error) {
      this.log('Could not check reminders', error);
      return [];
    }
  }

  private deliver(notification: ReminderNotification): void {
    try {
      this.notifier.notify(notification);
    } catch (error) {
      this.log('Could not show a reminder', error);
    }
  }
}
