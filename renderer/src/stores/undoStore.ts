import { createStore } from 'zustand/vanilla';

/** Something the person did that the app can take back and do again. */
export interface UndoableChange {
  /** What was done, in the words a toast uses: "Marked ‘CompTIA A+’ done". */
  description: string;
  /** Each resolves to false when the back end refused; the change then leaves the history. */
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

export interface UndoState {
  /** Oldest first; the last one is what Undo takes back. */
  past: UndoableChange[];
  /** Changes taken back, the most recent last; Redo applies the last one again. */
  future: UndoableChange[];
  /** True while an undo or redo is being saved; further requests wait for it to finish. */
  busy: boolean;
  /** Remembers a change that has just been saved; a new change forgets what could be redone. */
  record(change: UndoableChange): void;
  /** Takes back the last change; resolves to it, or null when there was nothing to undo or it failed. */
  undo(): Promise<UndoableChange | null>;
  redo(): Promise<UndoableChange | null>;
  clear(): void;
}

/** Enough for a working session; older changes drop off so the history never grows unbounded. */
export const UNDO_LIMIT = 50;

export function createUndoStore({ limit = UNDO_LIMIT }: { limit?: number } = {}) {
  return createStore<UndoState>()((set, get) => {
    async function step(from: 'past' | 'future'): Promise<UndoableChange | null> {
      const state = get();
      const change = state[from].at(-1);
      if (state.busy || change === undefined) return null;
      set({ busy: true, [from]: state[from].slice(0, -1) });
      let applied = false;
      try {
        applied = await (from === 'past' ? change.undo() : change.redo());
      } finally {
        const to = from === 'past' ? 'future' : 'past';
        set((current) => ({
          busy: false,
          ...(applied && { [to]: [...current[to], change].slice(-limit) }),
        }));
      }
      return applied ? change : null;
    }

    return {
      past: [],
      future: [],
      busy: false,
      record(change) {
        set((state) => ({ past: [...state.past, change].slice(-limit), future: [] }));
      },
      undo: () => step('past'),
      redo: () => step('future'),
      clear() {
        set({ past: [], future: [] });
      },
    };
  });
}

export type UndoStore = ReturnType<typeof createUndoStore>;
