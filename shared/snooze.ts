/**
 * When a snoozed reminder comes back. The notification's actions and the item's snooze
 * buttons both use these rules, so "Tomorrow morning" means the same everywhere.
 */
import { addDays, addMinutes, set } from 'date-fns';

export type SnoozeChoice = '10-minutes' | '1-hour' | 'tomorrow-morning';

/** The local hour "tomorrow morning" stands for. */
export const MORNING_HOUR = 9;

/** Every choice with its label, in the order they are offered. */
export const SNOOZE_OPTIONS: readonly { choice: SnoozeChoice; label: string }[] = [
  { choice: '10-minutes', label: 'Snooze 10 min' },
  { choice: '1-hour', label: 'Snooze 1 hour' },
  { choice: 'tomorrow-morning', label: 'Tomorrow morning' },
];

/**
 * The instant a reminder snoozed at `now` comes back. Minutes are real elapsed time, so a
 * snooze across a DST change still lasts exactly 10 or 60 minutes; "tomorrow morning" is
 * 09:00 on the next local calendar day, whatever the clocks did overnight.
 */
export function snoozeUntil(choice: SnoozeChoice, now: Date): Date {
  switch (choice) {
    case '10-minutes':
      return addMinutes(now, 10);
    case '1-hour':
      return addMinutes(now, 60);
    case 'tomorrow-morning':
      return set(addDays(now, 1), { hours: MORNING_HOUR, minutes: 0, seconds: 0, milliseconds: 0 });
  }
}
