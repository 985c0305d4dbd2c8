/**
 * The pure scheduler on a large plan: the cost of re-planning before anything is written,
 * paid on every budget change, reorder, pause and resume.
 */
import {
  DEFAULT_WEEKLY_BUDGET,
  defaultEffortHours,
  scheduleItems,
  type SchedulableItem,
  type ScheduleMode,
} from '../../shared/planning';
import type { PlanItemKind } from '../../shared/domain';
import { formatMs, median, timeIt } from './stats';

const KINDS: PlanItemKind[] = ['certification', 'tool', 'project', 'custom'];

function largePlan(itemCount: number): SchedulableItem[] {
  return Array.from({ length: itemCount }, (_, index) => ({
    // The first tenth is done, and every twentieth item skipped: they must be stepped over.
    status: index < itemCount / 10 ? 'done' : index % 20 === 0 ? 'skipped' : 'todo',
    effortHours: defaultEffortHours(KINDS[index % KINDS.length] as PlanItemKind, null),
    startDate: null,
    dueDate: null,
  }));
}

function timeMode(
  items: SchedulableItem[],
  mode: ScheduleMode,
  rounds: number,
): { ms: number; weeks: number } {
  const run = () => {
    const result = scheduleItems({
      items,
      budget: DEFAULT_WEEKLY_BUDGET,
      mode,
      from: '2026-01-05',
      targetDate: '2056-12-29',
    });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.weeks.length;
  };
  const weeks = run();
  const samples = Array.from({ length: rounds }, () => timeIt(run).ms);
  return { ms: median(samples), weeks };
}

export function benchSchedule({ itemCount = 500, rounds = 51 } = {}): void {
  const items = largePlan(itemCount);
  const asap = timeMode(items, 'asap', rounds);
  const target = timeMode(items, 'target', rounds);
  console.log(
    `schedule a ${itemCount}-item plan (pure scheduler, default budget): ` +
      `${formatMs(asap.ms)} as soon as possible (${asap.weeks} weeks), ` +
      `${formatMs(target.ms)} spread to a target (${target.weeks} weeks), median of ${rounds} runs each`,
  );
}
