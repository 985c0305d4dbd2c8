/**
 * Fixed plans with their expected schedules, worked out by hand. The unit tests and the
 * time-zone children (tz-child.ts) run the same ones.
 */
import type { Result } from '../../../shared/result';
import type { ScheduleInput, ScheduleOutcome, SchedulableItem } from '../../../shared/planning';

export interface ScenarioItem extends SchedulableItem {
  title: string;
}

export interface ScenarioSummary {
  /** Each item's [startDate, dueDate], in plan order. */
  dates: [string | null, string | null][];
  projectedFinish: string | null;
  targetShortfallDays: number;
  /** [ISO week, week start, planned minutes]. */
  weeks: [string, string, number][];
}

export interface Scenario {
  name: string;
  input: ScheduleInput<ScenarioItem>;
  expected: ScenarioSummary;
}

const todo = (title: string, effortHours: number): ScenarioItem => ({
  title,
  effortHours,
  status: 'todo',
  startDate: null,
  dueDate: null,
});

const weekdaysAndSaturday: ScheduleInput<ScenarioItem>['budget'] = [60, 60, 60, 60, 60, 180, 0];

const acrossJanuaryEnd: ScenarioItem[] = [
  { title: 'Finished', effortHours: 40, status: 'done', startDate: '2026-01-10', dueDate: '2026-01-20' },
  todo('Three hours', 3),
  { title: 'Dropped', effortHours: 20, status: 'skipped', startDate: '2026-01-12', dueDate: '2026-01-25' },
  { ...todo('Two hours, started', 2), status: 'in-progress' },
  todo('Four hours', 4),
];

export const scenarios: Scenario[] = [
  {
    name: 'as soon as possible across the end of January, around done and skipped items',
    input: {
      items: acrossJanuaryEnd,
      budget: weekdaysAndSaturday,
      mode: 'asap',
      from: '2026-01-30',
      targetDate: '2026-03-31',
    },
    expected: {
      dates: [
        ['2026-01-10', '2026-01-20'],
        ['2026-01-30', '2026-01-31'],
        ['2026-01-12', '2026-01-25'],
        ['2026-01-31', '2026-02-02'],
        ['2026-02-03', '2026-02-06'],
      ],
      projectedFinish: '2026-02-06',
      targetShortfallDays: 0,
      weeks: [
        ['2026-W05', '2026-01-26', 240],
        ['2026-W06', '2026-02-02', 300],
      ],
    },
  },
  {
    name: 'spread to the target date, each day scaled to 9/17 of its budget',
    input: {
      items: acrossJanuaryEnd,
      budget: weekdaysAndSaturday,
      mode: 'target',
      from: '2026-01-30',
      targetDate: '2026-02-13',
    },
    expected: {
      dates: [
        ['2026-01-10', '2026-01-20'],
        ['2026-01-30', '2026-02-03'],
        ['2026-01-12', '2026-01-25'],
        ['2026-02-03', '2026-02-07'],
        ['2026-02-07', '2026-02-13'],
      ],
      projectedFinish: '2026-02-13',
      targetShortfallDays: 0,
      weeks: [
        ['2026-W05', '2026-01-26', 127],
        ['2026-W06', '2026-02-02', 254],
        ['2026-W07', '2026-02-09', 159],
      ],
    },
  },
  {
    name: 'a target the budget cannot make: full budget, three days late',
    input: {
      items: acrossJanuaryEnd,
      budget: weekdaysAndSaturday,
      mode: 'target',
      from: '2026-01-30',
      targetDate: '2026-02-03',
    },
    expected: {
      dates: [
        ['2026-01-10', '2026-01-20'],
        ['2026-01-30', '2026-01-31'],
        ['2026-01-12', '2026-01-25'],
        ['2026-01-31', '2026-02-02'],
        ['2026-02-03', '2026-02-06'],
      ],
      projectedFinish: '2026-02-06',
      targetShortfallDays: 3,
      weeks: [
        ['2026-W05', '2026-01-26', 240],
        ['2026-W06', '2026-02-02', 300],
      ],
    },
  },
  {
    name: 'weekends only, across the new year into ISO week 53',
    input: {
      items: [todo('Ten hours', 10), todo('One hour', 1)],
      budget: [0, 0, 0, 0, 0, 300, 300],
      mode: 'asap',
      from: '2026-12-30',
      targetDate: '2027-01-31',
    },
    expected: {
      dates: [
        ['2027-01-02', '2027-01-03'],
        ['2027-01-09', '2027-01-09'],
      ],
      projectedFinish: '2027-01-09',
      targetShortfallDays: 0,
      weeks: [
        ['2026-W53', '2026-12-28', 600],
        ['2027-W01', '2027-01-04', 60],
      ],
    },
  },
  {
    name: 'through the leap day of 2028',
    input: {
      items: [todo('A', 2), todo('B', 2), todo('C', 3)],
      budget: [120, 120, 120, 120, 120, 0, 0],
      mode: 'asap',
      from: '2028-02-28',
      targetDate: '2028-03-31',
    },
    expected: {
      dates: [
        ['2028-02-28', '2028-02-28'],
        ['2028-02-29', '2028-02-29'],
        ['2028-03-01', '2028-03-02'],
      ],
      projectedFinish: '2028-03-02',
      targetShortfallDays: 0,
      weeks: [['2028-W09', '2028-02-28', 420]],
    },
  },
  {
    // Clocks go forward in London on 29 March 2026, on Lord Howe and Chatham on 5 April.
    name: 'every day across the spring clock changes',
    input: {
      items: [todo('Three hours', 3), todo('Four and a half hours', 4.5), todo('Ten hours', 10)],
      budget: [90, 90, 90, 90, 90, 90, 90],
      mode: 'asap',
      from: '2026-03-27',
      targetDate: '2026-06-30',
    },
    expected: {
      dates: [
        ['2026-03-27', '2026-03-28'],
        ['2026-03-29', '2026-03-31'],
        ['2026-04-01', '2026-04-07'],
      ],
      projectedFinish: '2026-04-07',
      targetShortfallDays: 0,
      weeks: [
        ['2026-W13', '2026-03-23', 270],
        ['2026-W14', '2026-03-30', 630],
        ['2026-W15', '2026-04-06', 150],
      ],
    },
  },
  {
    // Clock changes: Chatham 27 Sep, Lord Howe 4 Oct, London 25 Oct, New York 1 Nov 2026.
    name: 'half the weekday budget to a target across the autumn clock changes',
    input: {
      items: [todo('Five hours', 5), todo('Five more hours', 5), todo('Seven and a half hours', 7.5)],
      budget: [60, 60, 60, 60, 60, 0, 0],
      mode: 'target',
      from: '2026-09-21',
      targetDate: '2026-11-06',
    },
    expected: {
      dates: [
        ['2026-09-21', '2026-10-02'],
        ['2026-10-05', '2026-10-16'],
        ['2026-10-19', '2026-11-06'],
      ],
      projectedFinish: '2026-11-06',
      targetShortfallDays: 0,
      weeks: [
        ['2026-W39', '2026-09-21', 150],
        ['2026-W40', '2026-09-28', 150],
        ['2026-W41', '2026-10-05', 150],
        ['2026-W42', '2026-10-12', 150],
        ['2026-W43', '2026-10-19', 150],
        ['2026-W44', '2026-10-26', 150],
        ['2026-W45', '2026-11-02', 150],
      ],
    },
  },
  {
    name: 'the same plan as soon as possible',
    input: {
      items: [todo('Five hours', 5), todo('Five more hours', 5), todo('Seven and a half hours', 7.5)],
      budget: [60, 60, 60, 60, 60, 0, 0],
      mode: 'asap',
      from: '2026-09-21',
      targetDate: '2026-11-06',
    },
    expected: {
      dates: [
        ['2026-09-21', '2026-09-25'],
        ['2026-09-28', '2026-10-02'],
        ['2026-10-05', '2026-10-14'],
      ],
      projectedFinish: '2026-10-14',
      targetShortfallDays: 0,
      weeks: [
        ['2026-W39', '2026-09-21', 300],
        ['2026-W40', '2026-09-28', 300],
        ['2026-W41', '2026-10-05', 300],
        ['2026-W42', '2026-10-12', 150],
      ],
    },
  },
];

export function summarise(result: Result<ScheduleOutcome<ScenarioItem>>): ScenarioSummary | string {
  if (!result.ok) return result.error.message;
  const outcome = result.value;
  return {
    dates: outcome.items.map((item) => [item.startDate, item.dueDate]),
    projectedFinish: outcome.projectedFinish,
    targetShortfallDays: outcome.targetShortfallDays,
    weeks: outcome.weeks.map((week) => [week.week, week.weekStart, week.plannedMinutes]),
  };
}
