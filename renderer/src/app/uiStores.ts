/** Store instances for preferences, undo and the shortcut cheat sheet, wired to the app's stores. */
import { createItemEdits } from '../stores/itemEdits';
import { createPreferencesStore } from '../stores/preferencesStore';
import { createShortcutsDialogStore } from '../stores/shortcutsDialogStore';
import { createUndoStore } from '../stores/undoStore';
import { currentPlanStore, toastStore } from './appStores';

export const preferencesStore = createPreferencesStore(() => window.localStorage);

export const undoStore = createUndoStore();

export const itemEdits = createItemEdits({
  plan: () => currentPlanStore.getState(),
  history: undoStore,
  toasts: toastStore.getState(),
});

export const shortcutsDialogStore = createShortcutsDialogStore();
