/**
 * How a plan's schedule is put into words, the same on screen and in the PDF: hours, weekly
 * study time, and where the plan stands against its target. Pure.
 */
import type { IsoDate, PlanSchedule, WeeklyBudget } from '../domain';
import { toDayNumber } from './days';

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

export function days(count: number): string {
  return `${count} day${count === 1 ? '' : 's'}`;
}

/**
 * A weekly budget in two parts: the week's total ("8 h a week") and the days that have it
 * ("Mon–Fri 1 h, Sat 3 h"). Days in a row with the same time are joined; days without study are
 * left out. `days` is null when the week has no study time.
 */
export function budgetParts(budget: Readonly<WeeklyBudget>): { weekly: string; days: string | null } {
  const total = budget.reduce((sum, minutes) => sum + minutes, 0);
  if (total === 0) return { weekly: 'No study time in the week', days: null };
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
  return { weekly: `${formatMinutes(total)} a week`, days: runs.join(', ') };
}

/** A weekly budget in a line: "8 h a week: Mon–Fri 1 h, Sat 3 h". */
export function describeBudget(budget: Readonly<WeeklyBudget>): string {
  const { weekly, days } = budgetParts(budget);
  return days === null ? weekly : `${weekly}: ${days}`;
}

export interface TargetStatus {
  tone: 'on-track' | 'late' | 'none';
  text: string;
}

/**
 * How the plan stands against its target. The later of two answers counts: the stored dates
 * (the projected finish) and a re-plan of the remaining work from today (the shortfall).
 */
export function targetStatus(schedule: PlanSchedule, targetDate: IsoDate): TargetStatus {
  if (schedule.mode === 'asap') return { tone: 'none', text: 'As soon as your study time allows' };
  if (schedule.projectedFinish === null) return { tone: 'none', text: 'Nothing left to schedule' };
  const finishLate = toDayNumber(schedule.projectedFinish) - toDayNumber(targetDate);
  const late = Math.max(finishLate, schedule.targetShortfallDays);
  return late > 0
    ? { tone: 'late', text: `${days(late)} past the target at this study time` }
    : { tone: 'on-track', text: 'On track for the target' };
}

export interface ScheduleFact {
  value: string;
  note: TargetStatus | null;
}

/**
 * What the plan screen and the PDF say about a schedule: when it ends, against what target, at
 * what pace and how much is left. Each caller lays the facts out its own way.
 */
export function scheduleFacts(
  plan: { schedule: PlanSchedule; targetDate: IsoDate },
  formatDate: (date: IsoDate) => string,
): { finish: ScheduleFact; target: ScheduleFact; studyTime: ScheduleFact; remaining: ScheduleFact } {
  const { schedule } = plan;
  const budget = budgetParts(schedule.budget);
  return {
    finish: {
      value: schedule.projectedFinish === null ? 'Nothing left' : formatDate(schedule.projectedFinish),
      note: null,
    },
    target:
      schedule.mode === 'asap'
        ? { value: 'As soon as possible', note: null }
        : { value: formatDate(plan.targetDate), note: targetStatus(schedule, plan.targetDate) },
    studyTime: {
      value: budget.weekly,
      note: budget.days === null ? null : { tone: 'none', text: budget.days },
    },
    remaining: { value: formatHours(schedule.remainingHours), note: null },
  };
}
