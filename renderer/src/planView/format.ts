/** Wording for hours, weeks and weekly budgets on the plan screens. Pure. */
import { differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import type { IsoDate } from '../../../shared/domain';
import { addDaysIso } from '../../../shared/schedule';

export { days, describeBudget, formatHours, formatMinutes, WEEKDAYS } from '../../../shared/planning/wording';

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
