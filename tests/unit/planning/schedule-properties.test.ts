import { addDays, differenceInCalendarDays, getISODay, startOfISOWeek } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  scheduleItems,
  weeklyLoad,
  type SchedulableItem,
  type ScheduleInput,
  type ScheduleOutcome,
  type WeeklyBudget,
} from '../../../shared/planning';
import { addDaysIso, formatIsoDate, parseIsoDate } from '../../../shared/schedule';

const day = fc.integer({ min: 0, max: 3000 }).map((offset) => addDaysIso('2025-06-01', offset));

const budget: fc.Arbitrary<WeeklyBudget> = fc
  .tuple(...Array.from({ length: 7 }, () => fc.integer({ min: 0, max: 240 })))
  .filter((minutes) => minutes.reduce((sum, value) => sum + value, 0) >= 90)
  .map((minutes) => minutes as WeeklyBudget);

const item: fc.Arbitrary<SchedulableItem> = fc.record({
  status: fc.constantFrom('todo', 'todo', 'in-progress', 'done', 'skipped'),
  effortHours: fc.integer({ min: 1, max: 100 }).map((quarters) => quarters / 4),
  startDate: fc.option(day),
  dueDate: fc.option(day),
});

const input = fc
  .record({
    items: fc.array(item, { maxLength: 25 }),
    budget,
    mode: fc.constantFrom<'target' | 'asap'>('target', 'asap'),
    from: day,
    targetDays: fc.integer({ min: -30, max: 400 }),
  })
  .map(({ targetDays, ...rest }): ScheduleInput<SchedulableItem> => ({
    ...rest,
    targetDate: addDaysIso(rest.from, targetDays),
  }));

const unfinished = (entry: SchedulableItem): boolean =>
  entry.status === 'todo' || entry.status === 'in-progress';
const minutesOf = (entry: SchedulableItem): number => Math.max(1, Math.round(entry.effortHours * 60));

function schedule(scheduleInput: ScheduleInput<SchedulableItem>): ScheduleOutcome<SchedulableItem> {
  const result = scheduleItems(scheduleInput);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * The rules done the slow, obvious way: walk the calendar with date-fns one day at a time and
 * pour each day's minutes into the items in order.
 */
function referenceSchedule({
  items,
  budget: weekly,
  mode,
  from,
  targetDate,
}: ScheduleInput<SchedulableItem>) {
  const first = parseIsoDate(from);
  const firstWeekday = getISODay(first) - 1;
  const budgetOn = (offset: number): number => weekly[(firstWeekday + offset) % 7] as number;
  const work = items.filter(unfinished).reduce((sum, entry) => sum + minutesOf(entry), 0);
  let available = 0;
  for (let offset = 0; offset <= differenceInCalendarDays(parseIsoDate(targetDate), first); offset += 1) {
    available += budgetOn(offset);
  }
  const scaled = mode === 'target' && available > work;

  const dates = items.map((entry) => [entry.startDate, entry.dueDate]);
  const queue = items.flatMap((entry, index) =>
    unfinished(entry) ? [{ index, left: minutesOf(entry) }] : [],
  );
  const weeks = new Map<string, number>();
  let fullSoFar = 0;
  let plannedSoFar = 0;
  let finish: string | null = null;
  for (let offset = 0; queue.length > 0; offset += 1) {
    fullSoFar += budgetOn(offset);
    const plannedThrough = scaled ? Math.floor((work * fullSoFar) / available) : fullSoFar;
    let today = plannedThrough - plannedSoFar;
    plannedSoFar = plannedThrough;
    if (today === 0) continue;
    const date = formatIsoDate(addDays(first, offset));
    const week = formatIsoDate(startOfISOWeek(addDays(first, offset)));
    while (today > 0 && queue.length > 0) {
      const head = queue[0] as { index: number; left: number };
      const row = dates[head.index] as (string | null)[];
      if (head.left === minutesOf(items[head.index] as SchedulableItem)) row[0] = date;
      const taken = Math.min(today, head.left);
      head.left -= taken;
      today -= taken;
      weeks.set(week, (weeks.get(week) ?? 0) + taken);
      if (head.left === 0) {
        row[1] = date;
        finish = date;
        queue.shift();
      }
    }
  }
  return { dates, finish, weeks: [...weeks.entries()] };
}

describe('schedule properties', () => {
  it('matches filling the budget day by day, item after item', () => {
    fc.assert(
      fc.property(input, (scheduleInput) => {
        const outcome = schedule(scheduleInput);
        const reference = referenceSchedule(scheduleInput);
        expect(outcome.items.map((entry) => [entry.startDate, entry.dueDate])).toEqual(reference.dates);
        expect(outcome.projectedFinish).toBe(reference.finish);
        expect(outcome.weeks.map((week) => [week.weekStart, week.plannedMinutes])).toEqual(reference.weeks);
      }),
      { numRuns: 120 },
    );
  });

  it('never plans a week beyond its budget and plans every remaining minute', () => {
    fc.assert(
      fc.property(input, (scheduleInput) => {
        const outcome = schedule(scheduleInput);
        const weekBudget = scheduleInput.budget.reduce((sum, minutes) => sum + minutes, 0);
        for (const week of outcome.weeks) expect(week.plannedMinutes).toBeLessThanOrEqual(weekBudget);
        const planned = outcome.weeks.reduce((sum, week) => sum + week.plannedMinutes, 0);
        expect(planned).toBe(
          scheduleInput.items.filter(unfinished).reduce((sum, e) => sum + minutesOf(e), 0),
        );
      }),
    );
  });

  it('never moves done or skipped items', () => {
    fc.assert(
      fc.property(input, (scheduleInput) => {
        const outcome = schedule(scheduleInput);
        scheduleInput.items.forEach((entry, index) => {
          if (!unfinished(entry)) expect(outcome.items[index]).toEqual(entry);
        });
      }),
    );
  });

  it('gives every unfinished item a start on or after the first day and no later than its due date, in order', () => {
    fc.assert(
      fc.property(input, (scheduleInput) => {
        const outcome = schedule(scheduleInput);
        let previousDue = scheduleInput.from;
        outcome.items.filter(unfinished).forEach((entry) => {
          const { startDate, dueDate } = entry as { startDate: string; dueDate: string };
          expect(startDate >= scheduleInput.from).toBe(true);
          expect(startDate <= dueDate).toBe(true);
          expect(dueDate >= previousDue).toBe(true);
          previousDue = dueDate;
        });
        expect(outcome.projectedFinish).toBe(outcome.items.some(unfinished) ? previousDue : null);
      }),
    );
  });

  it('makes the target whenever it reports no shortfall, and misses it by exactly the shortfall otherwise', () => {
    fc.assert(
      fc.property(input, (scheduleInput) => {
        const { projectedFinish, targetShortfallDays } = schedule(scheduleInput);
        if (projectedFinish === null) return;
        if (targetShortfallDays === 0) expect(projectedFinish <= scheduleInput.targetDate).toBe(true);
        else expect(addDaysIso(scheduleInput.targetDate, targetShortfallDays)).toBe(projectedFinish);
      }),
    );
  });

  it('finishes as soon as possible no later than when spreading to the target', () => {
    fc.assert(
      fc.property(input, (scheduleInput) => {
        const asap = schedule({ ...scheduleInput, mode: 'asap' });
        const target = schedule({ ...scheduleInput, mode: 'target' });
        expect((asap.projectedFinish ?? '') <= (target.projectedFinish ?? '')).toBe(true);
        expect(asap.targetShortfallDays).toBe(target.targetShortfallDays);
      }),
    );
  });

  it('reads back from the dates it set the weeks it planned, and no week over its budget', () => {
    fc.assert(
      fc.property(input, (scheduleInput) => {
        const outcome = schedule(scheduleInput);
        const load = weeklyLoad(outcome.items, scheduleInput.budget);
        const weekBudget = scheduleInput.budget.reduce((sum, minutes) => sum + minutes, 0);
        // Each item's share of a week is rounded to whole minutes, at most half a minute up.
        const rounding = Math.ceil(outcome.items.length / 2);
        for (const week of load) expect(week.plannedMinutes).toBeLessThanOrEqual(weekBudget + rounding);
        // Whole days one item after another can be read back exactly; a steady share only nearly.
        if (scheduleInput.mode === 'asap' || outcome.targetShortfallDays > 0) {
          expect(load.map((week) => [week.weekStart, week.plannedMinutes])).toEqual(
            outcome.weeks.map((week) => [week.weekStart, week.plannedMinutes]),
          );
        }
      }),
    );
  });

  it('reads back the same total load from the stored dates', () => {
    fc.assert(
      fc.property(input, (scheduleInput) => {
        const outcome = schedule(scheduleInput);
        const load = weeklyLoad(outcome.items, scheduleInput.budget);
        const expected = outcome.items
          .filter((entry) => unfinished(entry) && entry.dueDate !== null)
          .reduce((sum, entry) => sum + minutesOf(entry), 0);
        expect(load.reduce((sum, week) => sum + week.plannedMinutes, 0)).toBe(expected);
        load.forEach((week, index) => {
          if (index > 0) expect(week.weekStart > (load[index - 1]?.weekStart ?? '')).toBe(true);
        });
      }),
    );
  });
});
