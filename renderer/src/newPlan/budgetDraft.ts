/**
 * The weekly budget as a form edits it: hours per weekday as typed text, Monday first, read back
 * into whole minutes. Pure.
 */
import type { WeeklyBudget } from '../../../shared/domain';
import { DEFAULT_WEEKLY_BUDGET, MAX_MINUTES_PER_DAY } from '../../../shared/planning';

/** One text per weekday, Monday first, in hours ("1", "1.5", "" for none). */
export type BudgetDraft = readonly string[];

export interface BudgetPreset {
  label: string;
  budget: WeeklyBudget;
}

export const BUDGET_PRESETS: readonly BudgetPreset[] = [
  { label: '1 h on weekdays, 3 h Saturday', budget: [...DEFAULT_WEEKLY_BUDGET] as WeeklyBudget },
  { label: '30 min every day', budget: [30, 30, 30, 30, 30, 30, 30] },
  { label: '2 h on weekdays', budget: [120, 120, 120, 120, 120, 0, 0] },
  { label: '4 h on Saturday and Sunday', budget: [0, 0, 0, 0, 0, 240, 240] },
  { label: '2 h every day', budget: [120, 120, 120, 120, 120, 120, 120] },
];

const MAX_HOURS_PER_DAY = MAX_MINUTES_PER_DAY / 60;

export function budgetToDraft(budget: Readonly<WeeklyBudget>): string[] {
  return budget.map((minutes) => String(Math.round((minutes / 60) * 100) / 100));
}

export interface BudgetReading {
  /** Null while some day is not a usable number of hours or the week has no study time. */
  budget: WeeklyBudget | null;
  /** A message per weekday whose text is not a usable number of hours. */
  dayProblems: (string | undefined)[];
  /** About the week as a whole (no time on any day). */
  weekProblem: string | undefined;
}

function readHours(text: string): number | string {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return 0;
  const hours = Number(trimmed);
  if (!Number.isFinite(hours) || hours < 0) return 'Enter hours as a number, such as 1.5.';
  if (hours > MAX_HOURS_PER_DAY) return `At most ${MAX_HOURS_PER_DAY} hours in a day.`;
  return Math.round(hours * 60);
}

export function readBudgetDraft(draft: BudgetDraft): BudgetReading {
  const read = Array.from({ length: 7 }, (_, day) => readHours(draft[day] ?? ''));
  const dayProblems = read.map((value) => (typeof value === 'string' ? value : undefined));
  if (dayProblems.some((problem) => problem !== undefined)) {
    return { budget: null, dayProblems, weekProblem: undefined };
  }
  const minutes = read as number[];
  if (minutes.every((value) => value === 0)) {
    return {
      budget: null,
      dayProblems,
      weekProblem: 'Give at least one day some study time.',
    };
  }
  return { budget: minutes as WeeklyBudget, dayProblems, weekProblem: undefined };
}

export function isSameBudget(a: Readonly<WeeklyBudget> | null, b: Readonly<WeeklyBudget>): boolean {
  return a !== null && a.every((minutes, day) => minutes === b[day]);
}
