/** Store instances for preferences, undo and the shortcut cheat sheet, wired to the app's stores. */
import { createItemEdits } from '../stores/itemEdits';
import { createPreferencesStore } from '../stores/preferencesStore';
import { createShortcutsDialogStore } from '../stores/shortcutsDialogStore';
import { createIdRefs } from '../stores/undoSupport';
import { createUndoStore } from '../stores/undoStore';
import { currentPlanStore, toastStore } from './appStores';

export const preferencesStore = createPreferencesStore(() => window.localStorage);

export const undoStore = createUndoStore();

/** Where each plan item is now, for every undoable change to items: deleted items come back with new ids. */
export const itemRefs = createIdRefs();

export const itemEdits = createItemEdits({
  plan: () => currentPlanStore.getState(),
  history: undoStore,
  toasts: toastStore.getState(),
  itemRefs,
});

/** Remembers a saved change for Undo and offers it in the one undo toast. */
export const offerUndo = itemEdits.offer;

export const shortcutsDialogStore = createShortcutsDialogStore();
