import { describe, expect, it } from 'vitest';
import type { PlanItem, WeeklyBudget } from '../../../shared/domain';
import { thisWeek } from '../../../renderer/src/planView/thisWeek';
import { planTimeline, weekFill } from '../../../renderer/src/planView/timeline';
import { progressSummary } from '../../../renderer/src/planView/progress';
import { planItem } from './fixtures';

const BUDGET: WeeklyBudget = [60, 60, 60, 60, 60, 180, 0];
/** A Wednesday: its ISO week runs from Monday 2026-03-16 to Sunday 2026-03-22. */
const TODAY = '2026-03-18';

function item(id: number, overrides: Partial<PlanItem>): PlanItem {
  return planItem({ id, position: id, title: `Item ${id}`, ...overrides });
}

describe('the This week view', () => {
  const items = [
    item(1, { startDate: '2026-03-02', dueDate: '2026-03-10' }),
    item(2, { startDate: '2026-03-01', dueDate: '2026-03-05' }),
    item(3, { startDate: '2026-03-11', dueDate: '2026-03-19', status: 'in-progress' }),
    item(4, { startDate: '2026-03-20', dueDate: '2026-03-27' }),
    item(5, { startDate: '2026-03-28', dueDate: '2026-04-06' }),
    item(6, { startDate: '2026-03-01', dueDate: '2026-03-04', status: 'skipped' }),
    item(7, { status: 'done', completedAt: '2026-03-16T10:00:00.000Z', dueDate: '2026-03-30' }),
    item(8, { status: 'done', completedAt: '2026-03-13T10:00:00.000Z', dueDate: '2026-03-12' }),
    item(9, { status: 'in-progress', startDate: null, dueDate: null }),
  ];

  it('puts overdue items first, the longest overdue at the top, and leaves skipped ones out', () => {
    const week = thisWeek(items, TODAY, BUDGET);
    expect(week.week).toBe('2026-W12');
    expect(week.weekStart).toBe('2026-03-16');
    expect(week.weekEnd).toBe('2026-03-22');
    expect(week.overdue.map((i) => i.id)).toEqual([2, 1]);
  });

  it('lists what is in progress or scheduled on a day of this week, soonest due first', () => {
    const week = thisWeek(items, TODAY, BUDGET);
    // Item 4 starts on Friday, item 9 is in progress without dates; item 5 starts next week.
    expect(week.current.map((i) => i.id)).toEqual([3, 4, 9]);
    expect(week.nextUp).toBeNull();
  });

  it('keeps items ticked off this week in view, and not those done before', () => {
    expect(thisWeek(items, TODAY, BUDGET).doneThisWeek.map((i) => i.id)).toEqual([7]);
  });

  it('names the next item to start when nothing is planned this week', () => {
    const later = [
      item(1, { startDate: '2026-04-06', dueDate: '2026-04-10' }),
      item(2, { startDate: '2026-03-30', dueDate: '2026-04-03' }),
    ];
    const week = thisWeek(later, TODAY, BUDGET);
    expect(week.current).toEqual([]);
    expect(week.nextUp?.id).toBe(2);
  });

  it('sets the week’s planned study against the weekly budget', () => {
    // 7 h over Monday to Sunday of this week, spread by the budget of each day.
    const week = thisWeek(
      [item(1, { startDate: '2026-03-16', dueDate: '2026-03-22', effortHours: 7 })],
      TODAY,
      BUDGET,
    );
    expect(week.plannedMinutes).toBe(7 * 60);
    expect(week.budgetMinutes).toBe(8 * 60);
  });
});

describe('the timeline', () => {
  it('has a row per ISO week with study planned or something due, oldest first', () => {
    const timeline = planTimeline(
      [
        item(1, { startDate: '2026-03-09', dueDate: '2026-03-13', effortHours: 5 }),
        item(2, { startDate: '2026-03-16', dueDate: '2026-03-27', effortHours: 16 }),
        item(3, { status: 'done', startDate: '2026-03-01', dueDate: '2026-03-02' }),
        item(4, { dueDate: null }),
      ],
      BUDGET,
      TODAY,
    );
    expect(timeline.weeks.map((w) => [w.week, w.weekStart, w.plannedMinutes])).toEqual([
      ['2026-W11', '2026-03-09', 300],
      // 16 h over 8 h of budget this week and 5 h of the next: split in that proportion.
      ['2026-W12', '2026-03-16', 591],
      ['2026-W13', '2026-03-23', 369],
    ]);
    expect(timeline.weeks.map((w) => w.due.map((i) => i.id))).toEqual([[1], [], [2]]);
    expect(timeline.weeks.map((w) => [w.isPast, w.isCurrent, w.hasOverdue])).toEqual([
      [true, false, true],
      [false, true, false],
      [false, false, false],
    ]);
    expect(timeline.unscheduled.map((i) => i.id)).toEqual([4]);
    expect(timeline.budgetMinutes).toBe(480);
  });

  it('shows a week asked for more than the budget as over it', () => {
    expect(weekFill({ plannedMinutes: 600, budgetMinutes: 480 })).toEqual({ fraction: 1, overBudget: true });
    expect(weekFill({ plannedMinutes: 240, budgetMinutes: 480 })).toEqual({
      fraction: 0.5,
      overBudget: false,
    });
  });

  it('shows two items due the same week in due-date order', () => {
    const timeline = planTimeline(
      [item(1, { dueDate: '2026-03-20' }), item(2, { dueDate: '2026-03-17' })],
      BUDGET,
      TODAY,
    );
    expect(timeline.weeks[0]?.due.map((i) => i.id)).toEqual([2, 1]);
  });
});

describe('progress', () => {
  it('counts done and skipped items apart, in items and in hours', () => {
    expect(
      progressSummary([
        item(1, { status: 'done', effortHours: 10 }),
        item(2, { status: 'skipped', effortHours: 40 }),
        item(3, { status: 'in-progress', effortHours: 5 }),
        item(4, { status: 'todo', effortHours: 2.5 }),
      ]),
    ).toEqual({ done: 1, skipped: 1, total: 4, percent: 25, completedHours: 10, remainingHours: 7.5 });
  });
});
