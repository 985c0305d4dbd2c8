import { describe, expect, it } from 'vitest';
import { scheduleItems, scheduleStart, type SchedulableItem } from '../../../shared/planning';
import { scenarios, summarise } from './scenarios';

const item = (effortHours: number, status: SchedulableItem['status'] = 'todo'): SchedulableItem => ({
  status,
  effortHours,
  startDate: null,
  dueDate: null,
});

describe('scheduling a plan into the weekly budget', () => {
  it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))('%s', (_name, scenario) => {
    expect(summarise(scheduleItems(scenario.input))).toEqual(scenario.expected);
  });

  it('returns done and skipped items exactly as they were', () => {
    const input = scenarios[0]?.input;
    if (input === undefined) throw new Error('no scenario');
    const result = scheduleItems(input);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.items[0]).toBe(input.items[0]);
    expect(result.value.items[2]).toBe(input.items[2]);
    expect(result.value.items[1]).not.toBe(input.items[1]);
  });

  it('refuses a budget with no study time on any day, with a message saying why', () => {
    const result = scheduleItems({
      items: [item(3)],
      budget: [0, 0, 0, 0, 0, 0, 0],
      mode: 'asap',
      from: '2026-03-02',
      targetDate: '2026-04-01',
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringMatching(/no study time on any day/) },
    });
  });

  it('refuses a schedule that would take more than a century', () => {
    const result = scheduleItems({
      items: Array.from({ length: 100 }, () => item(2000)),
      budget: [1, 0, 0, 0, 0, 0, 0],
      mode: 'asap',
      from: '2026-03-02',
      targetDate: '2026-04-01',
    });
    expect(result.ok ? 'scheduled' : result.error.message).toMatch(/more than 100 years/);
  });

  it('has nothing to finish when every item is done or skipped', () => {
    const result = scheduleItems({
      items: [item(3, 'done'), item(2, 'skipped')],
      budget: [60, 60, 60, 60, 60, 0, 0],
      mode: 'target',
      from: '2026-03-02',
      targetDate: '2026-02-01',
    });
    expect(result.ok && result.value).toMatchObject({
      projectedFinish: null,
      targetShortfallDays: 0,
      weeks: [],
    });
  });

  it('gives a quarter-hour item a single day', () => {
    const result = scheduleItems({
      items: [item(0.25)],
      budget: [0, 0, 0, 0, 0, 0, 15],
      mode: 'asap',
      from: '2026-03-02',
      targetDate: '2026-03-31',
    });
    expect(result.ok && result.value.items[0]).toMatchObject({
      startDate: '2026-03-08',
      dueDate: '2026-03-08',
    });
  });

  it('schedules at full budget once the target date has passed', () => {
    const result = scheduleItems({
      items: [item(1), item(1)],
      budget: [60, 60, 60, 60, 60, 60, 60],
      mode: 'target',
      from: '2026-03-10',
      targetDate: '2026-03-01',
    });
    expect(result.ok && result.value).toMatchObject({
      items: [
        { startDate: '2026-03-10', dueDate: '2026-03-10' },
        { startDate: '2026-03-11', dueDate: '2026-03-11' },
      ],
      projectedFinish: '2026-03-11',
      targetShortfallDays: 10,
    });
  });

  it('starts on the plan start date, or today once that has passed', () => {
    expect(scheduleStart('2026-05-01', '2026-04-20')).toBe('2026-05-01');
    expect(scheduleStart('2026-05-01', '2026-05-20')).toBe('2026-05-20');
  });

  it('schedules a 500-item plan, in order and with nothing left over', () => {
    const items = Array.from({ length: 500 }, (_, index) => item(5 + (index % 40)));
    const result = scheduleItems({
      items,
      budget: [60, 60, 60, 60, 60, 180, 0],
      mode: 'target',
      from: '2026-01-05',
      targetDate: '2030-12-20',
    });
    if (!result.ok) throw new Error(result.error.message);
    const dues = result.value.items.map((scheduled) => scheduled.dueDate ?? '');
    expect(dues).toEqual([...dues].sort());
    expect(result.value.projectedFinish).toBe(dues.at(-1));
  });
});
