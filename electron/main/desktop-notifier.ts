/** Reminders as OS notifications; a click brings StudyPath forward on the item it is about. */
import { Notification } from 'electron';
import type { HostEvent } from '../../shared/contract';
import type { Notifier, ReminderNotification } from '../backend/platform';

export interface DesktopNotifierDeps {
  revealWindow(): void;
  sendEvent(event: HostEvent): void;
}

export function createDesktopNotifier(deps: DesktopNotifierDeps): Notifier {
  // Held until closed: a garbage-collected Notification loses its click handler.
  const visible = new Set<Notification>();
  return {
    notify(reminder: ReminderNotification): void {
      if (!Notification.isSupported()) {
        // No notification service (some Linux desktops): the window shows it instead.
        deps.sendEvent({ type: 'notification', ...reminder });
        return;
      }
      const notification = new Notification({ title: reminder.title, body: reminder.body });
      notification.on('click', () => {
        visible.delete(notification);
        deps.revealWindow();
        if (reminder.planId !== null && reminder.itemId !== null) {
          deps.sendEvent({ type: 'focus-item', planId: reminder.planId, itemId: reminder.itemId });
        }
      });
      notification.on('close', () => visible.delete(notification));
      visible.add(notification);
      notification.show();
    },
  };
}
