/**
 * The planning vocabulary, shaped like the domain types of the same names so plan data passes
 * straight in.
 */
import type { CertificationLevel, IsoDate, PlanItemKind } from '../domain';

export type { CertificationLevel, IsoDate, PlanItemKind };

/** Minutes of study on each weekday, Monday first. */
export type WeeklyBudget = [number, number, number, number, number, number, number];

/** `target`: spread the work to finish on the target date; `asap`: as soon as the budget allows. */
export type ScheduleMode = 'target' | 'asap';

export type ScheduleItemStatus = 'todo' | 'in-progress' | 'done' | 'skipped';

/** An item as the schedule sees it, in plan order. */
export interface SchedulableItem {
  status: ScheduleItemStatus;
  effortHours: number;
  startDate: IsoDate | null;
  dueDate: IsoDate | null;
}

/** Planned study minutes in one ISO week. */
export interface WeekLoad {
  /** ISO 8601 week, `2026-W05`. */
  week: string;
  /** The Monday that starts the week. */
  weekStart: IsoDate;
  plannedMinutes: number;
  /** The whole weekly budget. */
  budgetMinutes: number;
}
