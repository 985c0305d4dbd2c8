import { createStore } from 'zustand/vanilla';

export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
  title?: string;
  /** Optional follow-up, e.g. opening the item a reminder is about. */
  action?: { label: string; run: () => void };
  /** A new toast with the same key takes the old one's place, e.g. only the latest "Undo" stays. */
  key?: string;
}

export interface ToastState {
  toasts: Toast[];
  show(toast: Omit<Toast, 'id'>): number;
  dismiss(id: number): void;
}

/** At most this many toasts stay on screen; older ones give way so the region never grows unbounded. */
const MAX_VISIBLE = 4;

export function createToastStore() {
  let nextId = 1;
  return createStore<ToastState>()((set) => ({
    toasts: [],
    show(toast) {
      const id = nextId++;
      set((state) => ({
        toasts: [
          ...state.toasts.filter((shown) => toast.key === undefined || shown.key !== toast.key),
          { ...toast, id },
        ].slice(-MAX_VISIBLE),
      }));
      return id;
    },
    dismiss(id) {
      set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
    },
  }));
}

export type ToastStore = ReturnType<typeof createToastStore>;

/** The narrow slice other stores need to report a failure to the person. */
export type Notify = (tone: ToastTone, message: string) => void;
