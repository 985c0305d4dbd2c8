import type { DataTable, HostEvent } from '../../../shared/contract';

/** The parts of the app whose data can go stale. */
export type RefreshTarget = 'library' | 'path' | 'plans' | 'currentPlan' | 'reminders' | 'backups';

const dependsOn: Record<RefreshTarget, readonly DataTable[]> = {
  library: ['paths'],
  path: ['paths'],
  plans: ['plans'],
  currentPlan: ['plans', 'items'],
  reminders: ['reminders', 'items'],
  backups: ['backups'],
};

/** Which stores must refetch after the back end changed these tables. */
export function refreshTargetsFor(tables: readonly DataTable[]): RefreshTarget[] {
  return (Object.keys(dependsOn) as RefreshTarget[]).filter((target) =>
    dependsOn[target].some((table) => tables.includes(table)),
  );
}

export interface HostEventHandlers {
  refresh(target: RefreshTarget): void;
  focusItem(planId: number, itemId: number): void;
  notify(title: string, body: string, target: { planId: number; itemId: number } | null): void;
}

export function handleHostEvent(event: HostEvent, handlers: HostEventHandlers): void {
  switch (event.type) {
    case 'data-changed':
      for (const target of refreshTargetsFor(event.tables)) handlers.refresh(target);
      return;
    case 'focus-item':
      handlers.focusItem(event.planId, event.itemId);
      return;
    // Snoozed from a notification: the host changed the item without a page call.
    case 'snoozed':
      handlers.refresh('currentPlan');
      handlers.refresh('reminders');
      return;
    case 'notification':
      handlers.notify(
        event.title,
        event.body,
        event.planId !== null && event.itemId !== null
          ? { planId: event.planId, itemId: event.itemId }
          : null,
      );
      return;
  }
}
