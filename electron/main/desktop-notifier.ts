/**
 * Reminders as OS notifications. A click brings StudyPath forward on the item it is about;
 * where the OS offers notification buttons (macOS, Windows) an item's reminder can be snoozed
 * from the notification itself. Linux notifications have no buttons in Electron: the item's
 * snooze buttons in the window do the same.
 */
import { Notification } from 'electron';
import type { HostEvent } from '../../shared/contract';
import type { IsoDateTime } from '../../shared/domain';
import { SNOOZE_OPTIONS, snoozeUntil } from '../../shared/snooze';
import type { Notifier, ReminderNotification } from '../backend/platform';

export interface DesktopNotifierDeps {
  revealWindow(): void;
  sendEvent(event: HostEvent): void;
  /** Saves a snooze chosen on a notification; false when it could not be saved. */
  snooze(itemId: number, until: IsoDateTime): boolean;
  now(): Date;
  platform: NodeJS.Platform;
}

const PLATFORMS_WITH_ACTIONS: readonly NodeJS.Platform[] = ['darwin', 'win32'];

export function createDesktopNotifier(deps: DesktopNotifierDeps): Notifier {
  // Held until closed: a garbage-collected Notification loses its handlers.
  const visible = new Set<Notification>();
  const withActions = PLATFORMS_WITH_ACTIONS.includes(deps.platform);

  const applySnooze = (reminder: ReminderNotification, actionIndex: number): void => {
    const option = SNOOZE_OPTIONS[actionIndex];
    if (option === undefined || reminder.planId === null || reminder.itemId === null) return;
    const until = snoozeUntil(option.choice, deps.now()).toISOString();
    if (deps.snooze(reminder.itemId, until)) {
      deps.sendEvent({ type: 'snoozed', planId: reminder.planId, itemId: reminder.itemId, until });
    }
  };

  return {
    notify(reminder: ReminderNotification): void {
      if (!Notification.isSupported()) {
        // No notification service (some Linux desktops): the window shows it instead.
        deps.sendEvent({
          type: 'notification',
          title: reminder.title,
          body: reminder.body,
          planId: reminder.planId,
          itemId: reminder.itemId,
        });
        return;
      }
      const snoozable = withActions && reminder.kind === 'reminder' && reminder.itemId !== null;
      const notification = new Notification({
        title: reminder.title,
        body: reminder.body,
        ...(snoozable
          ? { actions: SNOOZE_OPTIONS.map((option) => ({ type: 'button' as const, text: option.label })) }
          : {}),
      });
      notification.on('click', () => {
        visible.delete(notification);
        deps.revealWindow();
        if (reminder.planId !== null && reminder.itemId !== null) {
          deps.sendEvent({ type: 'focus-item', planId: reminder.planId, itemId: reminder.itemId });
        }
      });
      notification.on('action', (details) => {
        visible.delete(notification);
        applySnooze(reminder, details.actionIndex);
      });
      notification.on('close', () => visible.delete(notification));
      visible.add(notification);
      notification.show();
    },
  };
}
