import { ReminderScheduler } from '../../../electron/backend/reminders';
import { createPlannerService } from '../../../electron/backend/service';
import { fakeTimerClock } from '../../helpers/clock';
import { recordingNotifier } from '../../helpers/notifier';
import { createSamplePlan, expectOk, serviceHarness } from '../../helpers/service';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export type SampleTitle = 'Alpha Certificate' | 'Beta Certificate' | 'Editors' | 'Build a Widget';

/**
 * The sample plan (2026-03-02 to 2026-03-31) with a service and a scheduler that both read
 * vitest's fake time; call vi.useFakeTimers first. Checks run every `intervalMs` (a minute,
 * as in the app, unless a test that spans days asks for fewer checks).
 */
export function reminderHarness(dir: string, intervalMs = MINUTE) {
  const { db } = serviceHarness(dir);
  const service = createPlannerService(db, { clock: fakeTimerClock });
  const plan = createSamplePlan(service);
  const idOf = (title: SampleTitle): number => {
    const item = plan.items.find((candidate) => candidate.title === title);
    if (item === undefined) throw new Error(`no item ${title}`);
    return item.id;
  };
  const notifier = recordingNotifier();
  const newScheduler = () =>
    new ReminderScheduler({ db, clock: fakeTimerClock, notifier, intervalMs, log: () => undefined });
  const scheduler = newScheduler();
  const finishAll = () => {
    for (const item of plan.items) expectOk(service.setItemStatus({ itemId: item.id, status: 'done' }));
  };
  return { db, service, plan, idOf, notifier, scheduler, newScheduler, finishAll };
}
