/** The planning engine: pure functions over plan items and a weekly budget (no I/O, no clock). */
export type { SchedulableItem, ScheduleItemStatus, ScheduleMode, WeeklyBudget, WeekLoad } from './types';
export {
  DEFAULT_WEEKLY_BUDGET,
  MAX_MINUTES_PER_DAY,
  effortMinutes,
  isUnfinished,
  validateWeeklyBudget,
  weeklyBudgetMinutes,
} from './budget';
export { defaultEffortHours, defaultItemOrder, defaultOrderRank, type OrderableItem } from './order';
export {
  MAX_SCHEDULE_YEARS,
  scheduleItems,
  scheduleStart,
  type ScheduleInput,
  type ScheduleOutcome,
} from './schedule';
export { daysBehind, effortSummary, shiftForPause, type EffortSummary } from './tracking';
export { weeklyLoad } from './load';
