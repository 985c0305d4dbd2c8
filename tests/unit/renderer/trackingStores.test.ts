import { describe, expect, it, vi } from 'vitest';
import type { HostEvent } from '../../../shared/contract';
import type { ActivitySummary, AppSettings, StudySessions } from '../../../shared/domain';
import { fail, ok } from '../../../shared/result';
import {
  describeSessions,
  sessionProblems,
  toggleWeekday,
} from '../../../renderer/src/lib/studySessionsForm';
import { parseRoute, routeToHash } from '../../../renderer/src/navigation/routes';
import { ACTIVITY_WEEKS, createActivityStore } from '../../../renderer/src/stores/activityStore';
import { handleHostEvent, type RefreshTarget } from '../../../renderer/src/stores/hostEvents';
import { createSettingsStore } from '../../../renderer/src/stores/settingsStore';
import { createStudySessionsSaver } from '../../../renderer/src/stores/studySessions';
import { planWith } from '../../helpers/plan-fixtures';

const defaults: AppSettings = { renewalReminderDays: 90, keepRunningInTray: false, startAtLogin: false };

describe('app settings', () => {
  it('are read once however many screens ask for them', async () => {
    const getSettings = vi.fn(async () => ok(defaults));
    const store = createSettingsStore({ getSettings, updateSettings: async () => ok(defaults) }, vi.fn());
    await Promise.all([store.getState().ensureLoaded(), store.getState().ensureLoaded()]);
    await store.getState().ensureLoaded();
    expect(getSettings).toHaveBeenCalledTimes(1);
    expect(store.getState().settings).toEqual(defaults);
  });

  it('show what the back end saved', async () => {
    const updateSettings = vi.fn(async () => ok({ ...defaults, keepRunningInTray: true }));
    const store = createSettingsStore({ getSettings: async () => ok(defaults), updateSettings }, vi.fn());
    expect(await store.getState().update({ keepRunningInTray: true })).toBe(true);
    expect(updateSettings).toHaveBeenCalledWith({ keepRunningInTray: true });
    expect(store.getState().settings?.keepRunningInTray).toBe(true);
  });

  it('show a change at once, while it is being saved', async () => {
    let answer: (value: ReturnType<typeof ok<AppSettings>>) => void = () => undefined;
    const store = createSettingsStore(
      {
        getSettings: async () => ok(defaults),
        updateSettings: () => new Promise((resolve) => (answer = resolve)),
      },
      vi.fn(),
    );
    await store.getState().load();
    const saving = store.getState().update({ startAtLogin: true });
    expect(store.getState().settings?.startAtLogin).toBe(true);
    answer(ok({ ...defaults, startAtLogin: true }));
    expect(await saving).toBe(true);
  });

  it('keep their saved values when a change is refused, and say why', async () => {
    const notify = vi.fn();
    const store = createSettingsStore(
      {
        getSettings: async () => ok(defaults),
        updateSettings: async () => fail('invalid-argument', 'renewalReminderDays: too big'),
      },
      notify,
    );
    await store.getState().load();
    expect(await store.getState().update({ renewalReminderDays: 900 })).toBe(false);
    expect(store.getState().settings).toEqual(defaults);
    expect(notify).toHaveBeenCalledWith('error', 'Not saved: renewalReminderDays: too big');
  });
});

function summary(completedItems: number): ActivitySummary {
  return {
    days: [],
    from: '2025-05-12',
    currentWeeklyStreak: 0,
    longestWeeklyStreak: 0,
    completedHours: 0,
    completedItems,
  };
}

describe('the activity store', () => {
  it(`asks for the last ${ACTIVITY_WEEKS} weeks`, async () => {
    const getActivity = vi.fn(async () => ok(summary(2)));
    const store = createActivityStore({ getActivity, onEvent: () => () => undefined });
    await store.getState().load();
    expect(getActivity).toHaveBeenCalledWith({ weeks: ACTIVITY_WEEKS });
    expect(store.getState().summary?.completedItems).toBe(2);
  });

  it('reloads while followed when items change, and stops when no longer followed', async () => {
    let listener: ((event: HostEvent) => void) | null = null;
    const unsubscribe = vi.fn(() => (listener = null));
    const getActivity = vi.fn(async () => ok(summary(getActivity.mock.calls.length)));
    const store = createActivityStore({
      getActivity,
      onEvent: (registered) => {
        listener = registered;
        return unsubscribe;
      },
    });
    const stop = store.getState().follow();
    (listener as ((event: HostEvent) => void) | null)?.({ type: 'data-changed', tables: ['backups'] });
    expect(getActivity).not.toHaveBeenCalled();
    (listener as ((event: HostEvent) => void) | null)?.({ type: 'data-changed', tables: ['plans', 'items'] });
    await vi.waitFor(() => expect(store.getState().summary?.completedItems).toBe(1));
    stop();
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('keeps only the newest answer when two loads overlap', async () => {
    const answers: ((value: ReturnType<typeof ok<ActivitySummary>>) => void)[] = [];
    const store = createActivityStore({
      getActivity: () => new Promise((resolve) => answers.push(resolve)),
      onEvent: () => () => undefined,
    });
    const first = store.getState().load();
    const second = store.getState().load();
    answers[1]?.(ok(summary(5)));
    answers[0]?.(ok(summary(4)));
    await Promise.all([first, second]);
    expect(store.getState().summary?.completedItems).toBe(5);
  });
});

describe('study sessions', () => {
  const sessions: StudySessions = { enabled: true, weekdays: [1, 3, 5], time: '19:00' };

  it('keep weekdays in order, each once', () => {
    expect(toggleWeekday([5, 1], 3, true)).toEqual([1, 3, 5]);
    expect(toggleWeekday([1, 3], 3, true)).toEqual([1, 3]);
    expect(toggleWeekday([1, 3, 5], 3, false)).toEqual([1, 5]);
  });

  it('need a day when they are on, and always a time of day', () => {
    expect(sessionProblems(sessions)).toEqual({});
    expect(sessionProblems({ ...sessions, weekdays: [] })).toEqual({
      weekdays: 'Choose at least one day for your study sessions.',
    });
    expect(sessionProblems({ ...sessions, enabled: false, weekdays: [] })).toEqual({});
    expect(sessionProblems({ ...sessions, time: '' })).toHaveProperty('time');
  });

  it('read as a sentence', () => {
    expect(describeSessions(sessions)).toBe('Mondays, Wednesdays and Fridays at 19:00');
    expect(describeSessions({ ...sessions, weekdays: [6] })).toBe('Saturdays at 19:00');
    expect(describeSessions({ ...sessions, weekdays: [1, 2, 3, 4, 5, 6, 7] })).toBe('Every day at 19:00');
    expect(describeSessions({ ...sessions, enabled: false })).toBe('No study session reminders.');
  });

  it('are saved for the plan and shown on it', async () => {
    const plan = planWith([], { id: 7, studySessions: sessions });
    const setStudySessions = vi.fn(async () => ok(plan));
    const applyPlan = vi.fn();
    const notify = vi.fn();
    const save = createStudySessionsSaver({ api: { setStudySessions }, notify, applyPlan });
    expect(await save(7, sessions)).toBe(true);
    expect(setStudySessions).toHaveBeenCalledWith({ planId: 7, ...sessions });
    expect(applyPlan).toHaveBeenCalledWith(plan);
    expect(notify).toHaveBeenCalledWith(
      'success',
      'Study sessions: Mondays, Wednesdays and Fridays at 19:00',
    );
  });
});

describe('a reminder snoozed from its notification', () => {
  it('refreshes the open plan and the reminders', () => {
    const refreshed: RefreshTarget[] = [];
    handleHostEvent(
      { type: 'snoozed', planId: 1, itemId: 2, until: '2025-11-05T08:00:00.000Z' },
      { refresh: (target) => refreshed.push(target), focusItem: vi.fn(), notify: vi.fn() },
    );
    expect(refreshed.sort()).toEqual(['currentPlan', 'reminders']);
  });
});

describe('the Activity screen', () => {
  it('has its own address, so a reload stays on it', () => {
    expect(routeToHash({ screen: 'activity' })).toBe('#/activity');
    expect(parseRoute('#/activity')).toEqual({ screen: 'activity' });
    expect(parseRoute('#/activity/extra')).toEqual({ screen: 'library' });
  });
});
