import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostEvent } from '../../../shared/contract';
import type { ReminderNotification } from '../../../electron/backend/platform';

/** Electron's Notification, recorded: what was shown and the handlers a click or a button would run. */
const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  class FakeNotification {
    static supported = true;
    static shown: FakeNotification[] = [];
    static isSupported(): boolean {
      return FakeNotification.supported;
    }
    readonly listeners = new Map<string, Listener>();
    constructor(
      readonly options: { title: string; body: string; actions?: { type: string; text: string }[] },
    ) {}
    on(event: string, listener: Listener): this {
      this.listeners.set(event, listener);
      return this;
    }
    show(): void {
      FakeNotification.shown.push(this);
    }
    emit(event: string, ...args: unknown[]): void {
      this.listeners.get(event)?.(...args);
    }
  }
  return { FakeNotification };
});

vi.mock('electron', () => ({ Notification: electron.FakeNotification }));

const { createDesktopNotifier } = await import('../../../electron/main/desktop-notifier');

const reminder: ReminderNotification = {
  kind: 'reminder',
  title: 'CompTIA A+',
  body: 'Reminder from My plan',
  planId: 3,
  itemId: 7,
};

function setup(platform: NodeJS.Platform, snoozeSaves = true) {
  const events: HostEvent[] = [];
  const snoozed: [number, string][] = [];
  let revealed = 0;
  const notifier = createDesktopNotifier({
    revealWindow: () => void (revealed += 1),
    sendEvent: (event) => void events.push(event),
    snooze: (itemId, until) => {
      snoozed.push([itemId, until]);
      return snoozeSaves;
    },
    // Monday 2 March 2026, 20:00 local time.
    now: () => new Date(2026, 2, 2, 20, 0),
    platform,
  });
  const last = () => {
    const shown = electron.FakeNotification.shown.at(-1);
    if (shown === undefined) throw new Error('nothing was shown');
    return shown;
  };
  return { notifier, events, snoozed, last, revealed: () => revealed };
}

beforeEach(() => {
  electron.FakeNotification.shown = [];
  electron.FakeNotification.supported = true;
});

describe('reminders as desktop notifications', () => {
  it('offer the three snooze choices on macOS and Windows', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { notifier, last } = setup(platform);
      notifier.notify(reminder);
      expect(last().options).toEqual({
        title: 'CompTIA A+',
        body: 'Reminder from My plan',
        actions: [
          { type: 'button', text: 'Snooze 10 min' },
          { type: 'button', text: 'Snooze 1 hour' },
          { type: 'button', text: 'Tomorrow morning' },
        ],
      });
    }
  });

  it('have no buttons on Linux, where Electron has none', () => {
    const { notifier, last } = setup('linux');
    notifier.notify(reminder);
    expect(last().options).toEqual({ title: 'CompTIA A+', body: 'Reminder from My plan' });
  });

  it('offer snoozing only for an item’s own reminder', () => {
    const { notifier, last } = setup('darwin');
    for (const kind of ['study-session', 'exam', 'renewal'] as const) {
      notifier.notify({ ...reminder, kind });
      expect(last().options.actions).toBeUndefined();
    }
    notifier.notify({ kind: 'summary', title: '3 reminders', body: 'a, b, c', planId: null, itemId: null });
    expect(last().options.actions).toBeUndefined();
  });

  it('save the chosen snooze and tell the window', () => {
    const { notifier, last, snoozed, events } = setup('darwin');
    notifier.notify(reminder);
    last().emit('action', { actionIndex: 2 }, 2);
    const tomorrowMorning = new Date(2026, 2, 3, 9, 0).toISOString();
    expect(snoozed).toEqual([[7, tomorrowMorning]]);
    expect(events).toEqual([{ type: 'snoozed', planId: 3, itemId: 7, until: tomorrowMorning }]);

    notifier.notify(reminder);
    last().emit('action', { actionIndex: 0 }, 0);
    expect(snoozed.at(-1)).toEqual([7, new Date(2026, 2, 2, 20, 10).toISOString()]);
  });

  it('say nothing to the window when the snooze could not be saved', () => {
    const { notifier, last, events } = setup('win32', false);
    notifier.notify(reminder);
    last().emit('action', { actionIndex: 1 }, 1);
    expect(events).toEqual([]);
  });

  it('bring the window forward on the item when clicked', () => {
    const { notifier, last, events, revealed } = setup('linux');
    notifier.notify(reminder);
    last().emit('click');
    expect(revealed()).toBe(1);
    expect(events).toEqual([{ type: 'focus-item', planId: 3, itemId: 7 }]);
  });

  it('go to the window when the desktop has no notification service', () => {
    electron.FakeNotification.supported = false;
    const { notifier, events } = setup('linux');
    notifier.notify(reminder);
    expect(electron.FakeNotification.shown).toEqual([]);
    expect(events).toEqual([
      { type: 'notification', title: 'CompTIA A+', body: 'Reminder from My plan', planId: 3, itemId: 7 },
    ]);
  });
});
