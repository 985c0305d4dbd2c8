import { describe, expect, it } from 'vitest';
import {
  daysBehind,
  effortSummary,
  shiftForPause,
  weeklyLoad,
  type SchedulableItem,
} from '../../../shared/planning';

const dated = (
  status: SchedulableItem['status'],
  startDate: string | null,
  dueDate: string | null,
  effortHours = 5,
): SchedulableItem => ({ status, effortHours, startDate, dueDate });

describe('days behind', () => {
  const items = [
    dated('done', '2026-01-20', '2026-02-01'),
    dated('skipped', '2026-02-02', '2026-02-10'),
    dated('in-progress', '2026-02-25', '2026-03-05'),
    dated('todo', '2026-02-20', '2026-03-01'),
    dated('todo', null, null),
  ];

  it('counts from the oldest unfinished item that is past due', () => {
    expect(daysBehind(items, '2026-03-10', null)).toBe(9);
  });

  it('counts across a leap day', () => {
    expect(daysBehind([dated('todo', null, '2028-02-27')], '2028-03-01', null)).toBe(3);
  });

  it('is zero when everything late is done or skipped, or only due today', () => {
    expect(daysBehind(items, '2026-03-01', null)).toBe(0);
    expect(daysBehind(items.slice(0, 2), '2026-03-10', null)).toBe(0);
    expect(daysBehind([], '2026-03-10', null)).toBe(0);
  });

  it('is zero while the plan is paused', () => {
    expect(daysBehind(items, '2026-03-10', '2026-02-15')).toBe(0);
  });
});

describe('resuming after a pause', () => {
  it('moves every unfinished item later by the days paused and leaves finished ones alone', () => {
    const done = dated('done', '2026-01-20', '2026-02-01');
    const skipped = dated('skipped', '2026-02-02', '2026-02-10');
    const shifted = shiftForPause(
      [
        done,
        skipped,
        dated('in-progress', '2026-02-18', '2026-02-26'),
        dated('todo', '2026-02-25', '2026-02-27'),
        dated('todo', null, '2026-03-01'),
        dated('todo', null, null),
      ],
      '2026-02-20',
      '2026-03-02',
    );
    expect(shifted.map((item) => [item.startDate, item.dueDate])).toEqual([
      ['2026-01-20', '2026-02-01'],
      ['2026-02-02', '2026-02-10'],
      ['2026-02-28', '2026-03-08'],
      ['2026-03-07', '2026-03-09'],
      [null, '2026-03-11'],
      [null, null],
    ]);
    expect(shifted[0]).toBe(done);
    expect(shifted[1]).toBe(skipped);
  });

  it('counts the leap day as a paused day', () => {
    const [item] = shiftForPause([dated('todo', '2028-02-27', '2028-03-03')], '2028-02-20', '2028-03-02');
    expect(item).toMatchObject({ startDate: '2028-03-09', dueDate: '2028-03-14' });
  });

  it('changes nothing when resumed the day it was paused', () => {
    const items = [dated('todo', '2026-02-25', '2026-02-27')];
    expect(shiftForPause(items, '2026-02-20', '2026-02-20')).toEqual(items);
  });
});

describe('effort totals', () => {
  it('counts done hours as completed and leaves skipped items out of what remains', () => {
    expect(
      effortSummary([
        dated('done', null, null, 40),
        dated('skipped', null, null, 20),
        dated('todo', null, null, 3),
        dated('in-progress', null, null, 2.5),
      ]),
    ).toEqual({ remainingHours: 5.5, completedHours: 40 });
  });
});

describe('weekly load from stored dates', () => {
  it('spreads each unfinished item over its days by their budget and sums per ISO week', () => {
    const load = weeklyLoad(
      [
        // Friday to Tuesday: 240 of its 360 budget minutes fall in the first week.
        dated('todo', '2026-01-30', '2026-02-03', 6),
        dated('done', '2026-01-26', '2026-02-08', 40),
        dated('skipped', '2026-01-26', '2026-02-08', 40),
        dated('todo', null, '2026-02-04', 1),
        dated('todo', '2026-02-01', null, 3),
        // Only a Sunday, which has no budget: the work still lands on it.
        dated('todo', '2026-02-08', '2026-02-08', 2),
        dated('in-progress', '2026-02-09', '2026-02-22', 10),
      ],
      [60, 60, 60, 60, 60, 180, 0],
    );
    expect(load).toEqual([
      { week: '2026-W05', weekStart: '2026-01-26', plannedMinutes: 240, budgetMinutes: 480 },
      { week: '2026-W06', weekStart: '2026-02-02', plannedMinutes: 300, budgetMinutes: 480 },
      { week: '2026-W07', weekStart: '2026-02-09', plannedMinutes: 300, budgetMinutes: 480 },
      { week: '2026-W08', weekStart: '2026-02-16', plannedMinutes: 300, budgetMinutes: 480 },
    ]);
  });

  it('shows a week planned beyond its budget, as the person set the dates', () => {
    const load = weeklyLoad([dated('todo', '2026-03-02', '2026-03-03', 10)], [60, 60, 60, 60, 60, 0, 0]);
    expect(load).toEqual([
      { week: '2026-W10', weekStart: '2026-03-02', plannedMinutes: 600, budgetMinutes: 300 },
    ]);
  });
});
