import type { IsoDateTime, ItemStatus, PlanItem } from '../../../shared/domain';

/** A status change the person made that the back end has not confirmed yet. */
export interface PendingStatus {
  status: ItemStatus;
  /** Identifies the change, so an older answer never clears a newer change to the same item. */
  serial: number;
  /** When the change was made, shown as the completion date until the back end answers. */
  changedAt: IsoDateTime;
}

export type PendingStatuses = Readonly<Record<number, PendingStatus>>;

/** The items as the person should see them: the back end's data with unconfirmed ticks on top. */
export function withPendingStatuses(items: readonly PlanItem[], pending: PendingStatuses): PlanItem[] {
  return items.map((item) => {
    const change = pending[item.id];
    if (change === undefined || change.status === item.status) return item;
    return {
      ...item,
      status: change.status,
      completedAt: change.status === 'done' ? change.changedAt : null,
    };
  });
}

export function withoutPending(pending: PendingStatuses, itemId: number, serial: number): PendingStatuses {
  if (pending[itemId]?.serial !== serial) return pending;
  const { [itemId]: _settled, ...rest } = pending;
  return rest;
}
