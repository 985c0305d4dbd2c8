export { DEFAULT_REMINDER_INTERVAL_MS, ReminderScheduler, type ReminderSchedulerOptions } from './scheduler';
