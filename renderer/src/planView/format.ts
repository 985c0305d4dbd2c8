/** Wording for hours, weeks and weekly budgets on the plan screens. Pure. */
import { differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import type { IsoDate, WeeklyBudget } from '../../../shared/domain';
import { addDaysIso } from '../../../shared/schedule';

export const WEEKDAYS: readonly { name: string; short: string }[] = [
  { name: 'Monday', short: 'Mon' },
  { name: 'Tuesday', short: 'Tue' },
  { name: 'Wednesday', short: 'Wed' },
  { name: 'Thursday', short: 'Thu' },
  { name: 'Friday', short: 'Fri' },
  { name: 'Saturday', short: 'Sat' },
  { name: 'Sunday', short: 'Sun' },
];

/** Hours as people say them: "40 h", "2.5 h", "0.25 h". */
export function formatHours(hours: number): string {
  return `${Math.round(hours * 100) / 100} h`;
}

/** "45 min", "2 h", "1 h 30 min". */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function days(count: number): string {
  return plural(count, 'day');
}

/**
 * A weekly budget in a line: "8 h a week: Mon–Fri 1 h, Sat 3 h". Days in a row with the same
 * time are joined; days without study are left out.
 */
export function describeBudget(budget: Readonly<WeeklyBudget>): string {
  const total = budget.reduce((sum, minutes) => sum + minutes, 0);
  if (total === 0) return 'No study time in the week';
  const runs: string[] = [];
  let first = 0;
  for (let day = 1; day <= 7; day += 1) {
    if (day < 7 && budget[day] === budget[first]) continue;
    const minutes = budget[first] ?? 0;
    if (minutes > 0) {
      const span =
        day - 1 === first
          ? (WEEKDAYS[first]?.short ?? '')
          : `${WEEKDAYS[first]?.short ?? ''}–${WEEKDAYS[day - 1]?.short ?? ''}`;
      runs.push(`${span} ${formatMinutes(minutes)}`);
    }
    first = day;
  }
  return `${formatMinutes(total)} a week: ${runs.join(', ')}`;
}

/** The seven days of the week starting `weekStart`: "16–22 Mar 2026", "30 Mar – 5 Apr 2026". */
export function formatWeekRange(weekStart: IsoDate): string {
  const start = parseISO(weekStart);
  const end = parseISO(addDaysIso(weekStart, 6));
  if (!isValid(start) || !isValid(end)) return weekStart;
  if (start.getFullYear() !== end.getFullYear())
    return `${format(start, 'd MMM yyyy')} – ${format(end, 'd MMM yyyy')}`;
  if (start.getMonth() !== end.getMonth()) return `${format(start, 'd MMM')} – ${format(end, 'd MMM yyyy')}`;
  return `${format(start, 'd')}–${format(end, 'd MMM yyyy')}`;
}

/** A date near today in words: "today", "tomorrow", "Thu 19 Mar" within the week ahead, else "19 Mar 2026". */
export function formatNearDay(date: IsoDate, today: IsoDate): string {
  const parsed = parseISO(date);
  if (!isValid(parsed)) return date;
  const ahead = differenceInCalendarDays(parsed, parseISO(today));
  if (ahead === 0) return 'today';
  if (ahead === 1) return 'tomorrow';
  if (ahead > 1 && ahead < 7) return format(parsed, 'EEE d MMM');
  return format(parsed, 'd MMM yyyy');
}

/** "2026-W12" as "Week 12". */
export function weekNumberLabel(isoWeek: string): string {
  const match = /W(\d+)$/.exec(isoWeek);
  return match === null ? isoWeek : `Week ${Number(match[1])}`;
}
