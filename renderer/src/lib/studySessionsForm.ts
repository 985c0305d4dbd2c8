/** The study sessions dialog's form: weekdays as ISO numbers (1 = Monday), a time as HH:mm. Pure. */
import type { StudySessions } from '../../../shared/domain';
import { WEEKDAY_NAMES } from './activityHeatmap';

export const SESSION_WEEKDAYS: readonly { weekday: number; name: string }[] = WEEKDAY_NAMES.map(
  (name, index) => ({ weekday: index + 1, name }),
);

export function toggleWeekday(weekdays: readonly number[], weekday: number, on: boolean): number[] {
  const set = new Set(weekdays);
  if (on) set.add(weekday);
  else set.delete(weekday);
  return [...set].sort((a, b) => a - b);
}

const SESSION_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface SessionProblems {
  weekdays?: string;
  time?: string;
}

/** What stops the sessions from being saved; empty when they can be. */
export function sessionProblems(sessions: StudySessions): SessionProblems {
  const problems: SessionProblems = {};
  if (!SESSION_TIME.test(sessions.time)) problems.time = 'Choose a time of day, such as 19:00.';
  if (sessions.enabled && sessions.weekdays.length === 0)
    problems.weekdays = 'Choose at least one day for your study sessions.';
  return problems;
}

/** "Mondays, Wednesdays and Fridays at 19:00" */
export function describeSessions(sessions: StudySessions): string {
  if (!sessions.enabled || sessions.weekdays.length === 0) return 'No study session reminders.';
  const days = SESSION_WEEKDAYS.filter(({ weekday }) => sessions.weekdays.includes(weekday)).map(
    ({ name }) => `${name}s`,
  );
  const list = days.length === 7 ? 'Every day' : joinWithAnd(days);
  return `${list} at ${sessions.time}`;
}

function joinWithAnd(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}
