import { createStore } from 'zustand/vanilla';

/** Whether the keyboard shortcut cheat sheet is open. */
export interface ShortcutsDialogState {
  open: boolean;
  show(): void;
  close(): void;
}

export function createShortcutsDialogStore() {
  return createStore<ShortcutsDialogState>()((set) => ({
    open: false,
    show() {
      set({ open: true });
    },
    close() {
      set({ open: false });
    },
  }));
}

export type ShortcutsDialogStore = ReturnType<typeof createShortcutsDialogStore>;
