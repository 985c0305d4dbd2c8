import type { Notifier, ReminderNotification } from '../../electron/backend/platform';

export interface RecordingNotifier extends Notifier {
  readonly shown: ReminderNotification[];
}

export function recordingNotifier(): RecordingNotifier {
  const shown: ReminderNotification[] = [];
  return { shown, notify: (notification) => void shown.push(notification) };
}
