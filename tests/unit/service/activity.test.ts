import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain';
import { summariseActivity } from '../../../electron/backend/service/activity-summary';
import { expectOk, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { importTrackedRole } from './tracking-fixtures';

const tempDir = useTempDir();

/** Completions on the given calendar days (an hour of effort each), read back as those days. */
function summary(days: IsoDate[], today: IsoDate, weeks = 26) {
  const completions = days.map((day) => ({ completedAt: `${day}T12:00:00.000Z`, effortHours: 1 }));
  return summariseActivity(completions, today, weeks, (instant) => instant.slice(0, 10));
}

describe('items completed per day', () => {
  it('lists every day from the Monday of the first week to today, across a month end', () => {
    // Wednesday 4 March 2026; two weeks start on Monday 23 February.
    const result = summary(
      ['2026-02-23', '2026-02-28', '2026-02-28', '2026-03-01', '2026-03-04'],
      '2026-03-04',
      2,
    );
    expect(result.from).toBe('2026-02-23');
    expect(result.days).toEqual([
      { date: '2026-02-23', completed: 1 },
      { date: '2026-02-24', completed: 0 },
      { date: '2026-02-25', completed: 0 },
      { date: '2026-02-26', completed: 0 },
      { date: '2026-02-27', completed: 0 },
      { date: '2026-02-28', completed: 2 },
      { date: '2026-03-01', completed: 1 },
      { date: '2026-03-02', completed: 0 },
      { date: '2026-03-03', completed: 0 },
      { date: '2026-03-04', completed: 1 },
    ]);
  });

  it('runs across a year end and a leap day, and leaves earlier completions out of the grid only', () => {
    const result = summary(['2027-12-30', '2028-01-01', '2028-02-29', '2028-03-01'], '2028-03-01', 10);
    expect(result.from).toBe('2027-12-27');
    expect(result.days).toHaveLength(7 * 9 + 3);
    const count = (date: string) => result.days.find((day) => day.date === date)?.completed;
    expect([count('2027-12-30'), count('2028-01-01'), count('2028-02-29'), count('2028-03-01')]).toEqual([
      1, 1, 1, 1,
    ]);
    const shorter = summary(['2027-12-30', '2028-03-01'], '2028-03-01', 1);
    expect(shorter.days.map((day) => day.date)).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect(shorter.completedItems).toBe(2);
  });

  it('adds up the effort of every finished item without floating-point dust', () => {
    const result = summariseActivity(
      [
        { completedAt: '2026-03-02T10:00:00.000Z', effortHours: 0.1 },
        { completedAt: '2026-03-02T11:00:00.000Z', effortHours: 0.2 },
        { completedAt: '2025-01-02T11:00:00.000Z', effortHours: 40 },
      ],
      '2026-03-04',
      26,
      (instant) => instant.slice(0, 10),
    );
    expect(result).toMatchObject({ completedHours: 40.3, completedItems: 3 });
  });
});

describe('weekly streaks', () => {
  it('are zero when nothing was ever finished', () => {
    expect(summary([], '2026-03-04')).toMatchObject({ currentWeeklyStreak: 0, longestWeeklyStreak: 0 });
  });

  it('count this week as soon as one item is done in it, however many are', () => {
    expect(summary(['2026-03-02', '2026-03-03', '2026-03-04'], '2026-03-04')).toMatchObject({
      currentWeeklyStreak: 1,
      longestWeeklyStreak: 1,
    });
  });

  it('still run while this week has nothing yet, as long as last week had something', () => {
    // Monday 9 March: last week ended on Sunday the 8th.
    expect(summary(['2026-02-25', '2026-03-08'], '2026-03-09')).toMatchObject({
      currentWeeklyStreak: 2,
      longestWeeklyStreak: 2,
    });
  });

  it('break after a whole week without a finished item', () => {
    expect(summary(['2026-02-25', '2026-03-01'], '2026-03-09')).toMatchObject({
      currentWeeklyStreak: 0,
      longestWeeklyStreak: 1,
    });
  });

  it('remember the longest run, even one long past and outside the grid', () => {
    const longAgo = ['2025-01-06', '2025-01-13', '2025-01-20', '2025-01-27'];
    const result = summary([...longAgo, '2026-02-24', '2026-03-03'], '2026-03-04', 4);
    expect(result).toMatchObject({ currentWeeklyStreak: 2, longestWeeklyStreak: 4 });
  });

  it('go on through the ISO week that spans a new year', () => {
    // 28 Dec 2026 to 3 Jan 2027 is week 53 of 2026; 1 January is in it.
    const result = summary(['2026-12-22', '2027-01-01', '2027-01-05'], '2027-01-06');
    expect(result).toMatchObject({ currentWeeklyStreak: 3, longestWeeklyStreak: 3 });
  });

  it('ignore a completion dated after today', () => {
    const result = summary(['2026-03-16'], '2026-03-04');
    expect(result).toMatchObject({ currentWeeklyStreak: 0, longestWeeklyStreak: 0 });
    expect(result.days.every((day) => day.completed === 0)).toBe(true);
  });
});

describe('activity across every plan', () => {
  const originalTz = process.env.TZ;
  // Thirteen hours ahead of UTC in January, so the local day and the UTC day differ.
  beforeAll(() => {
    process.env.TZ = 'Pacific/Auckland';
  });
  afterAll(() => {
    process.env.TZ = originalTz;
  });

  it('counts items on the local day they were ticked, in every plan, with their effort', () => {
    const harness = serviceHarness(tempDir(), new Date(2026, 11, 1, 9));
    const { service, clock } = harness;
    const pathId = importTrackedRole(service);
    const keys = expectOk(service.getPath({ pathId })).items.map((item) => item.key);
    const plan = (name: string) =>
      expectOk(
        service.createPlan({
          name,
          pathId,
          startDate: '2026-12-01',
          targetDate: '2027-06-30',
          itemKeys: keys,
        }),
      );
    const first = plan('First');
    const second = plan('Second');
    const tick = (itemId: number, at: Date) => {
      clock.set(at);
      expectOk(service.setItemStatus({ itemId, status: 'done' }));
    };
    const byTitle = (detail: typeof first, title: string) =>
      detail.items.find((i) => i.title === title)?.id ?? 0;
    tick(byTitle(first, 'Cloud Basics'), new Date(2026, 11, 31, 23, 30));
    tick(byTitle(second, 'Cloud Basics'), new Date(2027, 0, 1, 0, 30));
    tick(byTitle(second, 'Terminals'), new Date(2027, 0, 1, 18, 0));
    tick(byTitle(first, 'Build a status page'), new Date(2026, 11, 14, 8, 0));

    clock.set(new Date(2027, 0, 2, 9));
    const activity = expectOk(service.getActivity({}));
    expect(activity.from).toBe('2026-07-06');
    expect(activity.days).toHaveLength(25 * 7 + 6);
    expect(activity.days.at(-1)?.date).toBe('2027-01-02');
    expect(activity.days.filter((day) => day.completed > 0)).toEqual([
      { date: '2026-12-14', completed: 1 },
      { date: '2026-12-31', completed: 1 },
      { date: '2027-01-01', completed: 2 },
    ]);
    expect(activity).toMatchObject({
      currentWeeklyStreak: 1,
      longestWeeklyStreak: 1,
      completedItems: 4,
      completedHours: 30 + 30 + 20 + 12,
    });
    expect(expectOk(service.getActivity({ weeks: 1 })).days.map((day) => day.date)).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
  });

  it('refuses a number of weeks outside 1 to 104', () => {
    const { service } = serviceHarness(tempDir());
    for (const weeks of [0, 105, 2.5]) {
      expect(service.getActivity({ weeks })).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
  });
});
