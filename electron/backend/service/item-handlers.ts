import type { PlanItem } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../db';
import {
  deletePlanItemRow,
  findPlanItem,
  findPlanItemRow,
  insertPlanItem,
  nextItemPosition,
  updatePlanItemRow,
  type PlanItemEdits,
  type PlanItemRow,
} from '../repo/items';
import { writeItemEffort } from '../repo/item-schedule';
import { restoreSnapshot, snapshotItem, snapshotPlanExists, type ItemSnapshot } from '../repo/item-snapshot';
import { findPlan } from '../repo/plans';
import type { ServiceContext } from './context';
import type { ServiceHandlers } from './guard';

type ItemHandlers = Pick<
  ServiceHandlers,
  'setItemStatus' | 'updateItem' | 'addCustomItem' | 'deleteItem' | 'restoreItem'
>;

/** Deleted items Undo can still bring back whole; older deletions drop off. */
export const RESTORABLE_DELETIONS = 50;

function itemNotFound<T>(itemId: number): Result<T> {
  return fail('not-found', `There is no plan item with id ${itemId}.`);
}

function editsOf(row: PlanItemRow): PlanItemEdits {
  const { title, notes, due_date, reminder_at, reminder_notified_at, snoozed_until, status, completed_at } =
    row;
  return { title, notes, due_date, reminder_at, reminder_notified_at, snoozed_until, status, completed_at };
}

function saveAndLoad(db: Database, itemId: number, edits: PlanItemEdits): Result<PlanItem> {
  updatePlanItemRow(db, itemId, edits);
  const item = findPlanItem(db, itemId);
  return item === undefined ? itemNotFound(itemId) : ok(item);
}

/** Stored as UTC with milliseconds so reminder times compare correctly as text. */
function normaliseInstant(instant: string): string {
  return new Date(instant).toISOString();
}

export function itemHandlers({ db, clock }: ServiceContext): ItemHandlers {
  // In memory on purpose: Undo lasts as long as the window's history, which ends with the app.
  const deleted = new Map<number, ItemSnapshot>();
  return {
    setItemStatus: ({ itemId, status }) => {
      const row = findPlanItemRow(db, itemId);
      if (row === undefined) return itemNotFound(itemId);
      // Ticking an item that is already done keeps the day it was first finished.
      const completedAt = status === 'done' ? (row.completed_at ?? clock.now().toISOString()) : null;
      return saveAndLoad(db, itemId, { ...editsOf(row), status, completed_at: completedAt });
    },

    updateItem: ({ itemId, effortHours, title, notes, dueDate, reminderAt }) => {
      const row = findPlanItemRow(db, itemId);
      if (row === undefined) return itemNotFound(itemId);
      // New effort counts from the next schedule change or re-plan; the dates stay put until then.
      if (effortHours !== undefined) writeItemEffort(db, itemId, effortHours);
      const edits = editsOf(row);
      if (title !== undefined) edits.title = title;
      if (notes !== undefined) edits.notes = notes;
      if (dueDate !== undefined) edits.due_date = dueDate;
      if (reminderAt !== undefined) {
        edits.reminder_at = reminderAt === null ? null : normaliseInstant(reminderAt);
        // Only a moved reminder re-arms: saving an unchanged time with other edits must not repeat it.
        // Its snooze belonged to the old time and goes too.
        if (edits.reminder_at !== row.reminder_at) {
          edits.reminder_notified_at = null;
          edits.snoozed_until = null;
        }
      }
      return saveAndLoad(db, itemId, edits);
    },

    addCustomItem: ({ planId, title, description, dueDate }) => {
      if (findPlan(db, planId) === undefined) return fail('not-found', `There is no plan with id ${planId}.`);
      const itemId = insertPlanItem(db, {
        plan_id: planId,
        content_key: null,
        kind: 'custom',
        title,
        description: description ?? '',
        status: 'todo',
        completed_at: null,
        notes: '',
        due_date: dueDate ?? null,
        reminder_at: null,
        reminder_notified_at: null,
        position: nextItemPosition(db, planId),
      });
      const item = findPlanItem(db, itemId);
      return item === undefined ? itemNotFound(itemId) : ok(item);
    },

    deleteItem: ({ itemId }) => {
      const snapshot = snapshotItem(db, itemId);
      if (snapshot === undefined || !deletePlanItemRow(db, itemId)) return itemNotFound(itemId);
      deleted.set(itemId, snapshot);
      for (const oldest of deleted.keys()) {
        if (deleted.size <= RESTORABLE_DELETIONS) break;
        deleted.delete(oldest);
      }
      return ok({ itemId, planId: snapshot.planId });
    },

    restoreItem: ({ itemId }) => {
      const snapshot = deleted.get(itemId);
      if (snapshot === undefined)
        return fail(
          'not-found',
          'That item can no longer be brought back: it was not deleted since StudyPath started.',
        );
      if (!snapshotPlanExists(db, snapshot))
        return fail('not-found', 'That item can no longer be brought back: its plan is gone.');
      const restoredId = restoreSnapshot(db, snapshot);
      deleted.delete(itemId);
      const item = findPlanItem(db, restoredId);
      return item === undefined ? itemNotFound(restoredId) : ok(item);
    },
  };
}
