/**
 * The Activity screen's view of an ActivitySummary: a weeks-by-weekdays heatmap, its labels
 * and the plain-language summary that stands in for it. Pure, so it is tested without a DOM.
 */
import { format } from 'date-fns';
import type { ActivitySummary, IsoDate } from '../../../shared/domain';
import { parseIsoDate } from '../../../shared/schedule';

/** 0 for an empty day; 1 to 4 for more and more items. */
export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface HeatmapCell {
  date: IsoDate;
  completed: number;
  level: HeatLevel;
  /** What a screen reader says for the cell, e.g. "3 items on Tue 4 Nov". */
  label: string;
}

export interface HeatmapWeek {
  /** The Monday the week starts on. */
  monday: IsoDate;
  /** Monday first; null for the days of this week that are still to come. */
  days: (HeatmapCell | null)[];
  /**
   * The month's short name on the week that holds its 1st, and on the first week shown when the
   * next month's name is not right beside it.
   */
  monthLabel: string | null;
}

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const WEEKDAY_SHORT_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * Fixed thresholds rather than shares of the busiest day, so a colour means the same number of
 * items from one month to the next and the legend can say which.
 */
export const HEAT_LEVELS: readonly { level: HeatLevel; label: string; min: number }[] = [
  { level: 0, label: 'none', min: 0 },
  { level: 1, label: '1 item', min: 1 },
  { level: 2, label: '2 items', min: 2 },
  { level: 3, label: '3 to 4 items', min: 3 },
  { level: 4, label: '5 or more items', min: 5 },
];

export function heatLevel(completed: number): HeatLevel {
  let level: HeatLevel = 0;
  for (const step of HEAT_LEVELS) if (completed >= step.min) level = step.level;
  return level;
}

export function itemCount(count: number): string {
  return count === 1 ? '1 item' : `${count} items`;
}

/** "Tue 4 Nov" */
export function shortDay(date: IsoDate): string {
  return format(parseIsoDate(date), 'EEE d MMM');
}

export function cellLabel(date: IsoDate, completed: number): string {
  return `${completed === 0 ? 'No items' : itemCount(completed)} on ${shortDay(date)}`;
}

const DAYS_PER_WEEK = 7;

/** A month's name is wider than one column: the first week's name gives way to one close after it. */
const MIN_WEEKS_BETWEEN_LABELS = 3;

/** The summary's days (which start on a Monday) cut into weeks, oldest first. */
export function heatmapWeeks(days: ActivitySummary['days']): HeatmapWeek[] {
  const weeks: HeatmapWeek[] = [];
  for (let start = 0; start < days.length; start += DAYS_PER_WEEK) {
    const slice = days.slice(start, start + DAYS_PER_WEEK);
    const first = slice[0];
    if (first === undefined) break;
    const cells: (HeatmapCell | null)[] = slice.map(({ date, completed }) => ({
      date,
      completed,
      level: heatLevel(completed),
      label: cellLabel(date, completed),
    }));
    while (cells.length < DAYS_PER_WEEK) cells.push(null);
    const startsMonth = slice.find(({ date }) => date.endsWith('-01'));
    weeks.push({
      monday: first.date,
      days: cells,
      monthLabel: startsMonth === undefined ? null : format(parseIsoDate(startsMonth.date), 'MMM'),
    });
  }
  const firstWeek = weeks[0];
  if (firstWeek !== undefined && firstWeek.monthLabel === null) {
    const nextLabel = weeks.findIndex((week) => week.monthLabel !== null);
    if (nextLabel === -1 || nextLabel >= MIN_WEEKS_BETWEEN_LABELS)
      firstWeek.monthLabel = format(parseIsoDate(firstWeek.monday), 'MMM');
  }
  return weeks;
}

export function weekCount(weeks: number): string {
  return weeks === 1 ? '1 week' : `${weeks} weeks`;
}

/** How a streak reads on its card, with a hint of what keeps it going. */
export function streakDisplay(weeks: number): { value: string; hint: string } {
  if (weeks === 0) return { value: '0 weeks', hint: 'Finish an item this week to start one.' };
  return { value: weekCount(weeks), hint: 'Weeks in a row with at least one item done.' };
}

/** Hours rounded for reading: whole hours from 10 up, one decimal below. */
export function hoursDisplay(hours: number): string {
  const rounded = hours >= 10 ? Math.round(hours) : Math.round(hours * 10) / 10;
  return rounded === 1 ? '1 hour' : `${rounded} hours`;
}

/** The heatmap in one or two sentences, for people who cannot see it. */
export function activitySentence(days: ActivitySummary['days'], weeks: number): string {
  const active = days.filter((day) => day.completed > 0);
  const period = `the last ${weekCount(weeks)}`;
  if (active.length === 0) return `No items completed in ${period}.`;
  const total = active.reduce((sum, day) => sum + day.completed, 0);
  const busiest = active.reduce((best, day) => (day.completed > best.completed ? day : best));
  const onDays = active.length === 1 ? 'on 1 day' : `on ${active.length} days`;
  const most =
    active.length === 1
      ? ''
      : ` The busiest day was ${shortDay(busiest.date)}, with ${itemCount(busiest.completed)}.`;
  return `${itemCount(total)} completed ${onDays} in ${period}.${most}`;
}

export interface ActivityTableRow {
  monday: IsoDate;
  /** "Week of 3 Nov 2025" */
  label: string;
  /** Monday first; null for days still to come. */
  counts: (number | null)[];
  total: number;
}

/** The table alternative: one row per week, newest first. */
export function activityTableRows(weeks: readonly HeatmapWeek[]): ActivityTableRow[] {
  return weeks
    .map((week) => ({
      monday: week.monday,
      label: `Week of ${format(parseIsoDate(week.monday), 'd MMM yyyy')}`,
      counts: week.days.map((cell) => (cell === null ? null : cell.completed)),
      total: week.days.reduce((sum, cell) => sum + (cell?.completed ?? 0), 0),
    }))
    .reverse();
}

export interface GridPosition {
  week: number;
  day: number;
}

/**
 * Where an arrow key (or Home/End) takes the focus in the grid: left and right by week, up and
 * down by weekday, never onto a day still to come. Null for any other key.
 */
export function moveInGrid(
  weeks: readonly HeatmapWeek[],
  from: GridPosition,
  key: string,
): GridPosition | null {
  const exists = ({ week, day }: GridPosition) =>
    week >= 0 && day >= 0 && day < DAYS_PER_WEEK && (weeks[week]?.days[day] ?? null) !== null;
  const lastWeek = weeks.length - 1;
  let target: GridPosition;
  switch (key) {
    case 'ArrowLeft':
      target = { week: from.week - 1, day: from.day };
      break;
    case 'ArrowRight':
      target = { week: from.week + 1, day: from.day };
      break;
    case 'ArrowUp':
      target = { week: from.week, day: from.day - 1 };
      break;
    case 'ArrowDown':
      target = { week: from.week, day: from.day + 1 };
      break;
    case 'Home':
      target = { week: 0, day: from.day };
      break;
    case 'End': {
      // The newest week may not have reached this weekday yet.
      const week = exists({ week: lastWeek, day: from.day }) ? lastWeek : lastWeek - 1;
      target = { week, day: from.day };
      break;
    }
    default:
      return null;
  }
  return exists(target) ? target : from;
}

/** The newest day shown: where the grid's focus starts. */
export function lastDayPosition(weeks: readonly HeatmapWeek[]): GridPosition | null {
  const week = weeks.length - 1;
  const days = weeks[week]?.days;
  if (days === undefined) return null;
  const day = days.findLastIndex((cell) => cell !== null);
  return day < 0 ? null : { week, day };
}
