import type { ServiceInput } from '../../../shared/contract';
import type { ItemStatus, PlanItem } from '../../../shared/domain';
import { formatDay, formatInstant } from '../lib/dates';
import type { CurrentPlanState } from './currentPlanStore';
import type { Toast } from './toastStore';
import { createIdRefs, createUndoOffer, quoted, UNDO_TOAST_KEY, type IdRefs } from './undoSupport';
import type { UndoableChange, UndoStore } from './undoStore';

export { UNDO_TOAST_KEY };

export type ItemChanges = Omit<ServiceInput<'updateItem'>, 'itemId'>;

type PlanActions = Pick<CurrentPlanState, 'setItemStatus' | 'updateItem' | 'deleteItem' | 'restoreItem'>;

export interface ItemEditsDeps {
  plan: () => PlanActions;
  history: UndoStore;
  toasts: { show(toast: Omit<Toast, 'id'>): number };
  /** Shared with other undoable edits of the same items, so their changes follow an item brought back. */
  itemRefs?: IdRefs;
}

/** What the person does to plan items, saved through the plan store and remembered for Undo. */
export interface ItemEdits {
  setStatus(item: PlanItem, status: ItemStatus): Promise<boolean>;
  edit(item: PlanItem, changes: ItemChanges): Promise<boolean>;
  remove(item: PlanItem): Promise<boolean>;
  /** Remembers any other saved change for Undo and offers it in the one undo toast. */
  offer(change: UndoableChange): void;
  /** Take back (or do again) the last change and say so; false when there was nothing to do. */
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

const statusWords: Record<ItemStatus, string> = {
  todo: 'to do',
  'in-progress': 'in progress',
  done: 'done',
  skipped: 'skipped',
};

export function describeStatusChange(item: Pick<PlanItem, 'title'>, status: ItemStatus): string {
  return `Marked ${quoted(item.title)} ${statusWords[status]}`;
}

export function describeEdit(item: Pick<PlanItem, 'title'>, changes: ItemChanges): string {
  const fields = Object.keys(changes) as (keyof ItemChanges)[];
  if (fields.length !== 1) return `Changed ${quoted(item.title)}`;
  if (changes.title !== undefined) return `Renamed ${quoted(item.title)} to ${quoted(changes.title)}`;
  if (changes.notes !== undefined) return `Changed the notes of ${quoted(item.title)}`;
  if (changes.dueDate !== undefined)
    return changes.dueDate === null
      ? `Removed the due date of ${quoted(item.title)}`
      : `${quoted(item.title)} is now due ${formatDay(changes.dueDate)}`;
  if (changes.reminderAt !== undefined)
    return changes.reminderAt === null
      ? `Cleared the reminder for ${quoted(item.title)}`
      : `Reminder for ${quoted(item.title)} set for ${formatInstant(changes.reminderAt)}`;
  return `Changed ${quoted(item.title)}`;
}

export function describeRemoval(item: Pick<PlanItem, 'title'>): string {
  return `Deleted ${quoted(item.title)}`;
}

/** The fields `changes` touches, as they are on `item` now: what Undo writes back. */
function previousValues(item: PlanItem, changes: ItemChanges): ItemChanges {
  const before: Partial<Record<keyof ItemChanges, unknown>> = {};
  for (const field of Object.keys(changes) as (keyof ItemChanges)[])
    if (changes[field] !== undefined) before[field] = item[field];
  return before as ItemChanges;
}

export function createItemEdits({
  plan,
  history,
  toasts,
  itemRefs = createIdRefs(),
}: ItemEditsDeps): ItemEdits {
  const offerUndo = createUndoOffer({ history, toasts, undo: () => void edits.undo() });

  const edits: ItemEdits = {
    offer: offerUndo,

    async setStatus(item, status) {
      const previous = item.status;
      if (previous === status) return true;
      if (!(await plan().setItemStatus(item.id, status))) return false;
      const ref = itemRefs.to(item.id);
      offerUndo({
        description: describeStatusChange(item, status),
        undo: () => plan().setItemStatus(ref.id, previous),
        redo: () => plan().setItemStatus(ref.id, status),
      });
      return true;
    },

    async edit(item, changes) {
      const before = previousValues(item, changes);
      if (!(await plan().updateItem(item.id, changes))) return false;
      const ref = itemRefs.to(item.id);
      offerUndo({
        description: describeEdit(item, changes),
        undo: () => plan().updateItem(ref.id, before),
        redo: () => plan().updateItem(ref.id, changes),
      });
      return true;
    },

    async remove(item) {
      if (!(await plan().deleteItem(item.id))) return false;
      const ref = itemRefs.to(item.id);
      itemRefs.gone(ref);
      offerUndo({
        description: describeRemoval(item),
        async undo() {
          const restored = await plan().restoreItem(item);
          if (restored === null) return false;
          itemRefs.cameBack(ref, restored.id);
          return true;
        },
        async redo() {
          if (!(await plan().deleteItem(ref.id))) return false;
          itemRefs.gone(ref);
          return true;
        },
      });
      return true;
    },

    async undo() {
      if (history.getState().past.length === 0) {
        toasts.show({ key: UNDO_TOAST_KEY, tone: 'info', message: 'Nothing to undo' });
        return false;
      }
      const change = await history.getState().undo();
      if (change === null) return false;
      toasts.show({
        key: UNDO_TOAST_KEY,
        tone: 'info',
        message: `Undone: ${change.description}`,
        action: { label: 'Redo', run: () => void edits.redo() },
      });
      return true;
    },

    async redo() {
      if (history.getState().future.length === 0) {
        toasts.show({ key: UNDO_TOAST_KEY, tone: 'info', message: 'Nothing to redo' });
        return false;
      }
      const change = await history.getState().redo();
      if (change === null) return false;
      toasts.show({
        key: UNDO_TOAST_KEY,
        tone: 'info',
        message: change.description,
        action: { label: 'Undo', run: () => void edits.undo() },
      });
      return true;
    },
  };
  return edits;
}
