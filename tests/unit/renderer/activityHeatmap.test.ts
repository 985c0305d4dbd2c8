import { describe, expect, it } from 'vitest';
import type { ActivitySummary } from '../../../shared/domain';
import { addDaysIso } from '../../../shared/schedule';
import {
  activitySentence,
  activityTableRows,
  cellLabel,
  heatLevel,
  heatmapWeeks,
  hoursDisplay,
  lastDayPosition,
  moveInGrid,
  streakDisplay,
} from '../../../renderer/src/lib/activityHeatmap';

/** Days from a Monday, as the back end sends them, with counts on the days given. */
function daysFrom(
  monday: string,
  length: number,
  counts: Record<string, number> = {},
): ActivitySummary['days'] {
  return Array.from({ length }, (_, offset) => {
    const date = addDaysIso(monday, offset);
    return { date, completed: counts[date] ?? 0 };
  });
}

describe('the activity heatmap', () => {
  it('cuts the days into weeks of seven, Monday first, leaving the rest of this week empty', () => {
    // 26 weeks up to Wednesday 5 Nov 2025: 25 whole weeks and three days.
    const days = daysFrom('2025-05-12', 25 * 7 + 3, { '2025-11-04': 3, '2025-05-12': 1 });
    const weeks = heatmapWeeks(days);

    expect(weeks).toHaveLength(26);
    expect(weeks[0]?.monday).toBe('2025-05-12');
    expect(weeks[25]?.monday).toBe('2025-11-03');
    expect(weeks.every((week) => week.days.length === 7)).toBe(true);
    expect(weeks[25]?.days.map((cell) => cell?.date ?? null)).toEqual([
      '2025-11-03',
      '2025-11-04',
      '2025-11-05',
      null,
      null,
      null,
      null,
    ]);
    expect(weeks[25]?.days[1]).toMatchObject({ completed: 3, level: 3, label: '3 items on Tue 4 Nov' });
    expect(weeks[0]?.days[0]).toMatchObject({ completed: 1, level: 1, label: '1 item on Mon 12 May' });
  });

  it('names each month above the week that holds its first day', () => {
    // 29 Sep to 5 Oct holds 1 October.
    expect(heatmapWeeks(daysFrom('2025-09-01', 6 * 7)).map((week) => week.monthLabel)).toEqual([
      'Sep',
      null,
      null,
      null,
      'Oct',
      null,
    ]);
  });

  it('leaves the first week unnamed when the next month starts right after it', () => {
    expect(heatmapWeeks(daysFrom('2025-09-22', 6 * 7)).map((week) => week.monthLabel)).toEqual([
      null,
      'Oct',
      null,
      null,
      null,
      'Nov',
    ]);
  });

  it('colours a day by fixed steps, so a shade always means the same number of items', () => {
    expect([0, 1, 2, 3, 4, 5, 12].map(heatLevel)).toEqual([0, 1, 2, 3, 3, 4, 4]);
  });

  it('labels every day for screen readers, empty days included', () => {
    expect(cellLabel('2025-11-04', 0)).toBe('No items on Tue 4 Nov');
    expect(cellLabel('2025-11-04', 1)).toBe('1 item on Tue 4 Nov');
  });

  it('sums the heatmap up in words', () => {
    expect(activitySentence(daysFrom('2025-05-12', 14), 26)).toBe('No items completed in the last 26 weeks.');
    expect(activitySentence(daysFrom('2025-05-12', 14, { '2025-05-14': 2 }), 26)).toBe(
      '2 items completed on 1 day in the last 26 weeks.',
    );
    expect(activitySentence(daysFrom('2025-05-12', 14, { '2025-05-14': 2, '2025-05-20': 3 }), 26)).toBe(
      '5 items completed on 2 days in the last 26 weeks. The busiest day was Tue 20 May, with 3 items.',
    );
  });

  it('offers a table of weeks, newest first, with a total per week', () => {
    const weeks = heatmapWeeks(daysFrom('2025-10-27', 10, { '2025-10-28': 2, '2025-11-05': 1 }));
    expect(activityTableRows(weeks)).toEqual([
      {
        monday: '2025-11-03',
        label: 'Week of 3 Nov 2025',
        counts: [0, 0, 1, null, null, null, null],
        total: 1,
      },
      { monday: '2025-10-27', label: 'Week of 27 Oct 2025', counts: [0, 2, 0, 0, 0, 0, 0], total: 2 },
    ]);
  });
});

describe('moving through the heatmap from the keyboard', () => {
  // Two whole weeks and a Monday and Tuesday of the third.
  const weeks = heatmapWeeks(daysFrom('2025-10-20', 16));

  it('starts on the newest day', () => {
    expect(lastDayPosition(weeks)).toEqual({ week: 2, day: 1 });
  });

  it('moves a week with left and right, a day with up and down', () => {
    expect(moveInGrid(weeks, { week: 1, day: 3 }, 'ArrowLeft')).toEqual({ week: 0, day: 3 });
    expect(moveInGrid(weeks, { week: 1, day: 0 }, 'ArrowRight')).toEqual({ week: 2, day: 0 });
    expect(moveInGrid(weeks, { week: 1, day: 3 }, 'ArrowUp')).toEqual({ week: 1, day: 2 });
    expect(moveInGrid(weeks, { week: 1, day: 3 }, 'ArrowDown')).toEqual({ week: 1, day: 4 });
    expect(moveInGrid(weeks, { week: 0, day: 1 }, 'ArrowRight')).toEqual({ week: 1, day: 1 });
  });

  it('stays put at the edges and never lands on a day still to come', () => {
    expect(moveInGrid(weeks, { week: 0, day: 0 }, 'ArrowLeft')).toEqual({ week: 0, day: 0 });
    expect(moveInGrid(weeks, { week: 0, day: 0 }, 'ArrowUp')).toEqual({ week: 0, day: 0 });
    expect(moveInGrid(weeks, { week: 1, day: 6 }, 'ArrowDown')).toEqual({ week: 1, day: 6 });
    expect(moveInGrid(weeks, { week: 2, day: 1 }, 'ArrowDown')).toEqual({ week: 2, day: 1 });
    expect(moveInGrid(weeks, { week: 1, day: 3 }, 'ArrowRight')).toEqual({ week: 1, day: 3 });
  });

  it('jumps to the oldest or newest week with Home and End', () => {
    expect(moveInGrid(weeks, { week: 1, day: 0 }, 'Home')).toEqual({ week: 0, day: 0 });
    expect(moveInGrid(weeks, { week: 0, day: 0 }, 'End')).toEqual({ week: 2, day: 0 });
    // No Friday yet this week: End goes to last week's.
    expect(moveInGrid(weeks, { week: 0, day: 4 }, 'End')).toEqual({ week: 1, day: 4 });
  });

  it('ignores other keys', () => {
    expect(moveInGrid(weeks, { week: 0, day: 0 }, 'a')).toBeNull();
  });
});

describe('streaks and totals', () => {
  it('say how many weeks in a row, and how to start when there is no streak', () => {
    expect(streakDisplay(0)).toEqual({ value: '0 weeks', hint: 'Finish an item this week to start one.' });
    expect(streakDisplay(1).value).toBe('1 week');
    expect(streakDisplay(7).value).toBe('7 weeks');
  });

  it('round hours for reading', () => {
    expect(hoursDisplay(0)).toBe('0 hours');
    expect(hoursDisplay(1)).toBe('1 hour');
    expect(hoursDisplay(2.25)).toBe('2.3 hours');
    expect(hoursDisplay(182.5)).toBe('183 hours');
  });
});
