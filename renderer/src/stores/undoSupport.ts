/** What every undoable edit needs: a toast that offers Undo, and ids that follow things brought back. */
import type { Toast } from './toastStore';
import type { UndoableChange, UndoStore } from './undoStore';

/** Only the newest undo toast stays: its button always means "the last change". */
export const UNDO_TOAST_KEY = 'undo';

/** A title as undo toasts quote it. */
export function quoted(title: string): string {
  return `‘${title}’`;
}

export interface UndoOfferDeps {
  history: UndoStore;
  toasts: { show(toast: Omit<Toast, 'id'>): number };
  /** What the toast's Undo button does: take back the last change and say so. */
  undo(): void;
}

/** Remembers a change that has just been saved and offers to take it back in a toast. */
export function createUndoOffer({ history, toasts, undo }: UndoOfferDeps): (change: UndoableChange) => void {
  return (change) => {
    history.getState().record(change);
    toasts.show({
      key: UNDO_TOAST_KEY,
      tone: 'info',
      message: change.description,
      action: { label: 'Undo', run: undo },
    });
  };
}

/** Where something is now, shared by every remembered change to it. */
export interface IdRef {
  id: number;
}

export interface IdRefs {
  /** The reference every change to the thing with this id shares. */
  to(id: number): IdRef;
  /** The thing was deleted: its id may be handed to something new, which gets a reference of its own. */
  gone(ref: IdRef): void;
  /** The thing was added back under a new id. */
  cameBack(ref: IdRef, id: number): void;
}

/**
 * Something deleted comes back with a new id (the back end may even hand its old id to
 * something else), so remembered changes hold a reference that follows it, not the id itself.
 */
export function createIdRefs(): IdRefs {
  const live = new Map<number, IdRef>();
  return {
    to(id) {
      let ref = live.get(id);
      if (ref === undefined) {
        ref = { id };
        live.set(id, ref);
      }
      return ref;
    },
    gone(ref) {
      if (live.get(ref.id) === ref) live.delete(ref.id);
    },
    cameBack(ref, id) {
      ref.id = id;
      live.set(id, ref);
    },
  };
}
