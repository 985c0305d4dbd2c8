/**
 * Items finished per day and weekly streaks. Weeks are ISO weeks (Monday first); a week counts
 * towards a streak when at least one item was finished in it.
 */
import type { ActivitySummary, IsoDate, IsoDateTime } from '../../../shared/domain';
import { fromDayNumber, mondayOf, toDayNumber } from '../../../shared/planning/days';
import type { Completion } from '../repo/activity';

export const DEFAULT_ACTIVITY_WEEKS = 26;
const DAYS_PER_WEEK = 7;

/** Rounded to hundredths so adding up quarter hours never shows floating-point dust. */
function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

function longestRun(mondays: readonly number[]): number {
  let longest = 0;
  let run = 0;
  let previous: number | null = null;
  for (const monday of mondays) {
    run = previous !== null && monday - previous === DAYS_PER_WEEK ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = monday;
  }
  return longest;
}

/** Weeks in a row ending this week, or last week while this week has nothing finished yet. */
function currentRun(activeWeeks: ReadonlySet<number>, thisMonday: number): number {
  let monday = activeWeeks.has(thisMonday) ? thisMonday : thisMonday - DAYS_PER_WEEK;
  let run = 0;
  while (activeWeeks.has(monday)) {
    run += 1;
    monday -= DAYS_PER_WEEK;
  }
  return run;
}

/**
 * The last `weeks` weeks up to `today`, starting on a Monday so they fill a weeks-by-weekdays
 * grid. `localDateOf` turns a completion instant into the person's calendar day.
 */
export function summariseActivity(
  completions: readonly Completion[],
  today: IsoDate,
  weeks: number,
  localDateOf: (instant: IsoDateTime) => IsoDate,
): ActivitySummary {
  const todayNumber = toDayNumber(today);
  const fromNumber = mondayOf(todayNumber) - DAYS_PER_WEEK * (weeks - 1);
  const perDay = new Map<number, number>();
  const activeWeeks = new Set<number>();
  for (const completion of completions) {
    const day = toDayNumber(localDateOf(completion.completedAt));
    // A completion dated after today (a clock set back) counts once the day comes.
    if (day > todayNumber) continue;
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    activeWeeks.add(mondayOf(day));
  }

  const days: ActivitySummary['days'] = [];
  for (let day = fromNumber; day <= todayNumber; day += 1) {
    days.push({ date: fromDayNumber(day), completed: perDay.get(day) ?? 0 });
  }
  return {
    days,
    from: fromDayNumber(fromNumber),
    currentWeeklyStreak: currentRun(activeWeeks, mondayOf(todayNumber)),
    longestWeeklyStreak: longestRun([...activeWeeks].sort((a, b) => a - b)),
    completedHours: roundHours(completions.reduce((sum, c) => sum + c.effortHours, 0)),
    completedItems: completions.length,
  };
}
