import { describe, expect, it } from 'vitest';
import { expectOk, serviceHarness, snapshotData } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import {
  WEEKDAY_HOUR,
  datesOf,
  importPath,
  mixedPathBytes,
  planAll,
  steadyPathBytes,
  steadyPlan,
} from './schedule-fixtures';

const tempDir = useTempDir();

describe('a new plan fits the weekly study budget', () => {
  it('puts basics first, then tools, core certifications, projects and advanced certifications', () => {
    const { service } = serviceHarness(tempDir());
    const plan = planAll(service, importPath(service, mixedPathBytes, 'mixed.md'));

    // Hours come from the content; the tool group that gives none gets the typical 20.
    expect(plan.items.map((item) => [item.title, item.effortHours, item.position])).toEqual([
      ['Cloud Basics', 6, 0],
      ['Command line', 4, 1],
      ['Containers', 20, 2],
      ['Cloud Developer Associate', 8, 3],
      ['Team wiki', 5, 4],
      ['Cloud Developer Professional', 10, 5],
      ['Cloud Architect Expert', 12, 6],
    ]);
    expect(plan.schedule).toMatchObject({
      budget: [60, 60, 60, 60, 60, 180, 0],
      mode: 'target',
      remainingHours: 65,
      completedHours: 0,
    });
  });

  it('uses the whole budget as soon as possible, one item after another', () => {
    const { service } = serviceHarness(tempDir());
    const plan = planAll(service, importPath(service, mixedPathBytes, 'mixed.md'), { mode: 'asap' });
    // An hour on weekdays and three on Saturday from Monday 2 March: an item starts on the day
    // its first minute is planned and is due on the day of its last.
    expect(datesOf(plan)).toEqual([
      ['Cloud Basics', '2026-03-02', '2026-03-07'],
      ['Command line', '2026-03-07', '2026-03-10'],
      ['Containers', '2026-03-11', '2026-03-28'],
      ['Cloud Developer Associate', '2026-03-28', '2026-04-04'],
      ['Team wiki', '2026-04-04', '2026-04-08'],
      ['Cloud Developer Professional', '2026-04-09', '2026-04-17'],
      ['Cloud Architect Expert', '2026-04-18', '2026-04-27'],
    ]);
    expect(plan.schedule).toMatchObject({
      mode: 'asap',
      projectedFinish: '2026-04-27',
      targetShortfallDays: 0,
    });
  });

  it('keeps the budget and mode it was given', () => {
    const { service } = serviceHarness(tempDir());
    const plan = steadyPlan(service);
    expect(plan.schedule).toMatchObject({ budget: WEEKDAY_HOUR, mode: 'asap', pausedSince: null });
    expect(datesOf(plan)).toEqual([
      ['Cloud Basics', '2026-03-02', '2026-03-06'],
      ['Shell', '2026-03-09', '2026-03-13'],
      ['Git', '2026-03-16', '2026-03-20'],
      ['Portfolio', '2026-03-23', '2026-03-27'],
    ]);
    expect(expectOk(service.getPlan({ planId: plan.id })).schedule.budget).toEqual(WEEKDAY_HOUR);
  });

  it('spreads the work evenly to finish on the target date', () => {
    const { service } = serviceHarness(tempDir());
    // Twenty hours over eight weeks of five budgeted hours: each item gets two weeks.
    const plan = steadyPlan(service, { mode: 'target', targetDate: '2026-04-24' });
    expect(datesOf(plan)).toEqual([
      ['Cloud Basics', '2026-03-02', '2026-03-13'],
      ['Shell', '2026-03-16', '2026-03-27'],
      ['Git', '2026-03-30', '2026-04-10'],
      ['Portfolio', '2026-04-13', '2026-04-24'],
    ]);
    expect(plan.schedule).toMatchObject({ projectedFinish: '2026-04-24', targetShortfallDays: 0 });
  });

  it('uses the full budget and says by how many days a target out of reach is missed', () => {
    const { service } = serviceHarness(tempDir());
    const plan = steadyPlan(service, { mode: 'target', targetDate: '2026-03-20' });
    expect(plan.items.map((item) => item.dueDate)).toEqual([
      '2026-03-06',
      '2026-03-13',
      '2026-03-20',
      '2026-03-27',
    ]);
    expect(plan.schedule).toMatchObject({ projectedFinish: '2026-03-27', targetShortfallDays: 7 });
  });

  it('starts on the start date when it lies ahead, and today when it has passed', () => {
    const { service } = serviceHarness(tempDir());
    const later = steadyPlan(service, { startDate: '2026-03-09' });
    expect(datesOf(later)[0]).toEqual(['Cloud Basics', '2026-03-09', '2026-03-13']);

    const pathId = later.pathId;
    const earlier = planAll(service, pathId, {
      startDate: '2026-02-16',
      budget: WEEKDAY_HOUR,
      mode: 'asap',
    });
    expect(earlier.startDate).toBe('2026-02-16');
    expect(datesOf(earlier)[0]).toEqual(['Cloud Basics', '2026-03-02', '2026-03-06']);
    expect(earlier.schedule.daysBehind).toBe(0);
  });

  it('refuses a budget with no study time on any day, and creates nothing', () => {
    const { service, db } = serviceHarness(tempDir());
    const pathId = importPath(service, steadyPathBytes, 'steady.md');
    const before = snapshotData(db);
    const result = service.createPlan({
      name: 'Never',
      pathId,
      startDate: '2026-03-02',
      targetDate: '2026-06-30',
      itemKeys: expectOk(service.getPath({ pathId })).items.map((item) => item.key),
      budget: [0, 0, 0, 0, 0, 0, 0],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(!result.ok && result.error.message).toMatch(/no study time/);
    expect(snapshotData(db)).toEqual(before);
  });
});
