import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/backend/db';
import { createPlannerService } from '../../../electron/backend/service';
import { fakeClock } from '../../helpers/clock';
import { createSamplePlan, expectOk, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { trackingSnapshot } from './tracking-fixtures';

const tempDir = useTempDir();

describe('app settings', () => {
  it('start with a 90-day renewal reminder and nothing running in the background', () => {
    const { service } = serviceHarness(tempDir());
    expect(expectOk(service.getSettings({}))).toEqual({
      renewalReminderDays: 90,
      keepRunningInTray: false,
      startAtLogin: false,
    });
  });

  it('change only what is given, and are still there after a restart', () => {
    const harness = serviceHarness(tempDir());
    expect(expectOk(harness.service.updateSettings({ keepRunningInTray: true }))).toEqual({
      renewalReminderDays: 90,
      keepRunningInTray: true,
      startAtLogin: false,
    });
    expectOk(harness.service.updateSettings({ renewalReminderDays: 30, startAtLogin: true }));
    harness.db.close();

    const db = openDatabase(harness.databaseFile);
    const service = createPlannerService(db, {
      clock: fakeClock(new Date(2026, 2, 3)),
      log: () => undefined,
    });
    expect(expectOk(service.getSettings({}))).toEqual({
      renewalReminderDays: 30,
      keepRunningInTray: true,
      startAtLogin: true,
    });
    db.close();
  });

  it('refuse values out of range or of the wrong type, changing nothing', () => {
    const { service, db } = serviceHarness(tempDir());
    expectOk(service.updateSettings({ renewalReminderDays: 60 }));
    const before = trackingSnapshot({ db });
    for (const bad of [
      { renewalReminderDays: 0 },
      { renewalReminderDays: 366 },
      { renewalReminderDays: 7.5 },
      { keepRunningInTray: 'yes' },
      { theme: 'dark' },
    ]) {
      expect(service.updateSettings(bad as never)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
    expect(trackingSnapshot({ db })).toEqual(before);
  });

  it('read an unreadable stored value as its default instead of failing', () => {
    const { service, db } = serviceHarness(tempDir());
    db.prepare(
      `INSERT INTO settings (key, value_json) VALUES ('renewalReminderDays', '"ninety"'),
         ('startAtLogin', 'not json'), ('keepRunningInTray', 'true')`,
    ).run();
    expect(expectOk(service.getSettings({}))).toEqual({
      renewalReminderDays: 90,
      keepRunningInTray: true,
      startAtLogin: false,
    });
  });
});

describe('study sessions of a plan', () => {
  it('are off on weekday evenings at first, and saved with the plan once set', () => {
    const { service } = serviceHarness(tempDir());
    const plan = createSamplePlan(service);
    expect(plan.studySessions).toEqual({ enabled: false, weekdays: [1, 2, 3, 4, 5], time: '19:00' });

    const updated = expectOk(
      service.setStudySessions({ planId: plan.id, enabled: true, weekdays: [6, 2, 4, 2], time: '07:30' }),
    );
    expect(updated.studySessions).toEqual({ enabled: true, weekdays: [2, 4, 6], time: '07:30' });
    expect(updated.items).toEqual(expectOk(service.getPlan({ planId: plan.id })).items);
    expect(expectOk(service.getPlan({ planId: plan.id })).studySessions).toEqual(updated.studySessions);

    const off = expectOk(
      service.setStudySessions({ planId: plan.id, enabled: false, weekdays: [], time: '07:30' }),
    );
    expect(off.studySessions).toEqual({ enabled: false, weekdays: [], time: '07:30' });
  });

  it('need a weekday when switched on; unknown plans and bad times are refused, changing nothing', () => {
    const { service, db } = serviceHarness(tempDir());
    const plan = createSamplePlan(service);
    const before = trackingSnapshot({ db });
    expect(
      service.setStudySessions({ planId: plan.id, enabled: true, weekdays: [], time: '19:00' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringMatching(/at least one weekday/) },
    });
    expect(
      service.setStudySessions({ planId: 9_999, enabled: true, weekdays: [1], time: '19:00' }),
    ).toMatchObject({ ok: false, error: { code: 'not-found', message: 'There is no plan with id 9999.' } });
    for (const bad of [
      { weekdays: [0], time: '19:00' },
      { weekdays: [8], time: '19:00' },
      { weekdays: [1], time: '24:00' },
      { weekdays: [1], time: '7:30' },
      { weekdays: [1, 2, 3, 4, 5, 6, 7, 1], time: '19:00' },
    ]) {
      expect(service.setStudySessions({ planId: plan.id, enabled: true, ...bad })).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
    expect(trackingSnapshot({ db })).toEqual(before);
  });
});
